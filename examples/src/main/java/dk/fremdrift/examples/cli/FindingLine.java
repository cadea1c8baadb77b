package dk.fremdrift.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.validation.review.Acceptance;
import dk.fremdrift.validation.review.DeadlineReference;
import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * One line of findings.jsonl: a finding of the case review with its message in the run's language.
 *
 * @param caseId the case's key
 * @param code the review rule's code
 * @param severity error, warning or query
 * @param legalBasis the legal basis in Danish
 * @param inForce the period in which the rule applies
 * @param path the path of the part the finding is about, absent for the case as a whole
 * @param message the message, in the run's language
 * @param deadline the deadline evaluation behind a timeliness finding
 * @param acceptance the justification that accepted a query, for audit
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"caseId", "code", "severity", "legalBasis", "inForce", "path", "message", "deadline", "acceptance"})
public record FindingLine(
        String caseId,
        String code,
        Severity severity,
        String legalBasis,
        InForcePeriod inForce,
        Optional<String> path,
        String message,
        Optional<DeadlineReference> deadline,
        Optional<Acceptance> acceptance) {

    /**
     * Returns the line of a finding.
     *
     * @param f the finding
     * @param locale the language of the message
     * @return the line
     */
    public static FindingLine of(Finding f, Locale locale) {
        return new FindingLine(
                f.caseId().value(),
                f.code(),
                f.severity(),
                f.legalBasis().toDanish(),
                f.inForce(),
                f.path(),
                "da".equals(locale.getLanguage()) ? f.messageDa() : f.messageEn(),
                f.deadline(),
                f.acceptance());
    }
}
