package dk.fremdrift.examples.dashboard;

import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorResult;
import dk.fremdrift.metrics.IndicatorValue;
import dk.fremdrift.metrics.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Timeliness per case step against the statutory target of 100 % and the national figure, with the 95 % Wilson
 * interval as a whisker; and the monthly trend of each step as small line charts.
 */
final class TimelinessSection {

    static final double WIDTH = 1056;
    private static final double TRACK = 640;
    private static final double ROW = 78;
    private static final double TOP = 30;

    private TimelinessSection() {}

    /** The timeliness indicators of a report that have a result, in the catalogue's order. */
    static List<Step> steps(Page page) {
        List<Step> steps = new ArrayList<>();
        for (IndicatorDefinition d : page.report().definitions()) {
            if (Page.isTimeliness(d)) {
                page.result(d.id()).ifPresent(r -> steps.add(new Step(d, r)));
            }
        }
        return steps;
    }

    /** A step: its definition and result. */
    record Step(IndicatorDefinition definition, IndicatorResult result) {}

    static String render(Page page, List<Step> steps) {
        Lang l = page.lang();
        StringBuilder h = new StringBuilder();
        h.append("<section id=\"timeliness\" aria-labelledby=\"timeliness-h\"><h2 id=\"timeliness-h\">")
                .append(Html.text(l.t("Rettidighed pr. sagsskridt", "Timeliness per case step")))
                .append("</h2><p class=\"lead\">")
                .append(Html.text(l.t(
                        "Andel af frister overholdt i rapportperioden. Loven kræver, at alle frister overholdes (100 %)."
                                + " Den sorte streg er 95 %-konfidensintervallet; den orange markering er landstallet."
                                + " Frister, der endnu ikke er udløbet, er for nye til at bedømme og tælles for sig.",
                        "Share of deadlines met in the reporting period. The law requires every deadline to be met"
                                + " (100 %). The black whisker is the 95 % confidence interval; the orange mark is the"
                                + " national figure. Deadlines not yet due are too recent to judge and are counted"
                                + " apart.")))
                .append("</p>");
        h.append("<figure>").append(chart(page, steps)).append("<figcaption>");
        h.append(legend(l));
        h.append("</figcaption></figure>");
        h.append(table(page, steps));
        h.append("</section>");
        return h.toString();
    }

    private static String legend(Lang l) {
        return "<ul class=\"legend\">"
                + "<li><span class=\"sw sw-bar\"></span>" + Html.text(l.t("Andel rettidige", "Share on time"))
                + "</li><li><span class=\"sw sw-whisker\"></span>"
                + Html.text(l.t("95 %-konfidensinterval (Wilson)", "95 % confidence interval (Wilson)"))
                + "</li><li><span class=\"sw sw-ref\"></span>" + Html.text(l.t("Landstal", "National figure"))
                + "</li><li><span class=\"sw sw-target\"></span>"
                + Html.text(l.t("Lovkrav: 100 %", "Statutory target: 100 %")) + "</li></ul>";
    }

    private static String chart(Page page, List<Step> steps) {
        Lang l = page.lang();
        double height = TOP + ROW * Math.max(1, steps.size()) + 4;
        Svg s = new Svg(
                "timeliness",
                WIDTH,
                height,
                l.t(
                        "Rettidighed pr. sagsskridt: andel rettidige med 95 %-konfidensinterval, mod lovkravet 100 %"
                                + " og landstallet",
                        "Timeliness per case step: share on time with 95 % confidence interval, against the"
                                + " statutory 100 % and the national figure"));
        for (int t = 0; t <= 4; t++) {
            double x = TRACK * t / 4;
            String anchor = t == 0 ? "start" : t == 4 ? "end" : "middle";
            String label = t == 4 ? l.t("100 % = lovkrav", "100 % = statutory") : l.percent(t / 4.0);
            s.text(x, TOP - 12, "axis", anchor, label);
            if (t > 0 && t < 4) {
                s.line(x, TOP - 6, x, height - 4, "grid");
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            row(page, s, steps.get(i), TOP + i * ROW);
        }
        s.line(TRACK, TOP - 6, TRACK, height - 4, "target");
        return s.close();
    }

    private static void row(Page page, Svg s, Step step, double y) {
        Lang l = page.lang();
        IndicatorDefinition d = step.definition();
        IndicatorValue v = step.result().overall();
        int note = page.note(d);
        s.group("step", page.hover(d));
        s.textHtml(0, y + 14, "lbl", "start", Html.text(l.of(d.name())) + Svg.noteLink(note));
        s.rect(0, y + 22, TRACK, 20, "track");
        if (v.value().isPresent()) {
            double share = clamp(v.value().get());
            s.rect(0, y + 22, TRACK * share, 20, "bar", barHover(page, d, v));
        }
        if (v.ci95Lower().isPresent() && v.ci95Upper().isPresent()) {
            double lo = TRACK * clamp(v.ci95Lower().get());
            double hi = TRACK * clamp(v.ci95Upper().get());
            s.line(lo, y + 32, hi, y + 32, "whisker");
            s.line(lo, y + 26, lo, y + 38, "whisker");
            s.line(hi, y + 26, hi, y + 38, "whisker");
        }
        d.nationalReference().ifPresent(r -> {
            double x = TRACK * clamp(r.value());
            s.line(x, y + 19, x, y + 45, "ref");
            s.path("M" + Svg.n(x - 5) + " " + Svg.n(y + 16) + "h10l-5 6z", "ref-mark");
        });
        if (v.value().isPresent()) {
            s.text(TRACK + 24, y + 39, "val", "start", l.percent(v.value().get()));
            page.interval(v)
                    .ifPresent(ci -> s.text(TRACK + 24, y + 58, "sub", "start", l.t("95 %-KI ", "95 % CI ") + ci));
        } else if (v.suppression() != Suppression.NONE) {
            s.text(TRACK + 24, y + 39, "val supp-text", "start", "\u2013");
            s.text(TRACK + 24, y + 58, "sub", "start", page.suppressedShort());
        } else {
            s.text(TRACK + 24, y + 39, "sub", "start", l.t("ingen bedømte frister", "no deadlines judged"));
        }
        s.text(0, y + 60, "sub", "start", countsLine(page, d, v));
        s.end();
    }

    private static String barHover(Page page, IndicatorDefinition d, IndicatorValue v) {
        Lang l = page.lang();
        StringBuilder b = new StringBuilder(l.of(d.name())).append(": ");
        b.append(l.percent(v.value().orElse(0.0))).append(l.t(" rettidige", " on time"));
        page.interval(v)
                .ifPresent(ci ->
                        b.append(l.t(" (95 %-KI ", " (95 % CI ")).append(ci).append(')'));
        b.append(". ").append(countsLine(page, d, v));
        return b.toString();
    }

    /** Plain text: on time of judged, censored, national figure; suppressed parts said in words, never numbers. */
    static String countsLine(Page page, IndicatorDefinition d, IndicatorValue v) {
        Lang l = page.lang();
        List<String> parts = new ArrayList<>();
        String supp = page.suppressedShort();
        if (v.count().isPresent() && v.denominator().isPresent()) {
            parts.add(l.integer(v.count().get())
                    + l.t(" af ", " of ")
                    + l.integer(v.denominator().get())
                    + l.t(" bedømte rettidige", " judged on time"));
        } else if (v.denominator().isPresent()) {
            parts.add(l.integer(v.denominator().get()) + l.t(" bedømte", " judged"));
        } else if (v.suppression() != Suppression.NONE) {
            parts.add(l.t("bedømte: ", "judged: ") + supp);
        }
        Optional<Long> censored = v.censored();
        if (censored.isPresent()) {
            parts.add(l.integer(censored.get()) + l.t(" for nye til at bedømme", " too recent to judge"));
        } else if (v.suppression() != Suppression.NONE) {
            parts.add(l.t("for nye til at bedømme: ", "too recent to judge: ") + supp);
        }
        d.nationalReference()
                .ifPresent(r -> parts.add(
                        l.t("landstal ", "national figure ") + page.unit(d, r.value()) + " (" + r.period() + ")"));
        return String.join(" \u00b7 ", parts);
    }

    private static String table(Page page, List<Step> steps) {
        Lang l = page.lang();
        StringBuilder h = new StringBuilder("<table class=\"data\"><caption>");
        h.append(Html.text(l.t("Rettidighed i tal", "Timeliness in numbers")))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(Html.text(l.t("Sagsskridt", "Case step")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Andel rettidige", "Share on time")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("95 %-KI", "95 % CI")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Rettidige (antal)", "On time (number)")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Bedømte", "Judged")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("For nye til at bedømme", "Too recent to judge")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Udeladt", "Excluded")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Landstal", "National figure")))
                .append("</th></tr></thead><tbody>");
        for (Step step : steps) {
            IndicatorDefinition d = step.definition();
            IndicatorValue v = step.result().overall();
            String id = d.id();
            h.append("<tr title=\"")
                    .append(Html.attr(page.hover(d)))
                    .append("\"><th scope=\"row\">")
                    .append(Html.text(l.of(d.name())))
                    .append(page.ref(d))
                    .append("</th>");
            cell(h, id + "/all/value", page.headline(d, v));
            cell(h, id + "/all/ci", page.interval(v).orElseGet(() -> page.missing(v.suppression())));
            cell(h, id + "/all/count", page.count(v.count(), v.suppression()));
            cell(h, id + "/all/denominator", page.count(v.denominator(), v.suppression()));
            cell(h, id + "/all/censored", page.count(v.censored(), v.suppression()));
            cell(h, id + "/all/excluded", page.count(v.excluded(), v.suppression()));
            cell(
                    h,
                    id + "/reference",
                    d.nationalReference()
                            .map(r -> Html.text(page.unit(d, r.value()) + " (" + r.period() + ")"))
                            .orElse("<span class=\"na\">" + Html.text(l.t("intet", "none")) + "</span>"));
            h.append("</tr>");
        }
        return h.append("</tbody></table>").toString();
    }

    static void cell(StringBuilder h, String key, String html) {
        h.append("<td class=\"num\" data-cell=\"")
                .append(Html.attr(key))
                .append("\">")
                .append(html)
                .append("</td>");
    }

    static double clamp(double share) {
        return Math.max(0, Math.min(1, share));
    }

    // ---- monthly trends ------------------------------------------------------------------------------------------

    /** The steps that have a monthly series. */
    static List<Step> withSeries(List<Step> steps) {
        return steps.stream().filter(s -> !s.result().monthly().isEmpty()).toList();
    }

    static String trends(Page page, List<Step> steps) {
        Lang l = page.lang();
        StringBuilder h = new StringBuilder();
        h.append("<section id=\"trends\" aria-labelledby=\"trends-h\"><h2 id=\"trends-h\">")
                .append(Html.text(l.t("Udvikling måned for måned", "Month by month")))
                .append("</h2><p class=\"lead\">")
                .append(Html.text(l.t(
                        "Andel rettidige pr. måned for hændelser i måneden. Huller i linjen er måneder uden bedømte"
                                + " frister eller med diskretionerede tal (en lille ring under aksen). De seneste"
                                + " måneder har mange frister, der endnu ikke kan bedømmes.",
                        "Share on time per month for the events of the month. Gaps in a line are months with no"
                                + " deadline judged or with suppressed numbers (a small ring below the axis). The"
                                + " latest months have many deadlines that cannot be judged yet.")))
                .append("</p><div class=\"multiples\">");
        for (Step step : steps) {
            h.append("<figure class=\"small\"><figcaption><h3>")
                    .append(Html.text(l.of(step.definition().name())))
                    .append(page.ref(step.definition()))
                    .append("</h3></figcaption>")
                    .append(trendChart(page, step))
                    .append("</figure>");
        }
        h.append("</div>");
        h.append(trendTable(page, steps));
        return h.append("</section>").toString();
    }

    private static String trendChart(Page page, Step step) {
        Lang l = page.lang();
        IndicatorDefinition d = step.definition();
        List<IndicatorValue> months = step.result().monthly();
        double w = 336;
        double hgt = 170;
        double left = 42;
        double right = 14;
        double top = 14;
        double bottom = 30;
        double pw = w - left - right;
        double ph = hgt - top - bottom;
        String title = l.of(d.name()) + l.t(": andel rettidige pr. måned", ": share on time per month");
        Svg s = new Svg("trend", w, hgt, title, title + "\n\n" + page.hover(d));
        for (int t = 0; t <= 2; t++) {
            double y = top + ph * (1 - t / 2.0);
            s.line(left, y, left + pw, y, t == 0 ? "axisline" : "grid");
            s.text(left - 6, y + 4, "axis", "end", l.percent(t / 2.0));
        }
        d.nationalReference().ifPresent(r -> {
            double y = top + ph * (1 - clamp(r.value()));
            s.line(left, y, left + pw, y, "ref-line");
        });
        int n = months.size();
        double dx = n > 1 ? pw / (n - 1) : 0;
        List<double[]> runs = new ArrayList<>();
        List<Double> run = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            IndicatorValue v = months.get(i);
            double x = left + (n > 1 ? dx * i : pw / 2);
            if (v.value().isPresent()) {
                run.add(x);
                run.add(top + ph * (1 - clamp(v.value().get())));
            } else if (!run.isEmpty()) {
                runs.add(toArray(run));
                run.clear();
            }
        }
        if (!run.isEmpty()) {
            runs.add(toArray(run));
        }
        for (double[] xy : runs) {
            if (xy.length >= 4) {
                s.polyline(xy, "trendline");
            }
        }
        IndicatorValue last = null;
        double lastX = 0;
        double lastY = 0;
        for (int i = 0; i < n; i++) {
            IndicatorValue v = months.get(i);
            double x = left + (n > 1 ? dx * i : pw / 2);
            if (v.value().isPresent()) {
                double y = top + ph * (1 - clamp(v.value().get()));
                s.circle(x, y, 2.6, "dot", l.month(v.key()) + ": " + pointText(page, v));
                last = v;
                lastX = x;
                lastY = y;
            } else if (v.suppression() != Suppression.NONE) {
                s.circle(x, top + ph + 7, 2.2, "dot-supp", l.month(v.key()) + ": " + page.suppressedShort());
            }
        }
        if (last != null) {
            String label = l.percent(last.value().orElse(0.0));
            boolean high = lastY < top + 16;
            s.text(Math.min(lastX, left + pw), high ? lastY + 16 : lastY - 8, "pointval", "end", label);
        }
        if (n > 0) {
            s.text(left, hgt - 10, "axis", "start", l.month(months.get(0).key()));
            s.text(left + pw, hgt - 10, "axis", "end", l.month(months.get(n - 1).key()));
        }
        return s.close();
    }

    private static String pointText(Page page, IndicatorValue v) {
        Lang l = page.lang();
        String text = l.percent(v.value().orElse(0.0));
        if (v.count().isPresent() && v.denominator().isPresent()) {
            text += " (" + l.integer(v.count().get()) + l.t(" af ", " of ")
                    + l.integer(v.denominator().get()) + ")";
        }
        return text;
    }

    private static double[] toArray(List<Double> xs) {
        double[] a = new double[xs.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = xs.get(i);
        }
        return a;
    }

    private static String trendTable(Page page, List<Step> steps) {
        Lang l = page.lang();
        StringBuilder h = new StringBuilder("<div class=\"scroll\"><table class=\"data compact\"><caption>");
        h.append(Html.text(l.t(
                        "Andel rettidige pr. måned (rettidige af bedømte ved pegning)",
                        "Share on time per month (on time of judged on hover)")))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(Html.text(l.t("Måned", "Month")))
                .append("</th>");
        for (Step step : steps) {
            h.append("<th scope=\"col\" class=\"num\">")
                    .append(Html.text(l.of(step.definition().name())))
                    .append("</th>");
        }
        h.append("</tr></thead><tbody>");
        List<String> keys = new ArrayList<>();
        for (Step step : steps) {
            for (IndicatorValue v : step.result().monthly()) {
                if (!keys.contains(v.key())) {
                    keys.add(v.key());
                }
            }
        }
        keys.sort(null);
        for (String key : keys) {
            h.append("<tr><th scope=\"row\">").append(Html.text(l.month(key))).append("</th>");
            for (Step step : steps) {
                IndicatorDefinition d = step.definition();
                Optional<IndicatorValue> v = step.result().monthly().stream()
                        .filter(m -> m.key().equals(key))
                        .findFirst();
                if (v.isEmpty()) {
                    cell(h, d.id() + "/" + key, "");
                    continue;
                }
                String html = page.headline(d, v.get());
                if (v.get().value().isPresent()) {
                    html = "<span title=\"" + Html.attr(pointText(page, v.get())) + "\">" + html + "</span>";
                }
                cell(h, d.id() + "/" + key, html);
            }
            h.append("</tr>");
        }
        return h.append("</tbody></table></div>").toString();
    }
}
