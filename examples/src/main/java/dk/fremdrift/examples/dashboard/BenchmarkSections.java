package dk.fremdrift.examples.dashboard;

import dk.fremdrift.examples.report.BenchmarkSection;
import dk.fremdrift.metrics.Benchmark;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The benchmark section: how the peers were chosen, then per indicator a dot plot (each peer a grey dot, the peers'
 * quartiles as a band with the median, the group as a whole as a ring, the municipality as a large dark dot) and a
 * table of the same numbers.
 */
final class BenchmarkSections {

    private static final double WIDTH = 560;
    private static final double HEIGHT = 44;
    private static final double PAD = 16;

    private BenchmarkSections() {}

    static String render(Page page, BenchmarkSection section) {
        Lang l = page.lang();
        Benchmark b = section.benchmark();
        StringBuilder h = new StringBuilder(
                "<section id=\"benchmark\" aria-labelledby=\"benchmark-h\"><h2" + " id=\"benchmark-h\">");
        h.append(Html.text(l.t("Sammenligning med andre kommuner", "Compared with other municipalities")))
                .append("</h2><p class=\"lead\">")
                .append(Html.text(l.t(
                        "Hvor står vi i forhold til kommuner, der ligner os? Hver kommune er en grå prik; det lyse"
                                + " bånd er den midterste halvdel af gruppen med medianen; ringen er gruppen som"
                                + " helhed uden os; den store prik er os. Om højt eller lavt er godt, afhænger af"
                                + " nøgletallet.",
                        "Where do we stand against municipalities like us? Each municipality is a grey dot; the light"
                                + " band is the middle half of the group with its median; the ring is the group as a"
                                + " whole without us; the large dot is us. Whether high or low is good depends on the"
                                + " indicator.")))
                .append("</p><p>")
                .append(Html.text(selection(l, section.selection(), b)))
                .append("</p>");
        if (!section.selection().distances().isEmpty()) {
            h.append("<div class=\"scroll\"><table class=\"data\"><caption>")
                    .append(Html.text(
                            l.t("Valgte kommuner og deres afstand", "Chosen municipalities and their distance")))
                    .append("</caption><thead><tr><th scope=\"col\">")
                    .append(Html.text(l.t("Kommune", "Municipality")))
                    .append("</th><th scope=\"col\" class=\"num\">")
                    .append(Html.text(l.t("Afstand", "Distance")))
                    .append("</th></tr></thead><tbody>");
            for (BenchmarkSection.Distance d : section.selection().distances()) {
                h.append("<tr><td>")
                        .append(Html.text(d.municipality()))
                        .append("</td><td class=\"num\">")
                        .append(Html.text(l.decimal(d.distance(), 2)))
                        .append("</td></tr>");
            }
            h.append("</tbody></table></div>");
        }
        h.append("<div class=\"scroll\"><table class=\"data benchmark\"><caption>")
                .append(Html.text(l.t("Nøgletal mod gruppen", "Indicators against the group")))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(Html.text(l.t("Nøgletal", "Indicator")))
                .append("</th><th scope=\"col\">")
                .append(Html.text(l.t("Placering i gruppen", "Place in the group")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Os", "Us")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Median (kvartiler)", "Median (quartiles)")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Rang", "Rank")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Gruppen samlet", "Group as a whole")))
                .append("</th></tr></thead><tbody>");
        for (Benchmark.Row row : b.rows()) {
            Optional<IndicatorDefinition> d = page.definition(row.id());
            if (d.isEmpty()) {
                continue;
            }
            h.append("<tr><th scope=\"row\">")
                    .append(Html.text(l.of(d.get().name())))
                    .append(page.ref(d.get()))
                    .append("</th><td>")
                    .append(chart(page, d.get(), row))
                    .append("</td><td class=\"num\">")
                    .append(Html.text(value(page, d.get(), row.value())))
                    .append("</td><td class=\"num\">")
                    .append(Html.text(value(page, d.get(), row.median())
                            + row.lowerQuartile()
                                    .map(q -> " (" + page.unit(d.get(), q) + "\u2013"
                                            + page.unit(
                                                    d.get(), row.upperQuartile().orElseThrow()) + ")")
                                    .orElse("")))
                    .append("</td><td class=\"num\">")
                    .append(Html.text(row.rank()
                            .map(r -> r + l.t(" af ", " of ") + row.ranked())
                            .orElse("\u2013")))
                    .append("</td><td class=\"num\">")
                    .append(Html.text(value(page, d.get(), row.group())))
                    .append("</td></tr>");
        }
        return h.append("</tbody></table></div></section>").toString();
    }

    private static String selection(Lang l, BenchmarkSection.PeerSelection s, Benchmark b) {
        String peers = b.peers().size() + l.t(" kommuner", " municipalities");
        return switch (s.method()) {
            case ALL ->
                l.t(
                        "Gruppen er de " + peers + ", hvis aggregat blev givet.",
                        "The group is the " + peers + " whose aggregates were given.");
            case LISTED ->
                l.t("Gruppen er de " + peers + ", der blev valgt.", "The group is the " + peers + " chosen.");
            case NEAREST ->
                l.t(
                        "Gruppen er de " + peers + ", der ligner mest på " + String.join(", ", s.variables())
                                + " (hvert tal standardiseret, så de vejer lige meget; euklidisk afstand).",
                        "The group is the " + peers + " most alike on " + String.join(", ", s.variables())
                                + " (each standardised to weigh the same; Euclidean distance).");
        };
    }

    private static String value(Page page, IndicatorDefinition d, Optional<Double> v) {
        return v.map(x -> page.unit(d, x)).orElse("\u2013");
    }

    private static String chart(Page page, IndicatorDefinition d, Benchmark.Row row) {
        Lang l = page.lang();
        List<Double> all = new ArrayList<>();
        row.value().ifPresent(all::add);
        row.group().ifPresent(all::add);
        row.peers().forEach(p -> p.value().ifPresent(all::add));
        double lo;
        double hi;
        if (d.kind() == IndicatorKind.PROPORTION) {
            lo = 0;
            hi = 1;
        } else {
            lo = Math.min(0, all.stream().mapToDouble(Double::doubleValue).min().orElse(0));
            hi = all.stream().mapToDouble(Double::doubleValue).max().orElse(1);
            if (hi <= lo) {
                hi = lo + 1;
            }
        }
        double min = lo;
        double span = hi - lo;
        java.util.function.DoubleUnaryOperator x = v -> PAD + (v - min) / span * (WIDTH - 2 * PAD);
        double mid = HEIGHT / 2;
        Svg s = new Svg(
                "benchmark",
                WIDTH,
                HEIGHT,
                l.of(d.name()) + ": " + value(page, d, row.value()) + l.t(", gruppens median ", ", the group's median ")
                        + value(page, d, row.median()));
        s.line(PAD, mid, WIDTH - PAD, mid, "axisline");
        if (row.lowerQuartile().isPresent()) {
            double q1 = x.applyAsDouble(row.lowerQuartile().get());
            double q3 = x.applyAsDouble(row.upperQuartile().orElseThrow());
            s.rect(q1, mid - 9, Math.max(2, q3 - q1), 18, "bm-iqr");
            double m = x.applyAsDouble(row.median().orElseThrow());
            s.line(m, mid - 11, m, mid + 11, "bm-median");
        }
        for (Benchmark.PeerValue p : row.peers()) {
            if (p.value().isPresent()) {
                s.circle(
                        x.applyAsDouble(p.value().get()),
                        mid,
                        4,
                        "bm-peer",
                        p.municipality() + ": " + page.unit(d, p.value().get()));
            }
        }
        row.group()
                .ifPresent(g -> s.circle(
                        x.applyAsDouble(g),
                        mid,
                        6,
                        "bm-group",
                        l.t("Gruppen samlet: ", "The group as a whole: ") + page.unit(d, g)));
        row.value()
                .ifPresent(v -> s.circle(x.applyAsDouble(v), mid, 7, "bm-mine", l.t("Os: ", "Us: ") + page.unit(d, v)));
        s.text(PAD, HEIGHT - 2, "axis", "start", page.unit(d, lo));
        s.text(WIDTH - PAD, HEIGHT - 2, "axis", "end", page.unit(d, hi));
        return s.close();
    }
}
