package dk.fremdrift.examples.dashboard;

import dk.fremdrift.metrics.CategoryCount;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.IndicatorValue;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.Suppression;
import dk.fremdrift.model.AssessmentOutcome;
import dk.fremdrift.model.ClosingReason;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.LadderStep;
import dk.fremdrift.model.ScreeningOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The flow through the handletrin: one stacked column per step (notifications, their assessment, screenings, finished
 * investigations, decisions, interventions started by ladder step, closings), each divided by its categories, with the
 * median days between the steps where the case records the link, and a table of every figure beside it. The steps
 * are counted in the same period, not followed as a cohort; the lead says so.
 */
final class FlowSection {

    /** A step: its indicator and its name. */
    private record Step(String id, String da, String en) {}

    private static final List<Step> STEPS = List.of(
            new Step(Indicators.NOTIFICATIONS_RECEIVED, "Underretninger", "Notifications"),
            new Step(Indicators.STEP_ASSESSMENTS, "Vurderet", "Assessed"),
            new Step(Indicators.STEP_SCREENINGS, "Screenet", "Screened"),
            new Step(Indicators.INVESTIGATION_DAYS, "Undersøgelser afsluttet", "Investigations finished"),
            new Step(Indicators.STEP_DECISIONS, "Afgørelser", "Decisions"),
            new Step(Indicators.STEP_STARTED_BY_LADDER, "Indsatser iværksat", "Interventions started"),
            new Step(Indicators.STEP_CLOSINGS, "Sager lukket", "Cases closed"));

    /**
     * The times between steps: the indicator, the step after which it is drawn, its name in the table and its short
     * name in the chart.
     */
    private record Gap(String id, int afterStep, String da, String en, String shortDa, String shortEn) {}

    private static final List<Gap> GAPS = List.of(
            new Gap(
                    Indicators.NOTIFICATION_TO_SCREENING_DAYS,
                    1,
                    "Fra underretning til screening",
                    "From notification to screening",
                    "underretning \u2192 screening",
                    "notification \u2192 screening"),
            new Gap(
                    Indicators.INVESTIGATION_DAYS,
                    2,
                    "Fra kendskab til afsluttet undersøgelse",
                    "From awareness to finished investigation",
                    "kendskab \u2192 afsluttet",
                    "awareness \u2192 finished"),
            new Gap(
                    Indicators.INVESTIGATION_TO_DECISION_DAYS,
                    3,
                    "Fra afsluttet undersøgelse til afgørelse",
                    "From finished investigation to decision",
                    "afsluttet \u2192 afgørelse",
                    "finished \u2192 decision"),
            new Gap(
                    Indicators.DECISION_TO_START_DAYS,
                    4,
                    "Fra afgørelse til iværksat indsats",
                    "From decision to start",
                    "afgørelse \u2192 start",
                    "decision \u2192 start"));

    private static final double HEIGHT = 300;
    private static final double TOP = 34;
    private static final double BARS = 200;
    private static final int PALETTE = 6;

    private FlowSection() {}

    /** Whether the report has the flow's step indicators (standard reports from this version on do). */
    static boolean present(Page page) {
        return STEPS.stream().skip(1).allMatch(s -> page.result(s.id()).isPresent());
    }

    static String render(Page page) {
        Lang l = page.lang();
        StringBuilder h = new StringBuilder();
        h.append("<section id=\"flow\" aria-labelledby=\"flow-h\"><h2 id=\"flow-h\">")
                .append(Html.text(l.t("Flowet gennem handletrinnene", "The flow through the handletrin")))
                .append("</h2><p class=\"lead\">")
                .append(Html.text(l.t(
                        "Hvor går sagerne hen, og hvor længe venter de mellem trinnene? Hvert trin tælles i"
                                + " rapportperioden for sig, ikke som forløb: en underretning fra december kan"
                                + " screenes i januar. Andelene er trinnets fordeling; dagene er medianen mellem to"
                                + " trin, hvor sagen registrerer forbindelsen."
                                + (page.document().previous().isPresent()
                                        ? " Den orange streg er antallet i perioden før."
                                        : ""),
                        "Where do cases go, and how long do they wait between steps? Each step is counted in the"
                                + " reporting period on its own, not as a course: a notification of December may be"
                                + " screened in January. The shares are the step's distribution; the days are the"
                                + " median between two steps, where the case records the link."
                                + (page.document().previous().isPresent()
                                        ? " The orange line is the number of the period before."
                                        : ""))))
                .append("</p><figure>")
                .append(chart(page))
                .append("</figure>")
                .append(table(page))
                .append(times(page))
                .append("</section>");
        return h.toString();
    }

    // ---- the chart ----------------------------------------------------------------------------------------------

    private static String chart(Page page) {
        Lang l = page.lang();
        double w = TimelinessSection.WIDTH;
        double slot = w / STEPS.size();
        double barW = Math.min(74, slot * 0.5);
        String title = l.t(
                "Flowet gennem handletrinnene: antal på hvert trin, fordelt på udfald",
                "The flow through the handletrin: the number at each step, by outcome");
        Svg s = new Svg("flow", w, HEIGHT, title);
        long max = 1;
        for (Step step : STEPS) {
            max = Math.max(max, total(page, step).orElse(0L));
            max = Math.max(max, previousTotal(page, step).orElse(0L));
        }
        for (int i = 0; i < STEPS.size(); i++) {
            Step step = STEPS.get(i);
            double x = i * slot + (slot - barW) / 2;
            Optional<Long> total = total(page, step);
            double height = total.isPresent() ? BARS * total.get() / (double) max : 0;
            double y = TOP + BARS - height;
            String name = l.t(step.da(), step.en());
            if (total.isEmpty()) {
                s.rect(x, TOP + BARS - 24, barW, 24, "seg seg-supp", name + ": " + page.suppressedShort());
            } else {
                List<CategoryCount> cats = categories(page, step);
                if (cats.isEmpty()) {
                    s.rect(x, y, barW, height, "seg flow-0", name + ": " + l.integer(total.get()));
                } else {
                    segments(s, page, step, cats, x, y, barW, height, total.get());
                }
            }
            s.text(
                    x + barW / 2,
                    y - 6,
                    "colval",
                    "middle",
                    total.map(l::integer).orElse(page.suppressedShort()));
            Optional<Long> before = previousTotal(page, step);
            if (before.isPresent()) {
                double py = TOP + BARS - Math.min(BARS, BARS * before.get() / (double) max);
                s.line(x - 6, py, x + barW + 6, py, "ref");
            }
            label(s, x + barW / 2, TOP + BARS + 18, name);
            if (i + 1 < STEPS.size()) {
                double next = (i + 1) * slot + (slot - barW) / 2;
                s.line(x + barW + 6, TOP + BARS - 10, next - 6, TOP + BARS - 10, "arrow");
            }
        }
        for (Gap g : GAPS) {
            Optional<Integer> median =
                    page.result(g.id()).flatMap(r -> r.overall().median());
            double cx = (g.afterStep() + 1) * slot;
            String days = median.map(d -> l.t("median " + d + " dage", "median " + d + " days"))
                    .orElse(l.t("median i.a.", "median n/a"));
            s.text(cx, TOP + BARS + 62, "sub", "middle", days);
            s.text(cx, TOP + BARS + 78, "sub", "middle", l.t(g.shortDa(), g.shortEn()));
        }
        return s.close();
    }

    private static void segments(
            Svg s,
            Page page,
            Step step,
            List<CategoryCount> cats,
            double x,
            double y,
            double barW,
            double height,
            long total) {
        Lang l = page.lang();
        double top = y;
        int colour = 0;
        long known = 0;
        for (CategoryCount c : cats) {
            colour++;
            if (c.suppression() != Suppression.NONE) {
                continue;
            }
            long n = c.count().orElse(0L);
            known += n;
            if (n == 0) {
                continue;
            }
            double segment = height * n / total;
            s.rect(
                    x,
                    top,
                    barW,
                    segment,
                    "seg flow-" + ((colour - 1) % PALETTE),
                    l.t(step.da(), step.en()) + ", " + category(l, c.key()) + ": " + l.integer(n) + " ("
                            + c.share().map(l::percent).orElse("") + ")");
            top += segment;
        }
        if (known < total) {
            s.rect(x, top, barW, height * (total - known) / total, "seg seg-supp", page.suppressedShort());
        }
    }

    private static void label(Svg s, double cx, double y, String name) {
        int space = name.indexOf(' ');
        if (space > 0 && Svg.textWidth(name, 12) > 120) {
            s.text(cx, y, "legend-text", "middle", name.substring(0, space));
            s.text(cx, y + 15, "legend-text", "middle", name.substring(space + 1));
        } else {
            s.text(cx, y, "legend-text", "middle", name);
        }
    }

    // ---- the tables ---------------------------------------------------------------------------------------------

    private static String table(Page page) {
        Lang l = page.lang();
        StringBuilder h = new StringBuilder("<table class=\"data\"><caption>")
                .append(Html.text(l.t("Trin og udfald", "Steps and outcomes")))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(Html.text(l.t("Trin", "Step")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Antal", "Number")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Andel af trinnet", "Share of the step")))
                .append("</th>");
        boolean compare = page.document().previous().isPresent();
        if (compare) {
            h.append("<th scope=\"col\" class=\"num\">")
                    .append(Html.text(l.t("Perioden før", "The period before")))
                    .append("</th>");
        }
        h.append("</tr></thead>");
        for (Step step : STEPS) {
            Optional<IndicatorDefinition> d = page.definition(step.id());
            Optional<IndicatorValue> v = page.result(step.id()).map(r -> r.overall());
            if (d.isEmpty() || v.isEmpty()) {
                continue;
            }
            h.append("<tbody><tr class=\"group\"><th scope=\"row\">")
                    .append(Html.text(l.t(step.da(), step.en())))
                    .append(page.ref(d.get()))
                    .append("</th>");
            TimelinessSection.cell(
                    h,
                    step.id() + "/all/total",
                    page.count(v.get().count(), v.get().suppression()));
            h.append("<td></td>");
            if (compare) {
                Optional<IndicatorValue> p = previous(page, step.id());
                TimelinessSection.cell(
                        h,
                        step.id() + "/previous/total",
                        p.map(x -> page.count(x.count(), x.suppression())).orElse(page.missing(Suppression.NONE)));
            }
            h.append("</tr>");
            for (CategoryCount c : categories(page, step)) {
                h.append("<tr><th scope=\"row\" class=\"sub-row\">")
                        .append(Html.text(category(l, c.key())))
                        .append("</th>");
                TimelinessSection.cell(h, step.id() + "/all/" + c.key(), page.count(c));
                TimelinessSection.cell(h, step.id() + "/all/" + c.key() + "/share", page.share(c));
                if (compare) {
                    Optional<CategoryCount> p = previous(page, step.id()).flatMap(x -> x.findCategory(c.key()));
                    TimelinessSection.cell(
                            h,
                            step.id() + "/previous/" + c.key(),
                            p.map(page::count).orElse(page.missing(Suppression.NONE)));
                }
                h.append("</tr>");
            }
            h.append("</tbody>");
        }
        return h.append("</table>").toString();
    }

    private static String times(Page page) {
        Lang l = page.lang();
        StringBuilder h = new StringBuilder("<table class=\"data\"><caption>")
                .append(Html.text(l.t("Dage mellem trinnene", "Days between the steps")))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(Html.text(l.t("Fra og til", "From and to")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Målt", "Measured")))
                .append("</th><th scope=\"col\" class=\"num\">Median</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("90 %", "90%")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Venter stadig", "Still waiting")))
                .append("</th></tr></thead><tbody>");
        for (Gap g : GAPS) {
            Optional<IndicatorDefinition> d = page.definition(g.id());
            Optional<IndicatorValue> v = page.result(g.id()).map(r -> r.overall());
            if (d.isEmpty() || v.isEmpty()) {
                continue;
            }
            IndicatorValue value = v.get();
            h.append("<tr><th scope=\"row\">")
                    .append(Html.text(l.t(g.da(), g.en())))
                    .append(page.ref(d.get()))
                    .append("</th>");
            TimelinessSection.cell(h, g.id() + "/all/count", page.count(value.count(), value.suppression()));
            TimelinessSection.cell(h, g.id() + "/all/median", days(page, value.median(), value.suppression()));
            TimelinessSection.cell(h, g.id() + "/all/p90", days(page, value.p90(), value.suppression()));
            TimelinessSection.cell(h, g.id() + "/all/censored", page.count(value.censored(), value.suppression()));
            h.append("</tr>");
        }
        return h.append("</tbody></table>").toString();
    }

    private static String days(Page page, Optional<Integer> days, Suppression why) {
        return days.map(d -> page.lang().integer(d)).orElseGet(() -> page.missing(why));
    }

    // ---- figures and names --------------------------------------------------------------------------------------

    /** A step's overall value in the period before, when the report compares with it. */
    private static Optional<IndicatorValue> previous(Page page, String id) {
        return page.document().previous().flatMap(r -> r.findIndicator(id)).map(r -> r.overall());
    }

    /** The number at a step in the period before, if known. */
    private static Optional<Long> previousTotal(Page page, Step step) {
        return previous(page, step.id())
                .filter(v -> v.suppression() == Suppression.NONE)
                .flatMap(IndicatorValue::count);
    }

    /** The number at a step: a count, a distribution's total, or the measured units of a time. */
    private static Optional<Long> total(Page page, Step step) {
        Optional<IndicatorValue> v = page.result(step.id()).map(r -> r.overall());
        if (v.isEmpty() || v.get().suppression() != Suppression.NONE) {
            return Optional.empty();
        }
        return v.get().count();
    }

    private static List<CategoryCount> categories(Page page, Step step) {
        Optional<IndicatorDefinition> d = page.definition(step.id());
        Optional<IndicatorValue> v = page.result(step.id()).map(r -> r.overall());
        if (d.isEmpty() || v.isEmpty() || d.get().kind() != IndicatorKind.DISTRIBUTION) {
            return List.of();
        }
        return new ArrayList<>(DistributionSections.ordered(d.get(), v.get()));
    }

    /** The name of a category of a step, from the model's own names. */
    static String category(Lang l, String key) {
        for (AssessmentOutcome o : AssessmentOutcome.values()) {
            if (o.name().equals(key)) {
                return l.t(o.danishName(), o.englishName());
            }
        }
        for (ScreeningOutcome o : ScreeningOutcome.values()) {
            if (o.name().equals(key)) {
                return l.t(o.danishName(), o.englishName());
            }
        }
        for (DecisionKind o : DecisionKind.values()) {
            if (o.name().equals(key)) {
                return l.t(o.danishName(), o.englishName());
            }
        }
        for (LadderStep o : LadderStep.values()) {
            if (o.name().equals(key)) {
                return l.t(o.danishName(), o.englishName());
            }
        }
        for (ClosingReason o : ClosingReason.values()) {
            if (o.name().equals(key)) {
                return l.t(o.danishName(), o.englishName());
            }
        }
        return switch (key) {
            case "NOT_ASSESSED" -> l.t("ikke vurderet", "not assessed");
            case "REFUSED" -> l.t("afslag", "refused");
            default -> key;
        };
    }
}
