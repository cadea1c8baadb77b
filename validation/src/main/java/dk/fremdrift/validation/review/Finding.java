package dk.fremdrift.validation.review;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.model.CaseId;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.PartId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One finding of the case review: which rule, how serious, under which provision, what is wrong in Danish and
 * English, and which part of the case it is about.
 *
 * <p>Messages give the concrete dates and the part's path, for example {@code Den børnefaglige undersøgelse
 * (investigations[0]) blev afsluttet 2026-05-12, 2 dage efter fristen 2026-05-10 (barnets lov § 20, stk. 3).}
 * They never hold personal data: no CPR number, no name, and no free text copied from the case.
 *
 * <p>A timeliness finding comes from one evaluation of the deadline engine and says which in {@link
 * #deadline()}; its legal basis and period are those of the engine's rule. A {@link Severity#QUERY} that a
 * justification on the case answers carries it in {@link #acceptance()} and is still reported, for audit. Errors
 * and warnings are never accepted: a justification does not make a broken deadline or a missing goal right.
 *
 * @param caseId the case's key
 * @param code the review rule's code, such as {@code BL-20-INVESTIGATION-4M}
 * @param severity how serious the finding is
 * @param legalBasis the provision the finding rests on
 * @param inForce the period in which that provision, as the rule reads it, is in force
 * @param messageDa the message in Danish
 * @param messageEn the message in English
 * @param partId the key of the case part the finding is about; absent for the case as a whole
 * @param path the part's path in the case, such as {@code investigations[1]}; present exactly when {@code partId}
 *     is
 * @param deadline the deadline evaluation a timeliness finding reports; absent for other findings
 * @param acceptance the justification that accepted a query; only for {@link Severity#QUERY}
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
    "caseId",
    "code",
    "severity",
    "legalBasis",
    "inForce",
    "messageDa",
    "messageEn",
    "partId",
    "path",
    "deadline",
    "acceptance"
})
public record Finding(
        CaseId caseId,
        String code,
        Severity severity,
        LegalReference legalBasis,
        InForcePeriod inForce,
        String messageDa,
        String messageEn,
        Optional<PartId> partId,
        Optional<String> path,
        Optional<DeadlineReference> deadline,
        Optional<Acceptance> acceptance) {

    /** Upper-case words joined by hyphens: the form of a rule code, and of a justification's rule code. */
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    /**
     * Tells whether a text is a rule code: the same answer as {@link #CODE}, without a regular expression, since
     * every finding checks its code.
     */
    static boolean isCode(String text) {
        int n = text.length();
        if (n == 0 || text.charAt(0) < 'A' || text.charAt(0) > 'Z') {
            return false;
        }
        boolean afterHyphen = false;
        for (int i = 1; i < n; i++) {
            char ch = text.charAt(i);
            if (ch == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if (isUpperOrDigit(ch)) {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    private static boolean isUpperOrDigit(char ch) {
        return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    }

    /**
     * Checks the finding.
     *
     * @param caseId the case's key
     * @param code the review rule's code, such as {@code BL-20-INVESTIGATION-4M}
     * @param severity how serious the finding is
     * @param legalBasis the provision the finding rests on
     * @param inForce the period in which that provision, as the rule reads it, is in force
     * @param messageDa the message in Danish
     * @param messageEn the message in English
     * @param partId the key of the case part the finding is about; absent for the case as a whole
     * @param path the part's path in the case, such as {@code investigations[1]}; present exactly when {@code
     *     partId} is
     * @param deadline the deadline evaluation a timeliness finding reports; absent for other findings
     * @param acceptance the justification that accepted a query; only for {@link Severity#QUERY}
     * @throws NullPointerException if a required component is null
     * @throws IllegalArgumentException if the code is not upper-case words joined by hyphens, a message is blank,
     *     only one of part and path is given, or a finding that is not a query carries an acceptance
     */
    public Finding {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(inForce, "inForce");
        Objects.requireNonNull(messageDa, "messageDa");
        Objects.requireNonNull(messageEn, "messageEn");
        partId = partId == null ? Optional.empty() : partId;
        path = path == null ? Optional.empty() : path;
        deadline = deadline == null ? Optional.empty() : deadline;
        acceptance = acceptance == null ? Optional.empty() : acceptance;
        if (!isCode(code)) {
            throw new IllegalArgumentException(
                    "code: expected upper-case words joined by hyphens such as 'BL-MGMT-REVIEW', got '" + code + "'");
        }
        if (messageDa.isBlank() || messageEn.isBlank()) {
            throw new IllegalArgumentException("messageDa and messageEn: expected non-blank messages");
        }
        if (partId.isPresent() != path.isPresent()) {
            throw new IllegalArgumentException("partId and path: expected both or neither, got "
                    + (partId.isPresent() ? "a part without a path" : "a path without a part"));
        }
        if (acceptance.isPresent() && severity != Severity.QUERY) {
            throw new IllegalArgumentException("acceptance: only a QUERY finding can be accepted by a"
                    + " justification, got one on a finding of severity " + severity);
        }
    }

    /**
     * Returns the message in the locale's language: Danish for a Danish locale, English otherwise.
     *
     * @param locale the language
     * @return the message
     */
    public String message(Locale locale) {
        return "da".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? messageDa : messageEn;
    }

    /**
     * Tells whether a justification on the case accepted this finding; only queries can be accepted.
     *
     * @return true if {@link #acceptance()} is present
     */
    @JsonIgnore
    public boolean isAccepted() {
        return acceptance.isPresent();
    }

    /**
     * Returns a copy accepted by a justification.
     *
     * @param accepted the acceptance
     * @return the copy
     * @throws IllegalArgumentException if this finding is not a query
     */
    Finding withAcceptance(Acceptance accepted) {
        return new Finding(
                caseId,
                code,
                severity,
                legalBasis,
                inForce,
                messageDa,
                messageEn,
                partId,
                path,
                deadline,
                Optional.of(accepted));
    }

    /** Returns the code, severity, case, part and whether it is accepted; never a message or personal data. */
    @Override
    public String toString() {
        return "Finding[" + code + ", " + severity + ", case=" + caseId + ", part=" + path.orElse("case")
                + (acceptance.isPresent() ? ", accepted by " + acceptance.get().justificationId() : "") + "]";
    }
}
