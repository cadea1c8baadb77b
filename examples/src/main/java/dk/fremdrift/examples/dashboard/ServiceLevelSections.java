package dk.fremdrift.examples.dashboard;

import dk.fremdrift.examples.report.ServiceLevelSection;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.ServiceLevel;

/**
 * The service level section: what the municipality decided (tænkt praksis) beside what the figures show (faktisk
 * praksis), target by target, with the gap said in words a council member reads without a legend.
 */
final class ServiceLevelSections {

    private ServiceLevelSections() {}

    static String render(Page page, ServiceLevelSection section) {
        Lang l = page.lang();
        StringBuilder h = new StringBuilder(
                "<section id=\"service-level\" aria-labelledby=\"service-level-h\"><h2" + " id=\"service-level-h\">");
        h.append(Html.text(l.t("Serviceniveau: besluttet og faktisk", "Service level: decided and actual")))
                .append("</h2><p class=\"lead\">")
                .append(Html.text(l.t(
                        "Gør vi det, vi har besluttet? Hvert mål står ved siden af det faktiske tal for perioden.",
                        "Do we do what we decided? Each target stands beside the actual figure for the period.")))
                .append("</p><p>")
                .append(Html.text(l.t("Besluttet: ", "Decided: ") + section.decided()))
                .append("</p><div class=\"scroll\"><table class=\"data service-level\"><caption>")
                .append(Html.text(l.t("Mål og faktiske tal", "Targets and actual figures")))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(Html.text(l.t("Mål", "Target")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Besluttet", "Decided")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Faktisk", "Actual")))
                .append("</th><th scope=\"col\">")
                .append(Html.text(l.t("Forskel", "Gap")))
                .append("</th></tr></thead><tbody>");
        for (ServiceLevel.Result r : section.results()) {
            IndicatorDefinition d = page.definition(r.target().indicator()).orElseThrow();
            double limit =
                    r.target().atLeast().orElseGet(() -> r.target().atMost().orElseThrow());
            String bound = d.kind() == IndicatorKind.DISTRIBUTION ? l.percent(limit) : page.figure(d, limit);
            h.append("<tr class=\"sl-")
                    .append(r.status().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\"><th scope=\"row\">")
                    .append(Html.text(l.of(r.target().name())))
                    .append(page.ref(d))
                    .append("</th><td class=\"num\">")
                    .append(Html.text(
                            (r.target().atLeast().isPresent() ? l.t("mindst ", "at least ") : l.t("højst ", "at most "))
                                    + bound))
                    .append("</td><td class=\"num\">")
                    .append(Html.text(r.actual().map(a -> value(page, d, a)).orElse("\u2013")))
                    .append("</td><td>")
                    .append(Html.text(gap(page, d, r)))
                    .append("</td></tr>");
        }
        return h.append("</tbody></table></div></section>").toString();
    }

    /** A value in the target's unit: a category's share of a distribution as a percentage, else the indicator's. */
    private static String value(Page page, IndicatorDefinition d, double x) {
        return d.kind() == IndicatorKind.DISTRIBUTION ? page.lang().percent(x) : page.unit(d, x);
    }

    /** The gap in words: met, or how far from the bound and on which side, in the indicator's unit. */
    static String gap(Page page, IndicatorDefinition d, ServiceLevel.Result r) {
        Lang l = page.lang();
        return switch (r.status()) {
            case NO_VALUE ->
                l.t(
                        "Intet tal: intet at tælle i perioden, eller for få til at vise",
                        "No figure: nothing to count in the period, or too few to show");
            case MET -> l.t("Opfyldt", "Met");
            case NOT_MET -> {
                double gap = r.gap().orElseThrow();
                String size = d.kind() == IndicatorKind.PROPORTION || d.kind() == IndicatorKind.DISTRIBUTION
                        ? l.decimal(Math.abs(gap) * 100, Math.abs(gap) * 100 < 1 ? 1 : 0)
                                + l.t(" procentpoint", " percentage points")
                        : page.unit(d, Math.abs(gap));
                yield l.t("Ikke opfyldt: ", "Not met: ")
                        + size
                        + (gap < 0
                                ? l.t(" under målet", " below the target")
                                : l.t(" over målet", " above the target"));
            }
        };
    }
}
