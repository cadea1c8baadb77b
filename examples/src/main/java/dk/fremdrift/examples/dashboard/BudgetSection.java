package dk.fremdrift.examples.dashboard;

import dk.fremdrift.metrics.Breakdown;
import dk.fremdrift.metrics.BudgetLine;
import dk.fremdrift.metrics.BudgetReport;
import dk.fremdrift.metrics.CategoryCount;
import dk.fremdrift.metrics.Dimension;
import dk.fremdrift.metrics.IndicatorValue;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.Suppression;
import dk.fremdrift.model.InterventionKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The budget commitment (dispositionsregnskab): spent to date and committed for the rest of the year against the
 * budget, by intervention kind, with the projected over- or underspend.
 */
final class BudgetSection {

    private static final double TRACK = 640;
    private static final double ROW = 66;
    private static final double TOP = 30;

    private BudgetSection() {}

    static String render(Page page, BudgetReport b) {
        Lang l = page.lang();
        int note = page.notes().number("budget", () -> note(page, b));
        BudgetLine total = b.total();
        List<BudgetLine> rows = b.byKind().isEmpty() ? List.of(total) : b.byKind();
        StringBuilder h = new StringBuilder();
        h.append("<section id=\"budget\" aria-labelledby=\"budget-h\"><h2 id=\"budget-h\">")
                .append(Html.text(
                        l.t("Økonomi: forbrug og disponeret mod budget", "Budget: spent and committed against budget")))
                .append(page.notes().ref(note))
                .append("</h2><p class=\"lead\">")
                .append(Html.text(l.t(
                        "Budgetår " + b.budgetYear().year() + ", opgjort pr. "
                                + l.date(b.budgetYear().asOf())
                                + ". Forbrugt er udgiften til og med den dag; disponeret er udgiften resten af året til"
                                + " de indsatser, der løber. Forventet = forbrugt + disponeret.",
                        "Budget year " + b.budgetYear().year() + ", as of "
                                + l.date(b.budgetYear().asOf())
                                + ". Spent is the cost up to and including that day; committed is the cost for the"
                                + " rest of the year of the interventions that run. Projected = spent + committed.")))
                .append("</p>");
        h.append("<dl class=\"keys\">");
        key(h, l.t("Forventet forbrug", "Projected cost"), l.kroner(total.projected()), "budget/total/projected");
        key(
                h,
                l.t("Budget", "Budget"),
                total.budget().map(l::kroner).orElse(l.t("ikke angivet", "not given")),
                "budget/total/budget");
        total.overspend()
                .ifPresent(o -> key(
                        h,
                        o.signum() > 0
                                ? l.t("Forventet merforbrug", "Projected overspend")
                                : l.t("Forventet mindreforbrug", "Projected underspend"),
                        l.kroner(o.abs()),
                        "budget/total/overspend"));
        h.append("</dl>");
        h.append("<figure title=\"")
                .append(Html.attr(page.notes().hover(note)))
                .append("\">")
                .append(chart(page, rows, page.notes().hover(note)))
                .append("<figcaption><ul class=\"legend\"><li><span class=\"sw sw-spent\"></span>")
                .append(Html.text(l.t("Forbrugt", "Spent")))
                .append("</li><li><span class=\"sw sw-committed\"></span>")
                .append(Html.text(l.t("Disponeret resten af året", "Committed for the rest of the year")))
                .append("</li><li><span class=\"sw sw-budget\"></span>")
                .append(Html.text(l.t("Budget", "Budget")))
                .append("</li></ul></figcaption></figure>");
        h.append(table(page, b));
        unpriced(page, b)
                .ifPresent(
                        t -> h.append("<p class=\"note\">").append(Html.text(t)).append("</p>"));
        return h.append("</section>").toString();
    }

    private static void key(StringBuilder h, String name, String value, String cell) {
        h.append("<div><dt>")
                .append(Html.text(name))
                .append("</dt><dd data-cell=\"")
                .append(cell)
                .append("\">")
                .append(Html.text(value))
                .append("</dd></div>");
    }

    private static String label(Lang l, BudgetLine line) {
        return line.kind()
                .map(k -> capitalise(l.isDanish() ? k.danishName() : k.englishName()))
                .orElse(l.t("I alt", "Total"));
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String chart(Page page, List<BudgetLine> rows, String definition) {
        Lang l = page.lang();
        double max = 1;
        for (BudgetLine r : rows) {
            max = Math.max(max, r.projected().doubleValue());
            max = Math.max(max, r.budget().map(BigDecimal::doubleValue).orElse(0.0));
        }
        long step = Columns.niceStep((long) Math.ceil(max));
        long ticks = Math.max(1, (long) Math.ceil(max / step));
        double scale = (double) step * ticks;
        double height = TOP + ROW * rows.size() + 4;
        String title = l.t(
                "Forbrugt og disponeret mod budget pr. indsatstype",
                "Spent and committed against budget by intervention kind");
        Svg s = new Svg("budget", TimelinessSection.WIDTH, height, title, title + "\n\n" + definition);
        for (long t = 0; t <= ticks; t++) {
            double x = TRACK * t / ticks;
            String anchor = t == 0 ? "start" : t == ticks ? "end" : "middle";
            s.text(x, TOP - 12, "axis", anchor, t == 0 ? "0" : l.amount(BigDecimal.valueOf(step * t)));
            if (t > 0) {
                s.line(x, TOP - 6, x, height - 4, "grid");
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            BudgetLine r = rows.get(i);
            double y = TOP + i * ROW;
            String name = label(l, r);
            String hover = name + ": " + l.t("forbrugt ", "spent ") + l.kroner(r.spent())
                    + l.t(", disponeret ", ", committed ") + l.kroner(r.committed())
                    + l.t(", forventet ", ", projected ") + l.kroner(r.projected())
                    + r.budget()
                            .map(bu -> l.t(", budget ", ", budget ") + l.kroner(bu))
                            .orElse("");
            s.group("budget-row", hover);
            s.text(
                    0,
                    y + 14,
                    "lbl",
                    "start",
                    name + " (" + l.integer(r.interventions()) + l.t(" indsatser)", " interventions)"));
            double spent = TRACK * r.spent().doubleValue() / scale;
            double committed = TRACK * r.committed().doubleValue() / scale;
            s.rect(0, y + 22, TRACK, 20, "track");
            s.rect(0, y + 22, spent, 20, "spent");
            s.rect(spent, y + 22, committed, 20, "committed");
            r.budget().ifPresent(bu -> {
                double x = TRACK * bu.doubleValue() / scale;
                s.line(x, y + 18, x, y + 46, "budget-mark");
            });
            s.text(TRACK + 24, y + 37, "val-small", "start", l.amount(r.projected()));
            s.text(TRACK + 24, y + 55, "sub", "start", overspendText(l, r));
            s.end();
        }
        return s.close();
    }

    private static String overspendText(Lang l, BudgetLine r) {
        if (r.overspend().isEmpty()) {
            return l.t("intet budget angivet", "no budget given");
        }
        BigDecimal o = r.overspend().get();
        if (o.signum() > 0) {
            return l.t("merforbrug ", "overspend ") + l.amount(o);
        }
        if (o.signum() < 0) {
            return l.t("mindreforbrug ", "underspend ") + l.amount(o.abs());
        }
        return l.t("svarer til budgettet", "on budget");
    }

    private static String table(Page page, BudgetReport b) {
        Lang l = page.lang();
        StringBuilder h = new StringBuilder("<table class=\"data\"><caption>");
        h.append(Html.text(l.t("Dispositionsregnskab (kr.)", "Budget commitment (DKK)")))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(Html.text(l.t("Indsatstype", "Intervention kind")))
                .append("</th>");
        for (String c : List.of(
                l.t("Indsatser", "Interventions"),
                l.t("Forbrugt", "Spent"),
                l.t("Disponeret", "Committed"),
                l.t("Forventet", "Projected"),
                l.t("Budget", "Budget"),
                l.t("Mer-/mindreforbrug", "Over-/underspend"),
                l.t("Pr. barneår", "Per child-year"))) {
            h.append("<th scope=\"col\" class=\"num\">").append(Html.text(c)).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (BudgetLine r : b.byKind()) {
            row(h, l, r);
        }
        h.append("</tbody><tfoot>");
        row(h, l, b.total());
        h.append("</tfoot></table>");
        if (!b.byLadderStep().isEmpty()) {
            h.append(ladder(l, b));
        }
        h.append(perGoalAchieved(page, b));
        return h.toString();
    }

    /**
     * The projected cost of each intervention kind in the budget year over the goals achieved, at asOf, in the open
     * cases' plans that name an intervention of the kind ({@code GOAL_STATUS_BY_INTERVENTION}); empty without the
     * kinds' lines or that indicator. It describes and does not prove: the year's cost and goals reached over a longer
     * course are set side by side, a goal shared by kinds counts for each, and a goal may be reached for other reasons.
     */
    private static String perGoalAchieved(Page page, BudgetReport b) {
        Lang l = page.lang();
        Optional<Breakdown> goals = page.result(Indicators.GOAL_STATUS_BY_INTERVENTION)
                .flatMap(r -> r.findBreakdown(Dimension.INTERVENTION_KIND));
        if (b.byKind().isEmpty() || goals.isEmpty()) {
            return "";
        }
        StringBuilder h = new StringBuilder(Html.tableHead(
                l.t(
                        "Forventet udgift i budgetåret pr. opnået mål (kr.). Beskriver, beviser ikke: årets udgift står"
                                + " over for mål nået over et længere forløb, et mål med flere typer indsats tælles for"
                                + " hver, og et mål kan nås af andre grunde.",
                        "Projected cost in the budget year per goal achieved (DKK). It describes and does not prove:"
                                + " the year's cost is set against goals reached over a longer course, a goal with"
                                + " several kinds of intervention counts for each, and a goal may be reached for other"
                                + " reasons."),
                l.t("Indsatstype", "Intervention kind"),
                List.of(
                        l.t("Forventet", "Projected"),
                        l.t("Mål", "Goals"),
                        l.t("Opnået", "Achieved"),
                        l.t("Pr. opnået mål", "Per goal achieved"))));
        for (BudgetLine r : b.byKind()) {
            if (r.kind().isEmpty()) {
                continue;
            }
            String kind = r.kind().get().name();
            Optional<IndicatorValue> cell = goals.get().cells().stream()
                    .filter(v -> v.key().equals(kind))
                    .findFirst();
            String key = "budget/perGoal/" + kind;
            h.append("<tr><th scope=\"row\">").append(Html.text(label(l, r))).append("</th>");
            TimelinessSection.cell(h, key + "/projected", l.kronerNumber(r.projected()));
            Optional<Long> total = cell.flatMap(BudgetSection::total);
            Optional<Long> achieved = cell.flatMap(v -> v.findCategory("ACHIEVED"))
                    .filter(c -> c.suppression() == Suppression.NONE)
                    .flatMap(CategoryCount::count);
            Suppression why = cell.map(IndicatorValue::suppression).orElse(Suppression.NONE);
            TimelinessSection.cell(h, key + "/goals", total.map(l::integer).orElseGet(() -> page.missing(why)));
            TimelinessSection.cell(
                    h, key + "/achieved", achieved.map(l::integer).orElseGet(() -> page.missing(why)));
            TimelinessSection.cell(
                    h,
                    key + "/perGoal",
                    achieved.filter(n -> n > 0)
                            .map(n -> l.kronerNumber(
                                    r.projected().divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_EVEN)))
                            .orElse("<span class=\"na\">\u00b7</span>"));
            h.append("</tr>");
        }
        return h.append("</tbody></table>").toString();
    }

    /** The goals behind a cell, if no category of it is withheld. */
    private static Optional<Long> total(IndicatorValue v) {
        long n = 0;
        for (CategoryCount c : v.categories()) {
            if (c.suppression() != Suppression.NONE || c.count().isEmpty()) {
                return Optional.empty();
            }
            n += c.count().get();
        }
        return Optional.of(n);
    }

    /**
     * The cost by step of the intervention ladder: the projected cost, the child-years it buys (the days the
     * interventions run, over 365) and the cost of one child-year. It describes what the practice costs, not what it
     * achieves.
     */
    private static String ladder(Lang l, BudgetReport b) {
        StringBuilder h = new StringBuilder(Html.tableHead(
                l.t(
                        "Efter trin på indsatstrappen (kr.). Prisen pr. barneår beskriver, hvad praksis koster, ikke hvad"
                                + " den opnår.",
                        "By step of the intervention ladder (DKK). The cost per child-year describes what the practice"
                                + " costs, not what it achieves."),
                l.t("Trin", "Step"),
                List.of(
                        l.t("Indsatser", "Interventions"),
                        l.t("Forventet", "Projected"),
                        l.t("Barneår", "Child-years"),
                        l.t("Pr. barneår", "Per child-year"))));
        b.byLadderStep().forEach((step, r) -> {
            String key = "budget/ladder/" + step.name();
            h.append("<tr><th scope=\"row\">")
                    .append(Html.text(l.t(step.danishName(), step.englishName())))
                    .append("</th>");
            TimelinessSection.cell(h, key + "/interventions", l.integer(r.interventions()));
            TimelinessSection.cell(h, key + "/projected", l.kronerNumber(r.projected()));
            TimelinessSection.cell(h, key + "/childYears", l.decimal(r.interventionDays() / 365.0, 1));
            TimelinessSection.cell(h, key + "/perChildYear", perChildYear(l, r));
            h.append("</tr>");
        });
        return h.append("</tbody></table>").toString();
    }

    private static String perChildYear(Lang l, BudgetLine r) {
        return r.perChildYear().map(l::kronerNumber).orElse("<span class=\"na\">\u00b7</span>");
    }

    private static void row(StringBuilder h, Lang l, BudgetLine r) {
        String key = "budget/" + r.kind().map(InterventionKind::name).orElse("total");
        h.append("<tr><th scope=\"row\">").append(Html.text(label(l, r))).append("</th>");
        TimelinessSection.cell(h, key + "/interventions", l.integer(r.interventions()));
        TimelinessSection.cell(h, key + "/spent", l.kronerNumber(r.spent()));
        TimelinessSection.cell(h, key + "/committed", l.kronerNumber(r.committed()));
        TimelinessSection.cell(h, key + "/projected", l.kronerNumber(r.projected()));
        TimelinessSection.cell(
                h, key + "/budget", r.budget().map(l::kronerNumber).orElse("<span class=\"na\">\u00b7</span>"));
        TimelinessSection.cell(
                h,
                key + "/overspend",
                r.overspend()
                        .map(o -> "<span class=\"" + (o.signum() > 0 ? "over" : "under") + "\">"
                                + (o.signum() > 0 ? "+" : "") + l.kronerNumber(o) + "</span>")
                        .orElse("<span class=\"na\">\u00b7</span>"));
        TimelinessSection.cell(h, key + "/perChildYear", perChildYear(l, r));
        h.append("</tr>");
    }

    private static Optional<String> unpriced(Page page, BudgetReport b) {
        Lang l = page.lang();
        long n = b.unpricedCount();
        if (n == 0) {
            return Optional.empty();
        }
        if (page.political() && n < page.report().profile().suppressionThreshold()) {
            return Optional.of(l.t(
                    "Enkelte indsatser uden pris indgår ikke i beløbene.",
                    "A few interventions without a price are not in the amounts."));
        }
        StringBuilder t = new StringBuilder(l.integer(n))
                .append(l.t(
                        " indsatser uden pris indgår ikke i beløbene",
                        " interventions without a price are not in the amounts"));
        if (!page.political()) {
            t.append(" (");
            boolean first = true;
            for (Map.Entry<InterventionKind, Long> e : b.unpricedByKind().entrySet()) {
                t.append(first ? "" : ", ")
                        .append(
                                l.isDanish()
                                        ? e.getKey().danishName()
                                        : e.getKey().englishName())
                        .append(": ")
                        .append(l.integer(e.getValue()));
                first = false;
            }
            t.append(')');
        }
        return Optional.of(t.append('.').toString());
    }

    private static Footnotes.Content note(Page page, BudgetReport b) {
        Lang l = page.lang();
        return Notes.plain(
                l.t("Dispositionsregnskab", "Budget commitment"),
                l.t(
                        "Udgiften til prissatte indsatser i budgetåret "
                                + b.budgetYear().year()
                                + ". Dagspriser ganges med dagene (første og sidste dag med), månedspriser fordeles"
                                + " efter dage i måneden, engangsbeløb tælles på startdatoen. Forbrugt: 1. januar til"
                                + " og med " + l.date(b.budgetYear().asOf()) + "; disponeret: dagen efter til 31."
                                + " december eller indsatsens slut. Forventet = forbrugt + disponeret; mer-/mindreforbrug"
                                + " = forventet minus budget. Beløb er afrundet til hele kroner i visningen. Indsatser"
                                + " uden pris indgår ikke, men tælles for sig.",
                        "The cost of priced interventions in the budget year "
                                + b.budgetYear().year()
                                + ". Daily prices times the days (first and last day included), monthly prices spread"
                                + " by days in the month, one-off amounts on the start date. Spent: 1 January up to"
                                + " and including " + l.date(b.budgetYear().asOf()) + "; committed: the day after to"
                                + " 31 December or the intervention's end. Projected = spent + committed;"
                                + " over-/underspend = projected minus budget. Amounts are shown in whole kroner."
                                + " Interventions without a price are not in the amounts but counted apart."));
    }
}
