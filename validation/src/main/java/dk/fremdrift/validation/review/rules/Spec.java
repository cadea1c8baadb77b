package dk.fremdrift.validation.review.rules;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.RuleDescriptor;
import dk.fremdrift.validation.review.Severity;
import java.util.List;
import java.util.Optional;

/** Builds a rule's descriptor step by step; the rule classes' factories use it. Not thread-safe. */
final class Spec {

    private final String code;
    private final String concept;
    private final Severity severity;
    private LegalReference legalBasis;
    private InForcePeriod inForce;
    private String titleDa;
    private String titleEn;
    private List<String> messagesDa;
    private List<String> messagesEn;
    private List<Duty> duties = List.of();
    private String note;

    private Spec(String code, String concept, Severity severity) {
        this.code = code;
        this.concept = concept;
        this.severity = severity;
    }

    static Spec rule(String code, String concept, Severity severity) {
        return new Spec(code, concept, severity);
    }

    static LegalReference bl(String paragraph) {
        return LegalReference.of(Law.BARNETS_LOV, paragraph);
    }

    static LegalReference bl(String paragraph, int subsection) {
        return LegalReference.of(Law.BARNETS_LOV, paragraph, subsection);
    }

    static LegalReference sel(String paragraph) {
        return LegalReference.of(Law.SERVICELOVEN, paragraph);
    }

    static LegalReference sel(String paragraph, int subsection) {
        return LegalReference.of(Law.SERVICELOVEN, paragraph, subsection);
    }

    Spec basis(LegalReference legalBasis, InForcePeriod inForce) {
        this.legalBasis = legalBasis;
        this.inForce = inForce;
        return this;
    }

    Spec title(String danish, String english) {
        this.titleDa = danish;
        this.titleEn = english;
        return this;
    }

    Spec messages(List<String> danish, List<String> english) {
        this.messagesDa = danish;
        this.messagesEn = english;
        return this;
    }

    Spec message(String danish, String english) {
        return messages(List.of(danish), List.of(english));
    }

    /**
     * Sets the two templates of a timeliness rule from the subject and the verb: a step taken late, and a step not
     * taken by {@code asOf}.
     */
    Spec timely(String subjectDa, String verbDa, String subjectEn, String verbEn) {
        return timely(subjectDa, verbDa, subjectEn, verbEn, "", "");
    }

    /** As {@link #timely(String, String, String, String)}, with a sentence part added after the deadline. */
    Spec timely(String subjectDa, String verbDa, String subjectEn, String verbEn, String tailDa, String tailEn) {
        return messages(
                List.of(
                        subjectDa + " ({path}) blev " + verbDa + " {done}, {late} efter fristen {due} ({basis})"
                                + tailDa + ".",
                        subjectDa + " ({path}) var ikke " + verbDa + " pr. {asOf}, {late} efter fristen {due}"
                                + " ({basis})" + tailDa + "."),
                List.of(
                        subjectEn + " ({path}) was " + verbEn + " on {done}, {late} after the deadline {due}"
                                + " ({basis})" + tailEn + ".",
                        subjectEn + " ({path}) had not been " + verbEn + " by {asOf}, {late} after the deadline"
                                + " {due} ({basis})" + tailEn + "."));
    }

    Spec duties(Duty... duties) {
        this.duties = List.of(duties);
        return this;
    }

    Spec note(String note) {
        this.note = note;
        return this;
    }

    RuleDescriptor build() {
        return new RuleDescriptor(
                code,
                concept,
                severity,
                legalBasis,
                inForce,
                titleDa,
                titleEn,
                messagesDa,
                messagesEn,
                duties,
                Optional.ofNullable(note));
    }
}
