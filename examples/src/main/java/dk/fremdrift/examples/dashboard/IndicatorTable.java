package dk.fremdrift.examples.dashboard;

import dk.fremdrift.metrics.CategoryCount;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorResult;
import dk.fremdrift.metrics.IndicatorValue;
import dk.fremdrift.metrics.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every indicator of the report in one table: its value, what it rests on, its target and the national figure. */
final class IndicatorTable {

    private IndicatorTable() {}

    static String render(Page page) {
        Lang l = page.lang();
        StringBuilder h = new StringBuilder();
        h.append("<section id=\"indicators\" aria-labelledby=\"indicators-h\"><h2 id=\"indicators-h\">")
                .append(Html.text(l.t("Alle nøgletal", "All indicators")))
                .append("</h2><p class=\"lead\">")
                .append(Html.text(l.t(
                        "Hvert nøgletal i rapporten med det, det bygger på. Definitionen står i noten og vises, når"
                                + " man peger på rækken.",
                        "Every indicator of the report with what it rests on. The definition is in the note and"
                                + " shows when pointing at the row.")))
                .append("</p><div class=\"scroll\"><table class=\"data\"><caption>")
                .append(Html.text(l.t("Nøgletal", "Indicators")))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(Html.text(l.t("Nøgletal", "Indicator")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Værdi", "Value")))
                .append("</th><th scope=\"col\">")
                .append(Html.text(l.t("Grundlag", "Based on")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Mål", "Target")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Landstal", "National figure")))
                .append("</th></tr></thead><tbody>");
        for (IndicatorDefinition d : page.report().definitions()) {
            Optional<IndicatorResult> r = page.result(d.id());
            if (r.isEmpty()) {
                continue;
            }
            IndicatorValue v = r.get().overall();
            h.append("<tr title=\"")
                    .append(Html.attr(page.hover(d)))
                    .append("\"><th scope=\"row\">")
                    .append(Html.text(l.of(d.name())))
                    .append(page.ref(d))
                    .append("</th>");
            TimelinessSection.cell(h, d.id() + "/all/headline", page.headline(d, v));
            h.append("<td class=\"basis-cell\" data-cell=\"")
                    .append(d.id())
                    .append("/all/basis\">")
                    .append(basis(page, d, v))
                    .append("</td>");
            TimelinessSection.cell(
                    h,
                    d.id() + "/target",
                    d.target().map(t -> Html.text(page.figure(d, t))).orElse(""));
            TimelinessSection.cell(
                    h,
                    d.id() + "/reference",
                    d.nationalReference()
                            .map(x -> Html.text(page.figure(d, x.value()) + " (" + x.period() + ")"))
                            .orElse(""));
            h.append("</tr>");
        }
        return h.append("</tbody></table></div></section>").toString();
    }

    /** What a value rests on, by kind; suppressed parts as marks. */
    static String basis(Page page, IndicatorDefinition d, IndicatorValue v) {
        Lang l = page.lang();
        Suppression s = v.suppression();
        List<String> parts = new ArrayList<>();
        switch (d.kind()) {
            case PROPORTION -> {
                parts.add(page.count(v.count(), s) + Html.text(l.t(" af ", " of ")) + page.count(v.denominator(), s));
                censored(page, v, parts);
            }
            case DAYS -> {
                parts.add(Html.text(l.t("90 %-fraktil ", "90th percentile "))
                        + v.p90()
                                .map(p -> Html.text(l.integer(p) + Lang.NBSP + l.t("dage", "days")))
                                .orElseGet(() -> page.missing(s)));
                parts.add(page.count(v.count(), s) + Html.text(l.t(" afsluttede", " finished")));
                censored(page, v, parts);
            }
            case MEAN -> {
                if (v.count().isPresent()) {
                    parts.add(page.count(v.count(), s) + " / " + page.count(v.denominator(), s));
                } else if (v.denominator().isPresent() || s != Suppression.NONE) {
                    parts.add("n = " + page.count(v.denominator(), s));
                }
            }
            case RATE -> {
                parts.add(page.count(v.count(), s) + Html.text(l.t(" hændelser", " events")));
                parts.add(v.exposureDays()
                        .map(e -> Html.text(
                                l.decimal(e / 365.0, 1) + Lang.NBSP + l.t("års eksponering", "years of exposure")))
                        .orElseGet(() -> Html.text(l.t("eksponering ", "exposure ")) + page.missing(s)));
            }
            case COUNT -> {
                // the value is the count
            }
            case DISTRIBUTION -> {
                for (CategoryCount c : DistributionSections.ordered(d, v)) {
                    parts.add(Html.text(categoryLabel(l, d, c.key()) + ": ") + page.count(c));
                }
            }
        }
        return String.join(" \u00b7 ", parts);
    }

    private static void censored(Page page, IndicatorValue v, List<String> parts) {
        Lang l = page.lang();
        if (v.censored().isPresent()) {
            if (v.censored().get() > 0) {
                parts.add(Html.text(
                        l.integer(v.censored().get()) + l.t(" for nye til at bedømme", " too recent to judge")));
            }
        } else if (v.suppression() != Suppression.NONE) {
            parts.add(Html.text(l.t("for nye til at bedømme: ", "too recent to judge: "))
                    + page.missing(v.suppression()));
        }
    }

    private static String categoryLabel(Lang l, IndicatorDefinition d, String key) {
        if (DistributionSections.GOAL_STATUS.equals(d.id())) {
            return DistributionSections.goalLabel(l, key);
        }
        return switch (key) {
            case "PREVENTIVE_SUPPORT" -> l.t("forebyggende støtte", "preventive support");
            case "PLACEMENT" -> l.t("anbringelse", "placement");
            default -> key;
        };
    }
}
