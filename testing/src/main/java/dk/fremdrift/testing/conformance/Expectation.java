package dk.fremdrift.testing.conformance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What one vector expects of one deadline: the duty and the part of the case it is about, and either that there is no
 * such deadline ({@link #absent()}) or its due moment or date, status, legal citation and period of law.
 *
 * @param duty the duty, such as {@code NOTIFICATION_ASSESSMENT}
 * @param subjectKind the kind of part the deadline is about, such as {@code NOTIFICATION}, or {@code CASE}
 * @param subjectId the part's key; empty for deadlines about the case as a whole
 * @param occurrence the occurrence of a recurring deadline, from 1
 * @param absent true if the vector expects no deadline of this duty for this part and occurrence
 * @param dueAt the exact due moment, for deadlines counted in hours
 * @param dueDate the due date in Danish time
 * @param status the expected status, such as {@code MET}
 * @param citation the provision that sets the deadline
 * @param lawPeriod {@code SERVICELOVEN}, {@code BARNETS_LOV} or {@code BOTH_PERIODS}
 */
public record Expectation(
        String duty,
        String subjectKind,
        Optional<String> subjectId,
        int occurrence,
        boolean absent,
        Optional<Instant> dueAt,
        Optional<LocalDate> dueDate,
        Optional<String> status,
        Optional<Citation> citation,
        Optional<String> lawPeriod) {

    /**
     * Checks the components.
     *
     * @param duty the duty, such as {@code NOTIFICATION_ASSESSMENT}
     * @param subjectKind the kind of part the deadline is about, such as {@code NOTIFICATION}, or {@code CASE}
     * @param subjectId the part's key; empty for deadlines about the case as a whole
     * @param occurrence the occurrence of a recurring deadline, from 1
     * @param absent true if the vector expects no deadline of this duty for this part and occurrence
     * @param dueAt the exact due moment, for deadlines counted in hours
     * @param dueDate the due date in Danish time
     * @param status the expected status, such as {@code MET}
     * @param citation the provision that sets the deadline
     * @param lawPeriod {@code SERVICELOVEN}, {@code BARNETS_LOV} or {@code BOTH_PERIODS}
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a present deadline lacks a status, citation or period, or the occurrence is
     *     below 1
     */
    public Expectation {
        Objects.requireNonNull(duty, "duty");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(lawPeriod, "lawPeriod");
        if (occurrence < 1) {
            throw new IllegalArgumentException("occurrence: expected 1 or more, got " + occurrence);
        }
        if (!absent && (status.isEmpty() || citation.isEmpty() || lawPeriod.isEmpty())) {
            throw new IllegalArgumentException(
                    "expectation of " + duty + ": a present deadline needs status, citation and lawPeriod");
        }
    }

    /**
     * Returns a short name of the deadline, such as {@code FOLLOW_UP INTERVENTION i1 #2}.
     *
     * @return the name
     */
    public String label() {
        return duty + " " + subjectKind + subjectId.map(id -> " " + id).orElse("")
                + (occurrence > 1 ? " #" + occurrence : "");
    }
}
