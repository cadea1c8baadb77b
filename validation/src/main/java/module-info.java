/** Jakarta Bean Validation constraints and the automated case review (sagsgennemgang). */
module dk.fremdrift.validation {
    requires transitive dk.fremdrift.deadlines;
    requires transitive jakarta.validation;
}
