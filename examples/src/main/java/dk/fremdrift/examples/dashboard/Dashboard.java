package dk.fremdrift.examples.dashboard;

import dk.fremdrift.examples.report.ReportDocument;
import dk.fremdrift.metrics.MetricsReport;
import dk.fremdrift.metrics.Suppression;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders a report as one self-contained HTML page (index.html): the management information as inline SVG charts
 * with the numbers beside them in tables, every indicator's definition on hover and in numbered notes, in Danish or
 * English.
 *
 * <p>The page needs no network: no web fonts, no images, no scripts or styles from elsewhere, and a content
 * security policy that forbids loading anything. It reads the same without its few lines of script (which add a
 * button to hide the notes and one to print), and prints with the notes at the end.
 *
 * <p>It shows aggregates only, as the document holds them: no CPR number, name or case id. The administrative
 * profile adds deadlines per duty and findings per review rule; the political profile shows neither, and every
 * number the metrics report marks as suppressed is shown as a dash with a note, never as a number.
 *
 * <pre>{@code
 * String html = Dashboard.render(document, Locale.forLanguageTag("da"));
 * Files.writeString(out.resolve("index.html"), html, StandardCharsets.UTF_8);
 * }</pre>
 */
public final class Dashboard {

    private static final String CSS = resource("dashboard.css");
    private static final String SCRIPT = resource("dashboard.js");

    /** Records a script error on the page, so a test in a browser sees it; runs before anything else. */
    private static final String ERROR_HOOK =
            "window.onerror=function(m){document.documentElement" + ".setAttribute('data-error',String(m));};";

    private Dashboard() {}

    /**
     * Renders a report.
     *
     * @param document the report of a run
     * @param locale Danish for a locale whose language is {@code da}, English otherwise
     * @return the HTML page, in UTF-8 when written
     * @throws NullPointerException if an argument is null
     */
    public static String render(ReportDocument document, Locale locale) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(locale, "locale");
        Lang l = Lang.of(locale);
        Page page = new Page(document, l);
        MetricsReport report = document.metrics();

        String header = header(page);
        List<String[]> toc = new ArrayList<>();
        StringBuilder main = new StringBuilder();
        if (document.serviceLevel().isPresent()) {
            main.append(
                    ServiceLevelSections.render(page, document.serviceLevel().get()));
            toc.add(new String[] {"service-level", l.t("Serviceniveau", "Service level")});
        }
        if (document.benchmark().isPresent()) {
            main.append(BenchmarkSections.render(page, document.benchmark().get()));
            toc.add(new String[] {"benchmark", l.t("Sammenligning", "Benchmark")});
        }
        // The three themes of "Myndighed med momentum", then the economy; each opens with its question for leaders.
        Theme momentum = new Theme(
                "theme-momentum",
                l.t("Momentum i sagsbehandlingen", "Momentum in casework"),
                l.t(
                        "Kommer børnene hurtigt og sikkert gennem handletrinnene, eller går sagerne i stå?",
                        "Do children move through the steps quickly and safely, or do cases stall?"));
        List<TimelinessSection.Step> steps = TimelinessSection.steps(page);
        if (!steps.isEmpty()) {
            momentum.add(TimelinessSection.render(page, steps), "timeliness", l.t("Rettidighed", "Timeliness"));
        }
        List<TimelinessSection.Step> series = TimelinessSection.withSeries(steps);
        if (!series.isEmpty()) {
            momentum.add(TimelinessSection.trends(page, series), "trends", l.t("Udvikling", "Trends"));
        }
        if (FlowSection.present(page)) {
            momentum.add(FlowSection.render(page), "flow", l.t("Flow", "Flow"));
        }
        if (DistributionSections.present(page, DistributionSections.OPEN_INVESTIGATIONS_BY_AGE)
                .isPresent()) {
            momentum.add(
                    DistributionSections.investigations(page),
                    "investigations",
                    l.t("Igangværende undersøgelser", "Open investigations"));
        }
        momentum.theme(page, "sorting");
        momentum.theme(page, "stalled");
        momentum.appendTo(main, toc);

        Theme leadership = new Theme(
                "theme-leadership",
                l.t("Vedholdende faglig ledelse", "Persistent professional leadership"),
                l.t(
                        "Har lederne overblik over sagerne, og har medarbejderne tid og kontinuitet til at følge"
                                + " dem?",
                        "Do leaders have an overview of the cases, and do caseworkers have the time and continuity"
                                + " to follow them?"));
        leadership.theme(page, "leadership");
        if (DistributionSections.present(page, DistributionSections.CASELOAD_DISTRIBUTION)
                .isPresent()) {
            leadership.add(DistributionSections.caseload(page), "caseload", l.t("Sagstal", "Caseload"));
        }
        leadership.theme(page, "continuity");
        leadership.theme(page, "appeals");
        if (AppealsByKindSection.present(page)) {
            leadership.add(
                    AppealsByKindSection.render(page),
                    "appeals-by-kind",
                    l.t("Omgørelser efter art", "Reversals by kind"));
        }
        if (!page.political()) {
            if (document.deadlines().isPresent()) {
                leadership.add(
                        AdministrativeSections.deadlines(
                                page, document.deadlines().get()),
                        "deadlines",
                        l.t("Frister", "Deadlines"));
            }
            if (document.review().isPresent()) {
                leadership.add(
                        AdministrativeSections.review(page, document.review().get()),
                        "review",
                        l.t("Sagsgennemgang", "Case review"));
            }
            if (document.watchlist().isPresent()) {
                leadership.add(
                        AdministrativeSections.watchlist(
                                page, document.watchlist().get()),
                        "watchlist",
                        l.t("Sager til gennemgang", "Cases to go through"));
            }
        }
        leadership.appendTo(main, toc);

        Theme specialisation = new Theme(
                "theme-specialisation",
                l.t("Specialisering med omtanke", "Specialisation with thought"),
                l.t(
                        "Får hvert barn den indsats, der virker for netop det barn, og bliver de unge ført sikkert over"
                                + " i voksenlivet?",
                        "Does each child get the intervention that works for that child, and are young people"
                                + " handed safely over to adult life?"));
        if (DistributionSections.present(page, DistributionSections.GOAL_STATUS).isPresent()) {
            specialisation.add(DistributionSections.goals(page), "goals", l.t("Målopfyldelse", "Goals"));
        }
        specialisation.theme(page, "match");
        if (ConcernMatrixSection.present(page)) {
            specialisation.add(
                    ConcernMatrixSection.render(page),
                    "concern-matrix",
                    l.t("Indsatser for bekymringer", "Interventions for concerns"));
        }
        specialisation.theme(page, "effect");
        if (GoalsByStepSection.present(page)) {
            specialisation.add(
                    GoalsByStepSection.render(page), "goals-by-step", l.t("Mål efter trin", "Goals by step"));
        }
        specialisation.theme(page, "handover");
        specialisation.appendTo(main, toc);

        Theme economy = new Theme(
                "theme-economy",
                l.t("Økonomi", "Economy"),
                l.t(
                        "Hvad koster vores praksis, og holder den sig inden for budgettet?",
                        "What does our practice cost, and does it stay within the budget?"));
        if (report.budget().isPresent()) {
            economy.add(BudgetSection.render(page, report.budget().get()), "budget", l.t("Budget", "Budget"));
        }
        economy.appendTo(main, toc);

        List<dk.fremdrift.metrics.IndicatorDefinition> own = OwnSections.present(page);
        if (!own.isEmpty()) {
            main.append(OwnSections.render(page, own));
            toc.add(new String[] {"own", l.t("Egne nøgletal", "Own indicators")});
        }
        main.append(IndicatorTable.render(page));
        toc.add(new String[] {"indicators", l.t("Alle nøgletal", "All indicators")});
        main.append(notes(page));
        toc.add(new String[] {"notes", l.t("Definitioner", "Definitions")});

        StringBuilder h = new StringBuilder(main.length() + CSS.length() + 4096);
        h.append("<!DOCTYPE html>\n<html lang=\"")
                .append(l.code())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
                .append(hash(CSS))
                .append("'; script-src '")
                .append(hash(ERROR_HOOK))
                .append("' '")
                .append(hash(SCRIPT))
                .append("'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"generator\" content=\"Fremdrift\">\n<title>")
                .append(Html.text(title(page)))
                .append("</title>\n<style>")
                .append(CSS)
                .append("</style>\n<script>")
                .append(ERROR_HOOK)
                .append("</script>\n</head>\n<body class=\"")
                .append(page.political() ? "political" : "administrative")
                .append("\">\n<a class=\"skip\" href=\"#main\">")
                .append(Html.text(l.t("Spring til indholdet", "Skip to the content")))
                .append("</a>\n")
                .append(header)
                .append("<nav aria-label=\"")
                .append(Html.attr(l.t("Indhold", "Contents")))
                .append("\"><ul>");
        for (String[] t : toc) {
            h.append("<li><a href=\"#")
                    .append(t[0])
                    .append("\">")
                    .append(Html.text(t[1]))
                    .append("</a></li>");
        }
        h.append("</ul></nav>\n<main id=\"main\">\n")
                .append(main)
                .append("\n</main>\n<footer><p>")
                .append(Html.text(l.t(
                        page.document().watchlist().isPresent() && !page.political()
                                ? "Lavet med Fremdrift. Siden viser samlede tal, ingen CPR-numre eller navne; kun listen"
                                        + " over sager til gennemgang nævner sagsnumre, for lederne. Den virker uden"
                                        + " netværk og kan udskrives med noterne til sidst."
                                : "Lavet med Fremdrift. Siden viser kun samlede tal: ingen CPR-numre, navne eller"
                                        + " sagsnumre. Den virker uden netværk og kan udskrives med noterne til sidst.",
                        page.document().watchlist().isPresent() && !page.political()
                                ? "Made with Fremdrift. The page shows aggregates, no CPR numbers or names; only the"
                                        + " list of cases to go through names case ids, for the leaders. It works"
                                        + " without a network and prints with the notes at the end."
                                : "Made with Fremdrift. The page shows aggregates only: no CPR numbers, names or case"
                                        + " ids. It works without a network and prints with the notes at the end.")))
                .append("</p></footer>\n<script>")
                .append(SCRIPT)
                .append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String title(Page page) {
        Lang l = page.lang();
        String t = l.t("Ledelsesinformation", "Management information");
        String m = page.document().municipality().map(x -> " \u00b7 " + x).orElse("");
        return t + m + " \u00b7 " + l.date(page.document().asOf());
    }

    private static String header(Page page) {
        Lang l = page.lang();
        ReportDocument d = page.document();
        MetricsReport r = d.metrics();
        StringBuilder h = new StringBuilder("<header class=\"masthead\"><p class=\"kicker\">");
        h.append(Html.text(l.t(
                        "Fremdrift \u00b7 Ledelsesinformation for børne- og ungeområdet",
                        "Fremdrift \u00b7 Management information for child welfare")))
                .append("</p><h1>")
                .append(Html.text(d.municipality().orElse(l.t("Børne- og ungesager", "Child-welfare cases"))))
                .append("</h1><dl class=\"facts\">");
        fact(h, l.t("Opgjort pr.", "As of"), Html.text(l.date(d.asOf())));
        fact(
                h,
                l.t("Profil", "Profile"),
                Html.text(
                        page.political()
                                ? l.t("Politisk (kommunalbestyrelse og udvalg)", "Political (council and committee)")
                                : l.t("Administrativ (ledere og teams)", "Administrative (leaders and teams)")));
        fact(h, l.t("Rapportperiode", "Reporting period"), Html.text(Notes.period(page)));
        fact(h, l.t("Sager", "Cases"), page.count(r.cases(), suppressionOfCases(r)));
        d.input()
                .ifPresent(input -> fact(
                        h,
                        l.t("Inputlinjer", "Input lines"),
                        Html.text(l.integer(input.read())
                                + l.t(" læst = ", " read = ")
                                + l.integer(input.accepted())
                                + l.t(" godkendt + ", " accepted + ")
                                + l.integer(input.rejected())
                                + l.t(" afvist", " rejected"))));
        d.merged()
                .ifPresent(merged -> fact(
                        h,
                        l.t("Lagt sammen af", "Merged from"),
                        Html.text(l.integer(merged.size())
                                + l.t(" kommuners aggregater: ", " municipalities' aggregates: ")
                                + String.join(", ", merged))));
        h.append("</dl>");
        if (d.synthetic()) {
            h.append("<p class=\"profile-note synthetic\"><strong>")
                    .append(Html.text(l.t(
                            "Syntetiske data: ingen rigtige børn, sager eller kommunetal. Kommunenavnene er kun"
                                    + " etiketter.",
                            "Synthetic data: no real children, cases or municipal figures. The municipalities' names"
                                    + " are labels only.")))
                    .append("</strong></p>");
        }
        h.append("<p class=\"profile-note\">");
        if (page.political()) {
            int threshold = r.profile().suppressionThreshold();
            h.append(Html.text(l.t(
                    "Politisk profil: kun samlede tal, ingen opdeling på sagsbehandler. Tal, der bygger på færre end "
                            + threshold + " børn, er diskretioneret og vist som \u2013 med en note.",
                    "Political profile: aggregates only, no breakdown by caseworker. Numbers resting on fewer than "
                            + threshold + " children are suppressed and shown as \u2013 with a note.")));
        } else {
            h.append(Html.text(l.t(
                    "Administrativ profil: til ledere og teams. Tallene er ikke diskretioneret; del dem ikke uden"
                            + " for forvaltningen.",
                    "Administrative profile: for leaders and teams. The numbers are not suppressed; do not share"
                            + " them outside the administration.")));
        }
        h.append("</p><div id=\"tools\" class=\"tools\" data-hide=\"")
                .append(Html.attr(l.t("Skjul definitioner", "Hide definitions")))
                .append("\" data-show=\"")
                .append(Html.attr(l.t("Vis definitioner", "Show definitions")))
                .append("\" data-print=\"")
                .append(Html.attr(l.t("Udskriv", "Print")))
                .append("\"></div></header>\n");
        return h.toString();
    }

    /** The report's case count is absent only when suppressed; its mark is then primary. */
    private static Suppression suppressionOfCases(MetricsReport r) {
        return r.cases().isPresent() ? Suppression.NONE : Suppression.PRIMARY;
    }

    private static void fact(StringBuilder h, String name, String valueHtml) {
        h.append("<div><dt>")
                .append(Html.text(name))
                .append("</dt><dd>")
                .append(valueHtml)
                .append("</dd></div>");
    }

    private static String notes(Page page) {
        Lang l = page.lang();
        StringBuilder h = new StringBuilder("<section id=\"notes\" aria-labelledby=\"notes-h\"><h2 id=\"notes-h\">");
        h.append(Html.text(l.t("Definitioner og noter", "Definitions and notes")))
                .append("</h2><ol class=\"notes\">");
        for (Footnotes.Note n : page.notes().notes()) {
            h.append("<li id=\"fn-")
                    .append(n.number())
                    .append("\"><h3>")
                    .append(n.content().headingHtml())
                    .append("</h3>")
                    .append(n.content().bodyHtml())
                    .append("</li>");
        }
        return h.append("</ol></section>").toString();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Dashboard.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dk/fremdrift/examples/dashboard/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A theme of the dashboard: a banner with its question, then its sections; left out when it has none. */
    private static final class Theme {
        private final String id;
        private final String name;
        private final String question;
        private final StringBuilder sections = new StringBuilder();
        private final List<String[]> toc = new ArrayList<>();

        Theme(String id, String name, String question) {
            this.id = id;
            this.name = name;
            this.question = question;
        }

        void add(String section, String anchor, String label) {
            sections.append(section);
            toc.add(new String[] {anchor, label});
        }

        /** Adds one of {@link ThemeSections}'s sections, if the report has its indicators. */
        void theme(Page page, String themeId) {
            sections.append(ThemeSections.render(page, themeId, toc));
        }

        void appendTo(StringBuilder main, List<String[]> pageToc) {
            if (sections.isEmpty()) {
                return;
            }
            main.append("<div class=\"theme\" id=\"")
                    .append(id)
                    .append("\"><p class=\"theme-name\">")
                    .append(Html.text(name))
                    .append("</p><p class=\"theme-question\">")
                    .append(Html.text(question))
                    .append("</p></div>")
                    .append(sections);
            pageToc.add(new String[] {id, name});
            pageToc.addAll(toc);
        }
    }
}
