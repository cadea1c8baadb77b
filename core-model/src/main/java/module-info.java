/** Immutable domain types of a Danish child-welfare case, Danish identifiers and the JSON format. */
module dk.fremdrift.model {
    requires com.fasterxml.jackson.annotation;

    exports dk.fremdrift.model;
}
