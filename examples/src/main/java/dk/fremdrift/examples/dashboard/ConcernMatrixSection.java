package dk.fremdrift.examples.dashboard;

import dk.fremdrift.metrics.Breakdown;
import dk.fremdrift.metrics.CategoryCount;
import dk.fremdrift.metrics.Dimension;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorValue;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.InterventionKind;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which interventions are chosen for which concerns: the cross-table of {@code INTERVENTIONS_BY_CONCERN}, a row for
 * each intervention kind (its breakdown by kind) and a column for each area of concern, with the small cells withheld
 * as the report withholds them.
 */
final class ConcernMatrixSection {

    private ConcernMatrixSection() {}

    static boolean present(Page page) {
        return DistributionSections.present(page, Indicators.INTERVENTIONS_BY_CONCERN)
                        .isPresent()
                && page.result(Indicators.INTERVENTIONS_BY_CONCERN)
                        .flatMap(r -> r.findBreakdown(Dimension.INTERVENTION_KIND))
                        .isPresent();
    }

    static String render(Page page) {
        Lang l = page.lang();
        IndicatorDefinition d =
                page.definition(Indicators.INTERVENTIONS_BY_CONCERN).orElseThrow();
        Breakdown byKind = page.result(Indicators.INTERVENTIONS_BY_CONCERN)
                .flatMap(r -> r.findBreakdown(Dimension.INTERVENTION_KIND))
                .orElseThrow();
        StringBuilder h = new StringBuilder();
        h.append(Html.sectionHead(
                        "concern-matrix",
                        l.t("Indsatser for hvilke bekymringer", "Interventions for which concerns"),
                        page.ref(d),
                        l.t(
                                "Iværksatte indsatser efter de bekymringsområder, den undersøgelse, afgørelsen bygger på,"
                                        + " fandt. En indsats for to områder tælles i begge. Tabellen beskriver valgene; den"
                                        + " siger ikke, om de virkede.",
                                "Interventions started, by the areas of concern the investigation their decision rests on"
                                        + " found. An intervention for two areas counts in both. The table describes the"
                                        + " choices; it does not say whether they worked.")))
                .append("<div class=\"scroll\">")
                .append(Html.tableHead(
                        l.of(d.name()),
                        l.t("Indsats", "Intervention"),
                        Arrays.stream(GoalArea.values())
                                .map(area -> l.t(area.danishName(), area.englishName()))
                                .toList()));
        int rows = 0;
        for (InterventionKind kind : InterventionKind.values()) {
            Optional<IndicatorValue> cell = byKind.cells().stream()
                    .filter(v -> v.key().equals(kind.name()))
                    .findFirst();
            if (cell.isEmpty()) {
                continue;
            }
            rows++;
            h.append("<tr><th scope=\"row\">")
                    .append(Html.text(l.t(kind.danishName(), kind.englishName())))
                    .append("</th>");
            for (GoalArea area : GoalArea.values()) {
                String key = Indicators.INTERVENTIONS_BY_CONCERN + "/" + kind.name() + "/" + area.name();
                Optional<CategoryCount> c = cell.get().findCategory(area.name());
                TimelinessSection.cell(
                        h,
                        key,
                        c.map(page::count)
                                .orElseGet(() -> page.missing(cell.get().suppression())));
            }
            h.append("</tr>");
        }
        if (rows == 0) {
            h.append("<tr><td colspan=\"")
                    .append(GoalArea.values().length + 1)
                    .append("\">")
                    .append(Html.text(l.t(
                            "Ingen indsatser iværksat efter en afgørelse, der angiver sit grundlag.",
                            "No interventions started after a decision that records its basis.")))
                    .append("</td></tr>");
        }
        return h.append("</tbody></table></div></section>").toString();
    }
}
