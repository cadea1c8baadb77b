package dk.fremdrift.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.examples.io.Reasons;
import dk.fremdrift.model.ChildCase;
import tools.jackson.core.JacksonException;

/**
 * Reads one case the way the command line reads a line of JSON Lines: the same mapper ({@link CaseJsonLines}), so
 * the same cases are accepted, and the same reasons ({@link Reasons}) for those that are not.
 */
final class CaseReader {

    private CaseReader() {}

    /**
     * One error of a problem detail, as the starter writes them.
     *
     * @param field the JSON path
     * @param rule what was broken
     * @param message the reason
     */
    @JsonPropertyOrder({"field", "rule", "message"})
    record Error(String field, String rule, String message) {}

    /** A case that could not be read: the JSON path of the field and the command line's reason. */
    static final class InvalidCase extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;
        private final String reason;

        InvalidCase(String field, String reason) {
            super("the case was rejected", null, false, false);
            this.field = field;
            this.reason = reason;
        }

        String field() {
            return field;
        }

        String reason() {
            return reason;
        }
    }

    /** Danish reasons for a request in Danish, English for any other language. */
    static boolean isDanish(java.util.Locale locale) {
        return "da".equals(locale.getLanguage());
    }

    /**
     * Reads one case as the command line reads one line, with its check of the birth date.
     *
     * @param json the case
     * @param danish reasons in Danish or English
     * @param asOf the date the case is evaluated as of; a child born after it is rejected, as the command line does
     * @return the case
     * @throws InvalidCase with the command line's reason
     */
    static ChildCase read(String json, boolean danish, java.time.LocalDate asOf) {
        ChildCase c;
        try {
            c = CaseJsonLines.fromJson(json);
        } catch (RuntimeException e) {
            String field = e instanceof JacksonException je ? Reasons.path(je.getPath()) : "";
            throw new InvalidCase(field, Reasons.of(e, json, danish));
        }
        if (c.child().birthDate().isAfter(asOf)) {
            throw new InvalidCase("child.birthDate", Reasons.bornAfterAsOf(danish));
        }
        return c;
    }
}
