/** Jakarta Bean Validation constraints and the automated case review (sagsgennemgang). */
module dk.fremdrift.validation {
    requires transitive dk.fremdrift.deadlines;
    requires transitive jakarta.validation;
    requires com.fasterxml.jackson.annotation;

    exports dk.fremdrift.validation.constraints;
    exports dk.fremdrift.validation.review;

    // Validators: not API, but a provider creates them reflectively. Opened to every module, so any provider
    // reaches them without being named here; an unqualified opens adds nothing to the compile-time API.
    opens dk.fremdrift.validation.internal.constraints;
}
