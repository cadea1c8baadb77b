package dk.fremdrift.examples.dashboard;

import dk.fremdrift.metrics.Breakdown;
import dk.fremdrift.metrics.Dimension;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorResult;
import dk.fremdrift.metrics.IndicatorValue;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The indicators the dashboard has no section for: a municipality's own ({@code MetricsAggregator.of(config, own)}),
 * other than timeliness shares, which the timeliness section shows with the statutory ones. Each gets a chart of its
 * monthly values, where it has them, and a table of its breakdowns: the same figures, suppression marks and notes as
 * every other part of the page.
 */
final class OwnSections {

    private OwnSections() {}

    /** The indicators of the report that no other section shows, in the report's order. */
    static List<IndicatorDefinition> present(Page page) {
        List<IndicatorDefinition> own = new ArrayList<>();
        for (IndicatorDefinition d : page.report().definitions()) {
            if (Indicators.find(d.id()).isEmpty()
                    && !Page.isTimeliness(d)
                    && page.result(d.id()).isPresent()) {
                own.add(d);
            }
        }
        return own;
    }

    static String render(Page page, List<IndicatorDefinition> own) {
        Lang l = page.lang();
        return render(
                page,
                "own",
                l.t("Kommunens egne nøgletal", "The municipality's own indicators"),
                l.t(
                        "Nøgletal, kommunen selv har defineret, med deres opdelinger. Definitionen står i noten.",
                        "Indicators the municipality defined itself, with their breakdowns. The definition is in"
                                + " the note."),
                own);
    }

    /**
     * A section of indicators shown each with its monthly chart and its table of breakdowns: the municipality's own,
     * or standard indicators that need no chart of their own.
     */
    static String render(Page page, String id, String heading, String lead, List<IndicatorDefinition> own) {
        Lang l = page.lang();
        StringBuilder h = new StringBuilder();
        h.append("<section id=\"")
                .append(id)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-h\"><h2 id=\"")
                .append(id)
                .append("-h\">")
                .append(Html.text(heading))
                .append("</h2><p class=\"lead\">")
                .append(Html.text(lead))
                .append("</p>");
        for (IndicatorDefinition d : own) {
            IndicatorResult r = page.result(d.id()).orElseThrow();
            h.append("<h3>")
                    .append(Html.text(l.of(d.name())))
                    .append(page.ref(d))
                    .append("</h3>");
            if (!r.monthly().isEmpty()
                    && r.monthly().stream().anyMatch(v -> v.value().isPresent())) {
                h.append("<figure class=\"small\">")
                        .append(monthChart(page, d, r.monthly()))
                        .append("</figure>");
            }
            h.append(table(page, d, r));
        }
        return h.append("</section>").toString();
    }

    private static String table(Page page, IndicatorDefinition d, IndicatorResult r) {
        Lang l = page.lang();
        StringBuilder h = new StringBuilder("<div class=\"scroll\"><table class=\"data\"><caption>")
                .append(Html.text(l.of(d.name())))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(Html.text(l.t("Opdeling", "Breakdown")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Værdi", "Value")))
                .append("</th><th scope=\"col\">")
                .append(Html.text(l.t("Grundlag", "Based on")))
                .append("</th></tr></thead><tbody>");
        row(page, h, d, l.t("I alt", "Overall"), "all", r.overall());
        for (Breakdown b : r.breakdowns()) {
            if (page.political() && (b.dimension() == Dimension.TEAM || b.dimension() == Dimension.CASEWORKER)) {
                continue; // politicians see the municipality's figures, not its teams or caseworkers
            }
            String dim = l.t(b.dimension().danishName(), b.dimension().englishName());
            for (IndicatorValue v : b.cells()) {
                String key =
                        v.key().equals(Dimension.UNASSIGNED) ? l.t("ingen ansvarlig", "no one responsible") : v.key();
                row(page, h, d, dim + ": " + key, b.dimension().name() + "/" + v.key(), v);
            }
        }
        for (IndicatorValue v : r.monthly()) {
            row(page, h, d, l.month(v.key()), "MONTH/" + v.key(), v);
        }
        return h.append("</tbody></table></div>").toString();
    }

    private static void row(
            Page page, StringBuilder h, IndicatorDefinition d, String label, String key, IndicatorValue v) {
        h.append("<tr><th scope=\"row\">").append(Html.text(label)).append("</th>");
        TimelinessSection.cell(h, d.id() + "/" + key + "/headline", page.headline(d, v));
        h.append("<td class=\"basis-cell\" data-cell=\"")
                .append(Html.attr(d.id() + "/" + key + "/basis"))
                .append("\">")
                .append(IndicatorTable.basis(page, d, v))
                .append("</td></tr>");
    }

    /** Bars of the monthly values, from 0 to the largest (1 for a share); a suppressed month as a ring. */
    private static String monthChart(Page page, IndicatorDefinition d, List<IndicatorValue> months) {
        Lang l = page.lang();
        double w = 336;
        double hgt = 170;
        double left = 42;
        double top = 14;
        double bottom = 30;
        double pw = w - left - 14;
        double ph = hgt - top - bottom;
        double max = 0;
        for (IndicatorValue v : months) {
            max = Math.max(max, v.value().orElse(0.0));
        }
        if (d.kind() == dk.fremdrift.metrics.IndicatorKind.PROPORTION || max == 0) {
            max = Math.max(max, 1.0);
        }
        String title = l.of(d.name()) + l.t(" pr. måned", " per month");
        Svg s = new Svg("bars", w, hgt, title, title + "\n\n" + page.hover(d));
        s.line(left, top + ph, left + pw, top + ph, "axisline");
        s.text(left - 6, top + 4, "axis", "end", page.unit(d, max));
        s.text(left - 6, top + ph + 4, "axis", "end", page.unit(d, 0));
        int n = months.size();
        double slot = pw / n;
        for (int i = 0; i < n; i++) {
            IndicatorValue v = months.get(i);
            double x = left + slot * i + slot * 0.15;
            Optional<Double> value = v.value();
            if (value.isPresent()) {
                double bh = ph * value.get() / max;
                s.rect(x, top + ph - bh, slot * 0.7, bh, "bar", l.month(v.key()) + ": " + page.unit(d, value.get()));
            } else if (v.suppression() != Suppression.NONE) {
                s.circle(
                        x + slot * 0.35,
                        top + ph + 7,
                        2.2,
                        "dot-supp",
                        l.month(v.key()) + ": " + page.suppressedShort());
            }
        }
        s.text(left, hgt - 10, "axis", "start", l.month(months.get(0).key()));
        s.text(left + pw, hgt - 10, "axis", "end", l.month(months.get(n - 1).key()));
        return s.close();
    }
}
