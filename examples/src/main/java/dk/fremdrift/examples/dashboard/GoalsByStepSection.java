package dk.fremdrift.examples.dashboard;

import dk.fremdrift.metrics.CategoryCount;
import dk.fremdrift.metrics.GoalStatus;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorValue;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.Suppression;
import dk.fremdrift.model.LadderStep;
import java.util.Optional;

/**
 * The goals by step of the intervention ladder ({@code GOAL_STATUS_BY_LADDER_STEP}): for each step, the goals behind
 * it, the share that is measurable, and of the measured ones the share achieved or improving. A step with a withheld
 * category shows no figures.
 */
final class GoalsByStepSection {

    private GoalsByStepSection() {}

    static boolean present(Page page) {
        return DistributionSections.present(page, Indicators.GOAL_STATUS_BY_LADDER_STEP)
                .isPresent();
    }

    static String render(Page page) {
        Lang l = page.lang();
        IndicatorDefinition d =
                page.definition(Indicators.GOAL_STATUS_BY_LADDER_STEP).orElseThrow();
        IndicatorValue v =
                page.result(Indicators.GOAL_STATUS_BY_LADDER_STEP).orElseThrow().overall();
        StringBuilder h = new StringBuilder();
        h.append(Html.sectionHead(
                        "goals-by-step",
                        l.t("Mål efter trin på indsatstrappen", "Goals by step of the ladder"),
                        page.ref(d),
                        l.t(
                                "Når målene, som de forebyggende indsatser og anbringelserne arbejder mod? Tallene beskriver og"
                                        + " beviser ikke: børnene på trinene er forskellige.",
                                "Are the goals that preventive support and placements work toward reached? The figures"
                                        + " describe and do not prove: the children on the steps differ.")))
                .append(Html.tableHead(
                        l.of(d.name()),
                        l.t("Trin", "Step"),
                        java.util.List.of(
                                l.t("Mål", "Goals"),
                                l.t("Målbare", "Measurable"),
                                l.t(
                                        "Opnået eller i fremgang af de målte",
                                        "Achieved or improving of those measured"))));
        for (LadderStep step : LadderStep.values()) {
            long goals = 0;
            long measurable = 0;
            long measured = 0;
            long moving = 0;
            Suppression withheld = Suppression.NONE;
            for (GoalStatus status : GoalStatus.values()) {
                Optional<CategoryCount> c = v.findCategory(step.name() + "/" + status.name());
                if (c.isEmpty()) {
                    continue;
                }
                if (c.get().suppression() != Suppression.NONE || c.get().count().isEmpty()) {
                    withheld = c.get().suppression();
                    continue;
                }
                long n = c.get().count().get();
                goals += n;
                if (status != GoalStatus.NOT_MEASURABLE) {
                    measurable += n;
                }
                if (status != GoalStatus.NOT_MEASURABLE && status != GoalStatus.NO_MEASUREMENTS) {
                    measured += n;
                    if (status == GoalStatus.ACHIEVED || status == GoalStatus.IMPROVING) {
                        moving += n;
                    }
                }
            }
            if (goals == 0 && withheld == Suppression.NONE) {
                continue;
            }
            String key = Indicators.GOAL_STATUS_BY_LADDER_STEP + "/all/" + step.name();
            h.append("<tr><th scope=\"row\">")
                    .append(Html.text(l.t(step.danishName(), step.englishName())))
                    .append("</th>");
            boolean known = withheld == Suppression.NONE;
            TimelinessSection.cell(h, key + "/goals", known ? l.integer(goals) : page.suppressed(withheld));
            TimelinessSection.cell(
                    h, key + "/measurable", known ? l.percent(measurable / (double) goals) : page.suppressed(withheld));
            TimelinessSection.cell(
                    h,
                    key + "/moving",
                    !known
                            ? page.suppressed(withheld)
                            : measured > 0 ? l.percent(moving / (double) measured) : page.missing(Suppression.NONE));
            h.append("</tr>");
        }
        return h.append("</tbody></table></section>").toString();
    }
}
