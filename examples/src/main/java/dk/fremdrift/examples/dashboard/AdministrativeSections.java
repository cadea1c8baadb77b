package dk.fremdrift.examples.dashboard;

import dk.fremdrift.deadlines.DeadlineStatus;
import dk.fremdrift.examples.report.DeadlineSummary;
import dk.fremdrift.examples.report.ReviewSummary;
import dk.fremdrift.examples.report.Watchlist;
import java.util.ArrayList;
import java.util.List;

/**
 * The sections for leaders only: deadlines per duty and status, and findings of the case review per rule. Counts
 * only; never a case. The political profile's document carries neither, and {@link Dashboard} draws neither for it.
 */
final class AdministrativeSections {

    private static final double BAR_WIDTH = 220;
    private static final double BAR_HEIGHT = 16;

    /** A column of the deadline table: the statuses it adds up, and its colour class. */
    record StatusColumn(List<DeadlineStatus> statuses, String cssClass, String da, String en) {

        long count(DeadlineSummary.Row row) {
            return statuses.stream().mapToLong(row::count).sum();
        }

        String label(Lang l) {
            return l.t(da, en);
        }
    }

    /** The columns from the statuses that need action to those that need none. */
    static final List<StatusColumn> STATUS_COLUMNS = List.of(
            new StatusColumn(List.of(DeadlineStatus.OVERDUE), "st-overdue", "Overskredet", "Overdue"),
            new StatusColumn(List.of(DeadlineStatus.DUE_SOON), "st-soon", "Frist nærmer sig", "Due soon"),
            new StatusColumn(List.of(DeadlineStatus.OPEN), "st-open", "Åben", "Open"),
            new StatusColumn(List.of(DeadlineStatus.MET_LATE), "st-late", "Overholdt for sent", "Met late"),
            new StatusColumn(List.of(DeadlineStatus.MET), "st-met", "Overholdt", "Met"),
            new StatusColumn(
                    List.of(DeadlineStatus.UNDETERMINED), "st-undetermined", "Kan ikke afgøres", "Cannot tell"),
            new StatusColumn(
                    List.of(DeadlineStatus.NOT_APPLICABLE, DeadlineStatus.EXPIRED),
                    "st-na",
                    "Ikke relevant / udløbet",
                    "Not applicable / expired"));

    private AdministrativeSections() {}

    static String deadlines(Page page, DeadlineSummary summary) {
        Lang l = page.lang();
        int note = page.notes().number("deadlines", () -> deadlineNote(page));
        StringBuilder h = new StringBuilder();
        h.append("<section id=\"deadlines\" aria-labelledby=\"deadlines-h\"><h2 id=\"deadlines-h\">")
                .append(Html.text(l.t("Frister pr. pligt og status", "Deadlines per duty and status")))
                .append(page.notes().ref(note))
                .append("</h2><p class=\"lead\">")
                .append(Html.text(l.t(
                        "Alle frister i alle sager pr. "
                                + l.date(page.document().asOf())
                                + ", fra dem der kræver handling (overskredet, frist nærmer sig) til dem der er"
                                + " afsluttet. Kun antal; listen over de enkelte frister er i deadlines.jsonl.",
                        "Every deadline of every case as of "
                                + l.date(page.document().asOf())
                                + ", from those that need action (overdue, due soon) to those that are done. Counts"
                                + " only; the list of single deadlines is in deadlines.jsonl.")))
                .append("</p>");
        h.append(statusLegend(l));
        h.append("<div class=\"scroll\"><table class=\"data deadlines\"><caption>")
                .append(Html.text(l.t("Frister efter status", "Deadlines by status")))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(Html.text(l.t("Pligt", "Duty")))
                .append("</th>");
        for (StatusColumn c : STATUS_COLUMNS) {
            h.append("<th scope=\"col\" class=\"num\">")
                    .append(Html.text(c.label(l)))
                    .append("</th>");
        }
        h.append("<th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("I alt", "Total")))
                .append("</th><th scope=\"col\">")
                .append(Html.text(l.t("Fordeling", "Distribution")))
                .append("</th></tr></thead><tbody>");
        long[] totals = new long[STATUS_COLUMNS.size()];
        for (DeadlineSummary.Row row : summary.duties()) {
            String title = l.t(row.titleDa(), row.titleEn());
            h.append("<tr title=\"")
                    .append(Html.attr(title + " (" + row.legalBasis() + ")"))
                    .append("\"><th scope=\"row\">")
                    .append(Html.text(title))
                    .append("<span class=\"basis\">")
                    .append(Html.text(row.legalBasis()))
                    .append("</span></th>");
            long[] counts = new long[STATUS_COLUMNS.size()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = STATUS_COLUMNS.get(i).count(row);
                totals[i] += counts[i];
                String n = l.integer(counts[i]);
                TimelinessSection.cell(h, "deadlines/" + i, i == 0 && counts[i] > 0 ? "<strong>" + n + "</strong>" : n);
            }
            TimelinessSection.cell(h, "deadlines/total", l.integer(row.total()));
            h.append("<td>").append(statusBar(l, title, counts)).append("</td></tr>");
        }
        h.append("</tbody><tfoot><tr><th scope=\"row\">")
                .append(Html.text(l.t("I alt", "Total")))
                .append("</th>");
        long all = 0;
        for (long t : totals) {
            TimelinessSection.cell(h, "deadlines/sum", l.integer(t));
            all += t;
        }
        TimelinessSection.cell(h, "deadlines/sum", l.integer(all));
        h.append("<td></td></tr></tfoot></table></div></section>");
        return h.toString();
    }

    private static String statusLegend(Lang l) {
        StringBuilder h = new StringBuilder("<ul class=\"legend\">");
        for (StatusColumn c : STATUS_COLUMNS) {
            h.append("<li><span class=\"sw sw-")
                    .append(c.cssClass())
                    .append("\"></span>")
                    .append(Html.text(c.label(l)))
                    .append("</li>");
        }
        return h.append("</ul>").toString();
    }

    private static String statusBar(Lang l, String title, long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        Svg s = new Svg(
                "rowbar", BAR_WIDTH, BAR_HEIGHT, title + l.t(": frister efter status", ": deadlines by status"));
        if (total == 0) {
            s.rect(0, 0, BAR_WIDTH, BAR_HEIGHT, "track");
            return s.close();
        }
        double x = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            double w = BAR_WIDTH * counts[i] / total;
            StatusColumn c = STATUS_COLUMNS.get(i);
            s.rect(x, 0, w, BAR_HEIGHT, c.cssClass(), c.label(l) + ": " + l.integer(counts[i]));
            x += w;
        }
        return s.close();
    }

    private static Footnotes.Content deadlineNote(Page page) {
        Lang l = page.lang();
        return Notes.plain(
                l.t("Frister", "Deadlines"),
                l.t(
                        "Fristerne er beregnet af fristmotoren for hver sag pr. "
                                + l.date(page.document().asOf())
                                + " efter den regel, der gjaldt på datoen for det, der udløste fristen (serviceloven"
                                + " til og med 2023, barnets lov fra 2024). Overskredet: ikke overholdt, og fristen er"
                                + " passeret. Frist nærmer sig: ikke overholdt og inden for reglens varselsperiode."
                                + " Åben: ikke overholdt, fristen er ikke nær. Overholdt for sent: skridtet kom efter"
                                + " fristen. Ikke relevant: fristen gælder ikke alligevel (fx sagen blev lukket eller"
                                + " indsatsen sluttede først). Udløbet: en parts frist løb ud uden hændelsen (fx ingen"
                                + " klage); ikke et brud.",
                        "The deadlines are computed by the deadline engine for each case as of "
                                + l.date(page.document().asOf())
                                + " by the rule in force on the date of the trigger (serviceloven up to 2023, the"
                                + " Children's Act from 2024). Overdue: not met and past due. Due soon: not met and"
                                + " within the rule's warning window. Open: not met, not yet near. Met late: the step"
                                + " came after the deadline. Not applicable: the deadline does not apply after all"
                                + " (the case was closed or the intervention ended first, say). Expired: a party's"
                                + " period passed without the event (no complaint, say); not a breach."));
    }

    // ---- review ----------------------------------------------------------------------------------------------------

    static String review(Page page, ReviewSummary summary) {
        Lang l = page.lang();
        int note = page.notes().number("review", () -> reviewNote(page));
        long maxOpen = 1;
        for (ReviewSummary.Row r : summary.rules()) {
            maxOpen = Math.max(maxOpen, r.open() + r.accepted());
        }
        StringBuilder h = new StringBuilder();
        h.append("<section id=\"review\" aria-labelledby=\"review-h\"><h2 id=\"review-h\">")
                .append(Html.text(l.t("Sagsgennemgang: fund pr. regel", "Case review: findings per rule")))
                .append(page.notes().ref(note))
                .append("</h2><p class=\"lead\">")
                .append(Html.text(l.t(
                        l.integer(summary.casesWithErrors()) + " af " + l.integer(summary.casesReviewed())
                                + " gennemgåede sager har mindst én fejl. Fejl: et lovkrav er brudt; advarsel: god"
                                + " praksis mangler; til afklaring: kræver en registreret begrundelse (accepteret, når"
                                + " den findes).",
                        l.integer(summary.casesWithErrors()) + " of " + l.integer(summary.casesReviewed())
                                + " cases reviewed have at least one error. Error: a legal requirement is broken;"
                                + " warning: good practice is missing; query: needs a recorded justification"
                                + " (accepted when there is one).")))
                .append("</p>");
        if (summary.rules().isEmpty()) {
            h.append("<p>")
                    .append(Html.text(l.t("Ingen fund.", "No findings.")))
                    .append("</p></section>");
            return h.toString();
        }
        h.append("<div class=\"scroll\"><table class=\"data\"><caption>")
                .append(Html.text(l.t("Fund efter regel", "Findings by rule")))
                .append("</caption><thead><tr>");
        List<String[]> heads = new ArrayList<>();
        heads.add(new String[] {l.t("Regel", "Rule"), ""});
        heads.add(new String[] {l.t("Alvor", "Severity"), ""});
        heads.add(new String[] {l.t("Åbne", "Open"), "num"});
        heads.add(new String[] {l.t("Accepterede", "Accepted"), "num"});
        heads.add(new String[] {l.t("Fordeling", "Distribution"), ""});
        for (String[] c : heads) {
            h.append("<th scope=\"col\"")
                    .append(c[1].isEmpty() ? "" : " class=\"num\"")
                    .append('>')
                    .append(Html.text(c[0]))
                    .append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (ReviewSummary.Row r : summary.rules()) {
            String title = l.t(r.titleDa(), r.titleEn());
            h.append("<tr title=\"")
                    .append(Html.attr(r.code() + ": " + title + " (" + r.legalBasis() + ")"))
                    .append("\"><th scope=\"row\">")
                    .append(Html.text(title))
                    .append("<span class=\"basis\"><code>")
                    .append(Html.text(r.code()))
                    .append("</code> \u00b7 ")
                    .append(Html.text(r.legalBasis()))
                    .append("</span></th><td><span class=\"sev sev-")
                    .append(r.severity().name())
                    .append("\">")
                    .append(Html.text(
                            l.t(r.severity().danishName(), r.severity().englishName())))
                    .append("</span></td>");
            TimelinessSection.cell(h, "review/" + r.code() + "/open", l.integer(r.open()));
            TimelinessSection.cell(h, "review/" + r.code() + "/accepted", l.integer(r.accepted()));
            h.append("<td>").append(reviewBar(l, title, r, maxOpen)).append("</td></tr>");
        }
        return h.append("</tbody></table></div></section>").toString();
    }

    private static String reviewBar(Lang l, String title, ReviewSummary.Row r, long max) {
        Svg s = new Svg(
                "rowbar",
                BAR_WIDTH,
                BAR_HEIGHT,
                title + l.t(": åbne og accepterede fund", ": open and accepted findings"));
        double open = BAR_WIDTH * r.open() / max;
        double accepted = BAR_WIDTH * r.accepted() / max;
        String css = "sevbar-" + r.severity().name();
        s.rect(0, 0, open, BAR_HEIGHT, css, l.t("Åbne: ", "Open: ") + l.integer(r.open()));
        if (r.accepted() > 0) {
            s.rect(
                    open,
                    0,
                    accepted,
                    BAR_HEIGHT,
                    "accepted",
                    l.t("Accepterede: ", "Accepted: ") + l.integer(r.accepted()));
        }
        return s.close();
    }

    private static Footnotes.Content reviewNote(Page page) {
        Lang l = page.lang();
        return Notes.plain(
                l.t("Sagsgennemgang", "Case review"),
                l.t(
                        "Den automatiske sagsgennemgang tjekker hver sag mod loven, der gjaldt på datoen for hver"
                                + " hændelse. Et fund til afklaring, som sagen har en registreret begrundelse for, er"
                                + " accepteret og vises stadig af hensyn til revision. Tidsfund kommer fra fristmotoren,"
                                + " så de to er altid enige. Kun antal; de enkelte fund er i findings.jsonl.",
                        "The automated case review checks each case against the law in force on the date of each"
                                + " event. A query the case has a recorded justification for is accepted, and still"
                                + " shown for audit. Timeliness findings come from the deadline engine, so the two"
                                + " always agree. Counts only; the single findings are in findings.jsonl."));
    }

    /**
     * The cases a leader goes through, by case key: the long courses without measured progress and the decisions on
     * support after 18 due within 6 months. The only section that names cases; never in the political profile.
     */
    static String watchlist(Page page, Watchlist list) {
        Lang l = page.lang();
        StringBuilder h = new StringBuilder();
        h.append("<section id=\"watchlist\" aria-labelledby=\"watchlist-h\"><h2 id=\"watchlist-h\">")
                .append(Html.text(l.t("Sager til ledelsens gennemgang", "Cases for the leaders to go through")))
                .append("</h2><p class=\"lead\">")
                .append(Html.text(l.t(
                        "Sagerne bag to af tallene, med sagsnummer: lange forløb uden målt fremgang, og unge, hvis"
                                + " afgørelse om støtte efter 18 år skal træffes inden for "
                                + Watchlist.HANDOVER_MONTHS_AHEAD
                                + " måneder (barnets lov § 111: senest et halvt år før 18-årsdagen). Kun i den"
                                + " administrative udgave.",
                        "The cases behind two of the figures, by case key: long courses without measured progress,"
                                + " and young people whose decision on support after 18 is due within "
                                + Watchlist.HANDOVER_MONTHS_AHEAD + " months (barnets lov § 111: no later than"
                                + " half a year before the 18th birthday). In the administrative edition only.")))
                .append("</p>");
        h.append("<div class=\"split\"><table class=\"data\"><caption>")
                .append(Html.text(l.t(
                        "Lange forløb uden målt fremgang ("
                                + l.integer(list.longCourses().size()) + ")",
                        "Long courses without measured progress ("
                                + l.integer(list.longCourses().size()) + ")")))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(Html.text(l.t("Sag", "Case")))
                .append("</th><th scope=\"col\">")
                .append(Html.text(l.t("Indsats siden", "Intervention since")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Mål i planen", "Goals in the plan")))
                .append("</th></tr></thead><tbody>");
        for (Watchlist.LongCourseRow r : list.longCourses()) {
            h.append("<tr><th scope=\"row\">")
                    .append(Html.text(r.caseId()))
                    .append("</th><td>")
                    .append(Html.text(l.date(r.since())))
                    .append("</td><td class=\"num\">")
                    .append(l.integer(r.goals()))
                    .append("</td></tr>");
        }
        if (list.longCourses().isEmpty()) {
            h.append("<tr><td colspan=\"3\">")
                    .append(Html.text(l.t("Ingen.", "None.")))
                    .append("</td></tr>");
        }
        h.append("</tbody></table><table class=\"data\"><caption>")
                .append(Html.text(l.t(
                        "Afgørelse om støtte efter 18 år inden for " + Watchlist.HANDOVER_MONTHS_AHEAD + " måneder ("
                                + l.integer(list.handovers().size()) + ")",
                        "Decision on support after 18 within " + Watchlist.HANDOVER_MONTHS_AHEAD + " months ("
                                + l.integer(list.handovers().size()) + ")")))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(Html.text(l.t("Sag", "Case")))
                .append("</th><th scope=\"col\">")
                .append(Html.text(l.t("Frist", "Due")))
                .append("</th><th scope=\"col\">")
                .append(Html.text(l.t("Status", "Status")))
                .append("</th></tr></thead><tbody>");
        for (Watchlist.HandoverRow r : list.handovers()) {
            h.append("<tr><th scope=\"row\">")
                    .append(Html.text(r.caseId()))
                    .append("</th><td>")
                    .append(Html.text(l.date(r.due())))
                    .append("</td><td>")
                    .append(Html.text(l.t(r.status().danishName(), r.status().englishName())))
                    .append("</td></tr>");
        }
        if (list.handovers().isEmpty()) {
            h.append("<tr><td colspan=\"3\">")
                    .append(Html.text(l.t("Ingen.", "None.")))
                    .append("</td></tr>");
        }
        return h.append("</tbody></table></div></section>").toString();
    }
}
