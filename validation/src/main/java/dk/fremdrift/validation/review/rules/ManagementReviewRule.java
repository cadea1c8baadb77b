package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.model.Assessment;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.ManagementReview;
import dk.fremdrift.model.Notification;
import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.Severity;
import java.time.LocalDate;
import java.util.List;

/**
 * A case with a serious notification (assessed as endangered or needing acute action, {@link
 * dk.fremdrift.model.AssessmentOutcome#isSerious()}) gets a management review (ledelsestilsyn): a query for each
 * serious notification with no management review from the day of its assessment until {@value #WINDOW_MONTHS}
 * months after, once that window has passed by {@code asOf}.
 *
 * <p>A management review is good practice of the municipal models, not statute; the provision cited is the
 * assessment of the notification whose follow-through the leader checks. A justification records why no review
 * was needed.
 */
final class ManagementReviewRule extends ReviewRule {

    /** How long after a serious assessment a management review is expected. */
    static final int WINDOW_MONTHS = 3;

    private ManagementReviewRule(Spec spec) {
        super(spec.build());
    }

    static ManagementReviewRule serviceloven() {
        return new ManagementReviewRule(spec("SEL-MGMT-REVIEW", Spec.sel("155", 2), SERVICELOVEN_PERIOD));
    }

    static ManagementReviewRule barnetsLov() {
        return new ManagementReviewRule(spec("BL-MGMT-REVIEW", Spec.bl("136"), BARNETS_LOV_PERIOD));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, "MANAGEMENT_REVIEW", Severity.QUERY)
                .basis(basis, period)
                .title(
                        "Ledelsestilsyn med sag med alvorlig underretning",
                        "Management review of a case with a serious notification")
                .message(
                        "Underretningen ({path}) blev vurderet som alvorlig ({outcome}) {assessed}, men der er ikke"
                                + " registreret et ledelsestilsyn med sagen fra {assessed} til og med {until}"
                                + " ({basis}).",
                        "The notification ({path}) was assessed as serious ({outcome}) on {assessed}, but no"
                                + " management review of the case is recorded from {assessed} to {until}"
                                + " ({basis}).")
                .note("Good practice of the municipal models, not statute: a management review within 3 months of a"
                        + " serious assessment. The provision cited is the assessment's.");
    }

    @Override
    public void check(ReviewContext context, List<Finding> out) {
        List<Notification> notifications = context.childCase().notifications();
        for (int i = 0; i < notifications.size(); i++) {
            Notification n = notifications.get(i);
            if (n.assessment().isEmpty()) {
                continue;
            }
            Assessment a = n.assessment().get();
            if (!a.outcome().isSerious() || a.assessed().isAfter(context.asOf())) {
                continue;
            }
            LocalDate assessed = context.facts().assessedOn(i);
            if (!context.judges(assessed)) {
                continue;
            }
            LocalDate until = assessed.plusMonths(WINDOW_MONTHS);
            if (!context.asOfDate().isAfter(until) || reviewed(context, assessed, until)) {
                continue;
            }
            out.add(context.finding(
                    this,
                    n.id(),
                    0,
                    Values.of()
                            .put(
                                    "outcome",
                                    a.outcome().danishName(),
                                    a.outcome().englishName())
                            .date("assessed", assessed)
                            .date("until", until)));
        }
    }

    private static boolean reviewed(ReviewContext context, LocalDate from, LocalDate until) {
        for (ManagementReview r : context.childCase().managementReviews()) {
            if (!r.date().isBefore(from) && !r.date().isAfter(until)) {
                return true;
            }
        }
        return false;
    }
}
