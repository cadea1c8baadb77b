package dk.fremdrift.examples.dashboard;

import dk.fremdrift.metrics.CategoryCount;
import dk.fremdrift.metrics.GoalStatus;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorResult;
import dk.fremdrift.metrics.IndicatorValue;
import dk.fremdrift.metrics.MetricsConfig;
import dk.fremdrift.metrics.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The sections drawn from distributions: open investigations by age, caseload, and goal attainment. */
final class DistributionSections {

    static final String OPEN_INVESTIGATIONS_BY_AGE = "OPEN_INVESTIGATIONS_BY_AGE";
    static final String CASELOAD_DISTRIBUTION = "CASELOAD_DISTRIBUTION";
    static final String CASELOAD_MEAN = "CASELOAD_MEAN";
    static final String CASELOAD_ABOVE_RECOMMENDED = "CASELOAD_ABOVE_RECOMMENDED";
    static final String GOAL_STATUS = "GOAL_STATUS";
    static final String GOAL_PROGRESS = "GOAL_PROGRESS";

    /** Dansk Socialrådgiverforening's recommended range of child-and-family cases per caseworker starts here. */
    static final int RECOMMENDED_MIN = 20;

    /** The investigation deadline, in months: columns from here on are past it. */
    private static final int INVESTIGATION_MONTHS = 4;

    /** The order of the goal statuses in the stacked bar: from good to unknown. */
    private static final List<GoalStatus> GOAL_ORDER = List.of(
            GoalStatus.ACHIEVED,
            GoalStatus.IMPROVING,
            GoalStatus.NO_CHANGE,
            GoalStatus.WORSENING,
            GoalStatus.NOT_ACHIEVED_BY_DUE,
            GoalStatus.NO_MEASUREMENTS,
            GoalStatus.NOT_MEASURABLE);

    private DistributionSections() {}

    /** An indicator's definition and result, when the report has both. */
    static Optional<IndicatorResult> present(Page page, String id) {
        return page.definition(id).isPresent() ? page.result(id) : Optional.empty();
    }

    // ---- open investigations by age ----------------------------------------------------------------------------

    static String investigations(Page page) {
        Lang l = page.lang();
        IndicatorDefinition d = page.definition(OPEN_INVESTIGATIONS_BY_AGE).orElseThrow();
        IndicatorValue v = page.result(OPEN_INVESTIGATIONS_BY_AGE).orElseThrow().overall();
        List<Columns.Column> columns = new ArrayList<>();
        for (CategoryCount c : ordered(d, v)) {
            int[] range = range(c.key());
            String css = range[0] >= INVESTIGATION_MONTHS
                    ? "col-late"
                    : range[0] == INVESTIGATION_MONTHS - 1 ? "col-soon" : "col";
            columns.add(new Columns.Column(monthsLabel(l, c.key()), c, css));
        }
        StringBuilder h = new StringBuilder();
        h.append("<section id=\"investigations\" aria-labelledby=\"investigations-h\"><h2 id=\"investigations-h\">")
                .append(Html.text(l.of(d.name())))
                .append(page.ref(d))
                .append("</h2><p class=\"lead\">")
                .append(Html.text(l.t(
                        "Børnefaglige undersøgelser, der ikke er afsluttet, efter måneder siden kommunen fik"
                                + " kendskab. Fristen er 4 måneder (barnets lov § 20, stk. 3): de røde søjler er"
                                + " over fristen, den gule nærmer sig.",
                        "Child-welfare investigations not finished, by months since the municipality became aware."
                                + " The deadline is 4 months (Children's Act section 20(3)): red columns are past it,"
                                + " the yellow one is close to it.")))
                .append("</p><div class=\"split\"><figure title=\"")
                .append(Html.attr(page.hover(d)))
                .append("\">")
                .append(Columns.render(
                        page,
                        "investigations",
                        l.of(d.name())
                                + l.t(": antal efter måneder siden kendskab", ": number by months since awareness"),
                        page.hover(d),
                        columns,
                        null))
                .append("<figcaption><ul class=\"legend\"><li><span class=\"sw sw-col\"></span>")
                .append(Html.text(l.t("Inden for fristen", "Within the deadline")))
                .append("</li><li><span class=\"sw sw-soon\"></span>")
                .append(Html.text(l.t("3-4 måneder", "3-4 months")))
                .append("</li><li><span class=\"sw sw-late\"></span>")
                .append(Html.text(l.t("Over fristen på 4 måneder", "Past the 4-month deadline")))
                .append("</li></ul></figcaption></figure>")
                .append(categoryTable(
                        page,
                        d,
                        v,
                        ordered(d, v),
                        l.t("Måneder siden kendskab", "Months since awareness"),
                        c -> monthsLabel(l, c)))
                .append("</div></section>");
        return h.toString();
    }

    private static String monthsLabel(Lang l, String key) {
        int[] r = range(key);
        if (r[1] == Integer.MAX_VALUE) {
            return l.t("over " + r[0] + " mdr.", "over " + r[0] + " mo.");
        }
        if (r[0] < 0) {
            return key;
        }
        return r[0] + "\u2013" + r[1] + l.t(" mdr.", " mo.");
    }

    // ---- caseload ----------------------------------------------------------------------------------------------

    static String caseload(Page page) {
        Lang l = page.lang();
        IndicatorDefinition d = page.definition(CASELOAD_DISTRIBUTION).orElseThrow();
        IndicatorValue v = page.result(CASELOAD_DISTRIBUTION).orElseThrow().overall();
        int max = page.definition(CASELOAD_MEAN)
                .flatMap(IndicatorDefinition::target)
                .map(t -> (int) Math.round(t))
                .orElse(MetricsConfig.DEFAULT_RECOMMENDED_CASELOAD);
        List<CategoryCount> cats = ordered(d, v);
        List<Columns.Column> columns = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (int i = 0; i < cats.size(); i++) {
            CategoryCount c = cats.get(i);
            int[] r = range(c.key());
            boolean in = r[0] >= RECOMMENDED_MIN && r[1] <= max;
            if (in) {
                first = first < 0 ? i : first;
                last = i;
            }
            String css = in ? "col-ok" : r[0] > max ? "col-high" : "col";
            columns.add(new Columns.Column(c.key().replace('-', '\u2013'), c, css));
        }
        Columns.Band band = first < 0
                ? null
                : new Columns.Band(
                        first,
                        last,
                        l.t(
                                "anbefalet " + RECOMMENDED_MIN + "\u2013" + max,
                                "recommended " + RECOMMENDED_MIN + "\u2013" + max));
        StringBuilder h = new StringBuilder();
        h.append("<section id=\"caseload\" aria-labelledby=\"caseload-h\"><h2 id=\"caseload-h\">")
                .append(Html.text(l.t("Sager pr. sagsbehandler", "Caseload per caseworker")))
                .append(page.ref(d))
                .append("</h2><p class=\"lead\">")
                .append(Html.text(l.t(
                        "Sagsbehandlere fordelt efter antal åbne sager. Dansk Socialrådgiverforening anbefaler "
                                + RECOMMENDED_MIN + "\u2013" + max + " børne- og familiesager (det grønne felt).",
                        "Caseworkers by their number of open cases. Dansk Socialrådgiverforening recommends "
                                + RECOMMENDED_MIN + "\u2013" + max + " child-and-family cases (the green band).")))
                .append("</p>");
        h.append(keyFigures(page, List.of(CASELOAD_MEAN, CASELOAD_ABOVE_RECOMMENDED)));
        h.append("<div class=\"split\"><figure title=\"")
                .append(Html.attr(page.hover(d)))
                .append("\">")
                .append(Columns.render(
                        page,
                        "caseload",
                        l.of(d.name())
                                + l.t(": antal sagsbehandlere efter antal åbne sager", ": caseworkers by open cases"),
                        page.hover(d),
                        columns,
                        band))
                .append("<figcaption><p class=\"axis-note\">")
                .append(Html.text(l.t(
                        "Vandret: åbne sager pr. sagsbehandler. Lodret: antal sagsbehandlere.",
                        "Across: open cases per caseworker. Up: number of caseworkers.")))
                .append("</p><ul class=\"legend\"><li><span class=\"sw sw-band\"></span>")
                .append(Html.text(l.t("Anbefalet niveau", "Recommended range")))
                .append("</li><li><span class=\"sw sw-high\"></span>")
                .append(Html.text(l.t("Over det anbefalede", "Above the recommended")))
                .append("</li></ul></figcaption></figure>")
                .append(categoryTable(page, d, v, cats, l.t("Åbne sager", "Open cases"), c -> c.replace('-', '\u2013')))
                .append("</div></section>");
        return h.toString();
    }

    /** A row of headline numbers with their names and notes, for the indicators present. */
    static String keyFigures(Page page, List<String> ids) {
        StringBuilder h = new StringBuilder("<dl class=\"keys\">");
        boolean any = false;
        for (String id : ids) {
            Optional<IndicatorDefinition> d = page.definition(id);
            Optional<IndicatorResult> r = page.result(id);
            if (d.isEmpty() || r.isEmpty()) {
                continue;
            }
            any = true;
            h.append("<div title=\"")
                    .append(Html.attr(page.hover(d.get())))
                    .append("\"><dt>")
                    .append(Html.text(page.lang().of(d.get().name())))
                    .append(page.ref(d.get()))
                    .append("</dt><dd data-cell=\"")
                    .append(id)
                    .append("/all/value\">")
                    .append(page.headline(d.get(), r.get().overall()))
                    .append("</dd></div>");
        }
        return any ? h.append("</dl>").toString() : "";
    }

    // ---- goals -------------------------------------------------------------------------------------------------

    static String goals(Page page) {
        Lang l = page.lang();
        IndicatorDefinition d = page.definition(GOAL_STATUS).orElseThrow();
        IndicatorValue v = page.result(GOAL_STATUS).orElseThrow().overall();
        List<CategoryCount> cats = goalOrder(ordered(d, v));
        StringBuilder h = new StringBuilder();
        h.append("<section id=\"goals\" aria-labelledby=\"goals-h\"><h2 id=\"goals-h\">")
                .append(Html.text(l.t("Målopfyldelse", "Goal attainment")))
                .append("</h2><p class=\"lead\">")
                .append(Html.text(l.t(
                        "Målene i børnenes planer efter status, udledt af målenes målinger (aldrig indtastet).",
                        "The goals of the children's plans by status, derived from their measurements (never"
                                + " entered by hand).")))
                .append("</p>");
        h.append(keyFigures(page, List.of(GOAL_STATUS, GOAL_PROGRESS)));
        h.append("<figure title=\"")
                .append(Html.attr(page.hover(d)))
                .append("\">")
                .append(goalBar(page, d, v, cats))
                .append("</figure>");
        h.append(categoryTable(page, d, v, cats, l.t("Status", "Status"), key -> goalLabel(l, key)));
        return h.append("</section>").toString();
    }

    private static String goalBar(Page page, IndicatorDefinition d, IndicatorValue v, List<CategoryCount> cats) {
        Lang l = page.lang();
        double w = TimelinessSection.WIDTH;
        double barY = 8;
        double barH = 40;
        String title = l.of(d.name()) + l.t(": andel af målene i hver status", ": share of goals by status");
        Svg s = new Svg("goals", w, 86, title, title + "\n\n" + page.hover(d));
        long known = 0;
        boolean anySuppressed = false;
        for (CategoryCount c : cats) {
            if (c.suppression() == Suppression.NONE) {
                known += c.count().orElse(0L);
            } else {
                anySuppressed = true;
            }
        }
        long total = Math.max(known, v.count().orElse(known));
        if (total <= 0) {
            s.rect(0, barY, w, barH, "track");
            s.text(w / 2, barY + 26, "sub", "middle", l.t("ingen mål", "no goals"));
            return s.close();
        }
        double x = 0;
        for (CategoryCount c : cats) {
            if (c.suppression() != Suppression.NONE || c.count().orElse(0L) == 0) {
                continue;
            }
            long n = c.count().get();
            double segment = w * n / total;
            String label = goalLabel(l, c.key());
            String share = c.share().map(l::percent).orElse("");
            s.rect(x, barY, segment, barH, "seg goal-" + c.key(), label + ": " + l.integer(n) + " (" + share + ")");
            if (segment > 46) {
                s.text(x + segment / 2, barY + 25, "seglabel goal-label-" + c.key(), "middle", share);
            }
            x += segment;
        }
        if (anySuppressed && x < w - 0.5) {
            s.rect(x, barY, w - x, barH, "seg seg-supp", page.suppressedShort());
        }
        double lx = 0;
        for (CategoryCount c : cats) {
            String label = goalLabel(l, c.key());
            double lw = 14 + Svg.textWidth(label, 12) + 18;
            if (lx + lw > w) {
                break;
            }
            s.rect(lx, 64, 10, 10, "seg goal-" + c.key());
            s.text(lx + 14, 73, "legend-text", "start", label);
            lx += lw;
        }
        return s.close();
    }

    private static List<CategoryCount> goalOrder(List<CategoryCount> cats) {
        List<CategoryCount> out = new ArrayList<>();
        for (GoalStatus g : GOAL_ORDER) {
            cats.stream().filter(c -> c.key().equals(g.name())).findFirst().ifPresent(out::add);
        }
        for (CategoryCount c : cats) {
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    static String goalLabel(Lang l, String key) {
        for (GoalStatus g : GoalStatus.values()) {
            if (g.name().equals(key)) {
                String name = l.isDanish() ? g.danishName() : g.englishName();
                return Character.toUpperCase(name.charAt(0)) + name.substring(1);
            }
        }
        return key;
    }

    // ---- shared ------------------------------------------------------------------------------------------------

    /** The categories of a value in the definition's order, unknown ones after. */
    static List<CategoryCount> ordered(IndicatorDefinition d, IndicatorValue v) {
        List<CategoryCount> out = new ArrayList<>();
        for (String key : d.categories()) {
            v.findCategory(key).ifPresent(out::add);
        }
        for (CategoryCount c : v.categories()) {
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The bounds of a category key such as {@code 3-4}, {@code 41+} or {@code 4+}; {@code {-1, -1}} if neither. */
    static int[] range(String key) {
        try {
            if (key.endsWith("+")) {
                return new int[] {Integer.parseInt(key.substring(0, key.length() - 1)), Integer.MAX_VALUE};
            }
            int dash = key.indexOf('-');
            if (dash > 0) {
                return new int[] {Integer.parseInt(key.substring(0, dash)), Integer.parseInt(key.substring(dash + 1))};
            }
        } catch (NumberFormatException e) {
            // not a range: fall through
        }
        return new int[] {-1, -1};
    }

    /** A table of a distribution: category, count, share, and the total. */
    static String categoryTable(
            Page page,
            IndicatorDefinition d,
            IndicatorValue v,
            List<CategoryCount> categories,
            String heading,
            UnaryOperator<String> label) {
        Lang l = page.lang();
        StringBuilder h = new StringBuilder("<table class=\"data\"><caption>");
        h.append(Html.text(l.of(d.name())))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(Html.text(heading))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Antal", "Number")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Andel", "Share")))
                .append("</th></tr></thead><tbody>");
        for (CategoryCount c : categories) {
            h.append("<tr><th scope=\"row\">")
                    .append(Html.text(label.apply(c.key())))
                    .append("</th>");
            TimelinessSection.cell(h, d.id() + "/all/" + c.key(), page.count(c));
            TimelinessSection.cell(h, d.id() + "/all/" + c.key() + "/share", page.share(c));
            h.append("</tr>");
        }
        h.append("</tbody><tfoot><tr><th scope=\"row\">")
                .append(Html.text(l.t("I alt", "Total")))
                .append("</th>");
        TimelinessSection.cell(h, d.id() + "/all/total", page.count(v.count(), v.suppression()));
        h.append("<td></td></tr></tfoot></table>");
        return h.toString();
    }
}
