package dk.fremdrift.examples.cli;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.DeadlineStatus;
import dk.fremdrift.deadlines.SubjectKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * One line of deadlines.jsonl: a deadline evaluation with its explanation in the run's language only, which keeps
 * the file about a third smaller than writing both languages.
 *
 * @param caseId the case's key
 * @param ruleId the rule's id
 * @param duty the rule's duty
 * @param legalBasis the rule's legal basis in Danish
 * @param subjectKind what kind of part the deadline is about
 * @param subjectPath the part's path in the case, absent for the case as a whole
 * @param occurrence the occurrence of a recurring deadline, from 1
 * @param triggerDate the date the deadline runs from
 * @param dueDate the due date
 * @param dueAt the due moment
 * @param completedOn the date the step was taken, if it was
 * @param status the status at the moment of evaluation
 * @param explanation the arithmetic and the status, in the run's language
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
    "caseId",
    "ruleId",
    "duty",
    "legalBasis",
    "subjectKind",
    "subjectPath",
    "occurrence",
    "triggerDate",
    "dueDate",
    "dueAt",
    "completedOn",
    "status",
    "explanation"
})
public record DeadlineLine(
        String caseId,
        String ruleId,
        String duty,
        String legalBasis,
        SubjectKind subjectKind,
        Optional<String> subjectPath,
        int occurrence,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate triggerDate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate dueDate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant dueAt,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Optional<LocalDate> completedOn,
        DeadlineStatus status,
        String explanation) {

    /**
     * Returns the line of an evaluation.
     *
     * @param e the evaluation
     * @param locale the language of the explanation
     * @return the line
     */
    public static DeadlineLine of(DeadlineEvaluation e, Locale locale) {
        return new DeadlineLine(
                e.caseId().value(),
                e.ruleId(),
                e.duty().name(),
                e.legalBasis(),
                e.subjectKind(),
                e.subjectPath(),
                e.occurrence(),
                e.triggerDate(),
                e.dueDate(),
                e.dueAt(),
                e.completedOn(),
                e.status(),
                e.explanation(locale));
    }
}
