/**
 * Immutable domain types of a Danish child-welfare case, Danish identifiers and the JSON format.
 *
 * <p>The package is exported for the API and also opened, with no dependency on any Jackson module: the records
 * reject unknown JSON fields through a private {@code @JsonAnySetter}, which Jackson (2 or 3) on the module path
 * can call only in an open package, and other modules can read the resources {@code
 * /dk/fremdrift/model/child-case.schema.json} and {@code example-case.json} only from an open package. The types
 * are immutable, so opening them exposes no state that could be changed.
 */
module dk.fremdrift.model {
    requires com.fasterxml.jackson.annotation;

    exports dk.fremdrift.model;

    opens dk.fremdrift.model;
}
