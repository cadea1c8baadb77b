package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.DeadlineStatus;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.Severity;
import java.util.Optional;

/**
 * The child-welfare investigation is finished within 4 months of the municipality becoming aware, or a
 * preliminary assessment is made at the deadline (barnets lov § 20, stk. 3; serviceloven § 50): an error for each
 * investigation the engine finds late or overdue when no preliminary assessment was made by the deadline.
 *
 * <p>A late investigation that had its preliminary assessment in time is not this rule's finding but a query of
 * {@link InvestigationExtendedRule}. The engine's preliminary-assessment evaluations are read here, never reported
 * on their own, so one missed deadline gives one finding.
 */
final class InvestigationRule extends TimelinessRule {

    private InvestigationRule(Spec spec) {
        super(spec.build());
    }

    static InvestigationRule serviceloven() {
        return new InvestigationRule(spec("SEL-50-INVESTIGATION-4M", Spec.sel("50"), SERVICELOVEN_PERIOD));
    }

    static InvestigationRule barnetsLov() {
        return new InvestigationRule(spec("BL-20-INVESTIGATION-4M", Spec.bl("20", 3), BARNETS_LOV_PERIOD));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, Duty.INVESTIGATION.name(), Severity.ERROR)
                .basis(basis, period)
                .title(
                        "Børnefaglig undersøgelse afsluttet inden 4 måneder eller foreløbig vurdering ved fristen",
                        "Child-welfare investigation finished within 4 months, or a preliminary assessment at the"
                                + " deadline")
                .timely(
                        "Den børnefaglige undersøgelse",
                        "afsluttet",
                        "The child-welfare investigation",
                        "completed",
                        ", og der blev ikke lavet en foreløbig vurdering ved fristen",
                        ", and no preliminary assessment was made by the deadline")
                .duties(Duty.INVESTIGATION, Duty.PRELIMINARY_ASSESSMENT)
                .note("The 4 months run from the date the municipality became aware, as the deadline rule book"
                        + " counts them.");
    }

    @Override
    boolean covers(DeadlineEvaluation e, ReviewContext context) {
        return e.duty().equals(Duty.INVESTIGATION);
    }

    @Override
    boolean reports(DeadlineEvaluation e, ReviewContext context) {
        return preliminaryInTime(e, context).isEmpty();
    }

    /** The preliminary assessment of the same investigation, if the engine found it made by the deadline. */
    static Optional<DeadlineEvaluation> preliminaryInTime(DeadlineEvaluation investigation, ReviewContext context) {
        for (DeadlineEvaluation p : context.evaluations()) {
            if (p.duty().equals(Duty.PRELIMINARY_ASSESSMENT)
                    && p.subjectId().equals(investigation.subjectId())
                    && p.status() == DeadlineStatus.MET) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
