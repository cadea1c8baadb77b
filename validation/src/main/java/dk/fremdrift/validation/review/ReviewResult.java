package dk.fremdrift.validation.review;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.model.CaseId;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of reviewing one case at one moment: the findings, errors first, then warnings, then queries.
 *
 * <p>Within a severity, findings keep the order of the rule catalogue (packs in date order, rules in pack order)
 * and, within a rule, the order of the case's parts. Accepted queries are included, for audit.
 *
 * @param caseId the case's key
 * @param asOf the moment the case was reviewed at; nothing recorded after it was seen
 * @param findings the findings
 */
@JsonPropertyOrder({"caseId", "asOf", "findings"})
public record ReviewResult(
        CaseId caseId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant asOf,
        List<Finding> findings) {

    /**
     * Checks the result.
     *
     * @param caseId the case's key
     * @param asOf the moment the case was reviewed at; nothing recorded after it was seen
     * @param findings the findings
     * @throws NullPointerException if a component is null or a finding is null
     */
    public ReviewResult {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(asOf, "asOf");
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    }

    /**
     * Returns how many findings have a severity, accepted queries included.
     *
     * @param severity the severity
     * @return the count
     */
    public int count(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        int n = 0;
        for (Finding f : findings) {
            if (f.severity() == severity) {
                n++;
            }
        }
        return n;
    }

    /**
     * Returns the number of findings of each severity, every severity present (zero where there are none),
     * accepted queries included.
     *
     * @return the counts, in the order of {@link Severity}
     */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, count(s));
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Returns the findings still to act on: every error and warning, and the queries no justification accepted.
     *
     * @return the open findings, in order
     */
    public List<Finding> openFindings() {
        return findings.stream().filter(f -> !f.isAccepted()).toList();
    }

    /**
     * Returns the findings of one rule.
     *
     * @param code the rule's code
     * @return the findings with that code, in order
     */
    public List<Finding> findingsOf(String code) {
        Objects.requireNonNull(code, "code");
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    /**
     * Tells whether the review found a broken legal requirement.
     *
     * @return true if there is at least one {@link Severity#ERROR}
     */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** Returns the case, the moment and the counts by severity; never a message or personal data. */
    @Override
    public String toString() {
        return "ReviewResult[case=" + caseId + ", asOf=" + asOf + ", " + countsBySeverity() + ", accepted="
                + (findings.size() - openFindings().size()) + "]";
    }
}
