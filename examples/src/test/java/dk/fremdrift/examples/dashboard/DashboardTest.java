package dk.fremdrift.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.deadlines.DeadlineStatus;
import dk.fremdrift.examples.report.DeadlineSummary;
import dk.fremdrift.examples.report.InputCounts;
import dk.fremdrift.examples.report.ReportDocument;
import dk.fremdrift.examples.report.ReviewSummary;
import dk.fremdrift.examples.report.Watchlist;
import dk.fremdrift.metrics.BudgetLine;
import dk.fremdrift.metrics.BudgetReport;
import dk.fremdrift.metrics.CategoryCount;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorResult;
import dk.fremdrift.metrics.IndicatorValue;
import dk.fremdrift.metrics.LegalBasis;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.MetricsAggregator;
import dk.fremdrift.metrics.MetricsConfig;
import dk.fremdrift.metrics.MetricsReport;
import dk.fremdrift.metrics.ReportProfile;
import dk.fremdrift.metrics.Suppression;
import dk.fremdrift.validation.review.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DashboardTest {

    private static final Locale DA = Locale.forLanguageTag("da");
    private static final Locale EN = Locale.ENGLISH;
    private static final String HOSTILE = "<script>alert(\"x&y\")</script> 'q'";

    private static ReportDocument administrative() {
        return DashboardFixtures.run().administrative();
    }

    private static ReportDocument political() {
        return DashboardFixtures.run().political();
    }

    /** Both profiles in both languages. */
    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("administrative", DA),
                Arguments.of("administrative", EN),
                Arguments.of("political", DA),
                Arguments.of("political", EN));
    }

    private static ReportDocument document(String profile) {
        return "political".equals(profile) ? political() : administrative();
    }

    // ---- definitions ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void render_everyIndicator_hasItsNameAndItsDefinitionInANote(String profile, Locale locale) {
        ReportDocument d = document(profile);
        String html = Dashboard.render(d, locale);
        Function<LocalizedText, String> words = t -> Html.text(locale.equals(DA) ? t.da() : t.en());

        assertThat(d.metrics().definitions()).isNotEmpty();
        for (IndicatorDefinition def : d.metrics().definitions()) {
            String name = words.apply(def.name());
            Optional<HtmlChecks.Note> note = HtmlChecks.noteHeaded(html, name);
            assertThat(note).as("a note headed %s", name).isPresent();
            String body = note.get().body();
            assertThat(body)
                    .as("the definition of %s", def.id())
                    .contains(
                            words.apply(def.description()),
                            words.apply(def.population()),
                            words.apply(def.numerator()),
                            words.apply(def.exclusions()),
                            words.apply(def.censoring()),
                            def.id());
            for (LegalBasis basis : def.legalBasis()) {
                assertThat(body).contains(Html.text(locale.equals(DA) ? basis.textDa() : basis.textEn()));
            }
            String link = "href=\"#fn-" + note.get().number() + "\"";
            assertThat(html.substring(0, html.indexOf("id=\"notes\"")))
                    .as("a link to the note of %s before the notes", def.id())
                    .contains(link);
            assertThat(html)
                    .as("the name of %s in the table of indicators", def.id())
                    .contains(name + "<sup");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void render_noteLinks_pointAtNotesNumberedOneByOneInTheOrderTheyAreFirstUsed(String profile, Locale locale) {
        String html = Dashboard.render(document(profile), locale);
        List<HtmlChecks.Note> notes = HtmlChecks.notes(html);
        for (int i = 0; i < notes.size(); i++) {
            assertThat(notes.get(i).number()).isEqualTo(i + 1);
        }
        String before = html.substring(0, html.indexOf("<section id=\"notes\""));
        Matcher m = Pattern.compile("href=\"#fn-(\\d+)\"").matcher(before);
        Set<Integer> firstUse = new LinkedHashSet<>();
        while (m.find()) {
            firstUse.add(Integer.parseInt(m.group(1)));
        }
        assertThat(firstUse)
                .containsExactlyElementsOf(
                        notes.stream().map(HtmlChecks.Note::number).toList());
    }

    // ---- profiles and suppression --------------------------------------------------------------------------------

    @Test
    void render_administrative_showsDeadlinesPerDutyAndFindingsPerRule() {
        ReportDocument d = administrative();
        String html = Dashboard.render(d, DA);

        assertThat(html).contains("<section id=\"deadlines\"", "<section id=\"review\"");
        DeadlineSummary.Row first = d.deadlines().orElseThrow().duties().get(0);
        assertThat(html).contains(Html.text(first.titleDa()), "Overskredet", "Frist nærmer sig", "Overholdt for sent");
        ReviewSummary.Row rule = d.review().orElseThrow().rules().get(0);
        assertThat(cell(html, "review/" + rule.code() + "/open")).contains(String.valueOf(rule.open()));
        assertThat(html)
                .contains("class=\"sev sev-" + rule.severity().name() + "\">"
                        + rule.severity().danishName());
    }

    @Test
    void render_political_leavesOutDeadlinesAndReview_evenIfTheDocumentCarriesThem() {
        ReportDocument leaky = new ReportDocument(
                political().asOf(),
                political().municipality(),
                political().input().orElseThrow(),
                political().metrics(),
                administrative().deadlines(),
                administrative().review());

        for (ReportDocument d : List.of(political(), leaky)) {
            String html = Dashboard.render(d, DA);
            assertThat(html)
                    .doesNotContain("id=\"deadlines\"", "id=\"review\"", "Frister pr. pligt", "Sagsgennemgang: fund");
            assertThat(html).contains("Politisk profil");
        }
    }

    @Test
    void render_political_showsEverySuppressedNumberAsSuppressed_neverTheNumber() {
        MetricsReport report = political().metrics();
        String html = Dashboard.render(political(), DA);
        Map<String, String> cells = HtmlChecks.cells(html);
        Map<String, String> adminCells = HtmlChecks.cells(Dashboard.render(administrative(), DA));
        int suppressed = 0;
        for (IndicatorResult r : report.indicators()) {
            IndicatorValue v = r.overall();
            if (v.suppression() != Suppression.NONE && v.value().isEmpty()) {
                assertSuppressed(cells, r.id() + "/all/headline");
                suppressed++;
            }
            for (CategoryCount c : v.categories()) {
                if (c.suppression() != Suppression.NONE) {
                    String key = r.id() + "/all/" + c.key();
                    if (cells.containsKey(key)) {
                        assertSuppressed(cells, key);
                        assertThat(HtmlChecks.textOf(adminCells.get(key)))
                                .as("the administrative page shows the number of %s", key)
                                .containsPattern("\\d");
                        suppressed++;
                    }
                    assertSuppressed(cells, r.id() + "/all/basis");
                }
            }
            for (IndicatorValue month : r.monthly()) {
                String key = r.id() + "/" + month.key();
                if (month.suppression() != Suppression.NONE && month.value().isEmpty() && cells.containsKey(key)) {
                    assertSuppressed(cells, key);
                    suppressed++;
                }
            }
        }
        assertThat(suppressed).as("suppressed numbers in the political fixture").isGreaterThan(5);
        assertThat(html).contains("data-suppressed=\"PRIMARY\"", "Diskretioneret: tallet bygger på færre end 5 børn");
    }

    private static String cell(String html, String key) {
        return HtmlChecks.cell(html, key).orElseThrow(() -> new AssertionError("no cell " + key));
    }

    private static void assertSuppressed(Map<String, String> cells, String key) {
        assertThat(cells).as("cell %s", key).containsKey(key);
        String cell = cells.get(key);
        assertThat(cell).as("cell %s", key).contains("data-suppressed=");
        if (!key.endsWith("/basis")) {
            assertThat(HtmlChecks.textOf(HtmlChecks.withoutNoteLinks(cell)))
                    .as("cell %s shows no number", key)
                    .doesNotContainPattern("\\d")
                    .contains("\u2013");
        }
    }

    @Test
    void render_political_namesNoCaseworker() {
        String html = Dashboard.render(political(), DA);

        assertThat(html).doesNotContainPattern("sb-\\d+").doesNotContain("unassigned");
    }

    @Test
    void render_politicalThemeSections_overallAndMonthsWithoutTeams() {
        String html = Dashboard.render(political(), DA);
        String sorting =
                html.substring(html.indexOf("<section id=\"sorting\""), html.indexOf("<section id=\"appeals\""));

        assertThat(sorting).contains("NOTIFICATIONS_NO_ACTION/all/basis").doesNotContain("/TEAM/", "team:");
        assertThat(Dashboard.render(administrative(), DA)).contains("team: ingen ansvarlig");
    }

    // ---- languages -----------------------------------------------------------------------------------------------

    @Test
    void render_danishAndEnglish_differAndUseTheirOwnWords() {
        String da = Dashboard.render(administrative(), DA);
        String en = Dashboard.render(administrative(), EN);

        assertThat(da).isNotEqualTo(en);
        assertThat(da)
                .contains(
                        "<html lang=\"da\">",
                        "Rettidighed pr. sagsskridt",
                        "Opgjort pr.",
                        "23. november 2026",
                        "Definitioner og noter",
                        "Underretninger vurderet inden for 24 timer",
                        "lovkrav")
                .doesNotContain("Timeliness per case step", "Notifications assessed within 24 hours");
        assertThat(en)
                .contains(
                        "<html lang=\"en\">",
                        "Timeliness per case step",
                        "As of",
                        "23 November 2026",
                        "Definitions and notes",
                        "Notifications assessed within 24 hours")
                .doesNotContain("Rettidighed pr. sagsskridt", "Opgjort pr.");
        long deadlines = administrative().deadlines().orElseThrow().duties().stream()
                .mapToLong(DeadlineSummary.Row::total)
                .sum();
        assertThat(deadlines).as("a total with thousands").isGreaterThanOrEqualTo(1000);
        assertThat(da).contains(grouped(deadlines, '.'));
        assertThat(en).contains(grouped(deadlines, ','));
    }

    @Test
    void render_danishLocaleWithCountry_isDanish_andAnyOtherLanguageIsEnglish() {
        assertThat(Dashboard.render(administrative(), Locale.forLanguageTag("da-DK")))
                .isEqualTo(Dashboard.render(administrative(), DA));
        assertThat(Dashboard.render(administrative(), Locale.GERMAN)).isEqualTo(Dashboard.render(administrative(), EN));
    }

    private static String grouped(long n, char separator) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', separator);
    }

    // ---- safety --------------------------------------------------------------------------------------------------

    @Test
    void render_textFromTheDocument_isEscapedInTextAndAttributes() {
        ReportDocument d = hostile(administrative());
        String html = Dashboard.render(d, DA);

        assertThat(HtmlChecks.count(html.toLowerCase(Locale.ROOT), "<script")).isEqualTo(2);
        assertThat(html).doesNotContain("<b>", "</td><script>");
        assertThat(html)
                .contains("<h1>&lt;script&gt;alert(\"x&amp;y\")&lt;/script&gt; 'q'</h1>")
                .contains("<title>Ledelsesinformation \u00b7 &lt;script&gt;alert(\"x&amp;y\")")
                .contains("title=\"Frist &lt;b&gt;&quot;fed&quot;&lt;/b&gt; &amp; &#39;citat&#39; (&lt;script&gt;")
                .contains("<th scope=\"row\">Regel &lt;/td&gt;&lt;script&gt;x&lt;/script&gt;")
                .contains("&lt;script&gt;alert(&#39;n&#39;)&lt;/script&gt; &quot;Navn&quot;")
                .contains("<h3>&lt;script&gt;alert('n')&lt;/script&gt; \"Navn\"</h3>");
        assertThat(HtmlChecks.tagProblems(html)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void render_page_isWellFormedEnoughToHoldNoStrayTag(String profile, Locale locale) {
        assertThat(HtmlChecks.tagProblems(Dashboard.render(document(profile), locale)))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void render_page_loadsNothingFromTheNetwork(String profile, Locale locale) {
        String html = Dashboard.render(document(profile), locale);

        assertThat(html.toLowerCase(Locale.ROOT))
                .doesNotContain("http://", "https://", "src=", "url(", "@import", "//fonts", "xlink:href");
        Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        int n = 0;
        while (hrefs.find()) {
            assertThat(hrefs.group(1)).as("a link within the page").startsWith("#");
            n++;
        }
        assertThat(n).isPositive();
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void render_page_holdsNoCprLikeNumberAndNoCaseId(String profile, Locale locale) {
        String page = Dashboard.render(document(profile), locale).replaceAll("sha256-[A-Za-z0-9+/=]+", "");
        // Case keys appear in the leaders' watchlist only, which the political page does not have.
        assertThat(page.contains("id=\"watchlist\"")).isEqualTo(profile.equals("administrative"));
        String html = page.replaceAll("(?s)<section id=\"watchlist\".*?</section>", "");

        assertThat(html)
                .doesNotContainPattern("(?<!\\d)\\d{6}-?\\d{4}(?!\\d)")
                .doesNotContainPattern("\\d{9,}")
                .doesNotContainPattern("S-\\d{4}-\\d{6}")
                .doesNotContainPattern("\\b(UND|BFU|AFG|SCR|PLAN|IND)-\\d+\\b");
    }

    // ---- charts --------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void render_everyFigure_isAnAccessibleInlineSvg(String profile, Locale locale) {
        ReportDocument d = document(profile);
        String html = Dashboard.render(d, locale);

        assertThat(HtmlChecks.count(html, "<svg ")).isEqualTo(DashboardFixtures.expectedCharts(d));
        Matcher svg = Pattern.compile("<svg ([^>]*)>(<title>[^<]+</title>)?").matcher(html);
        while (svg.find()) {
            assertThat(svg.group(1)).contains("role=\"img\"").containsPattern("aria-label=\"[^\"]+\"");
            assertThat(svg.group(2)).as("a title first").isNotNull();
        }
        assertThat(html).contains("<h1>", "<h2 id=\"timeliness-h\">", "<th scope=\"col\"", "<th scope=\"row\"");
    }

    @Test
    void render_timeliness_showsTheStatutoryTargetTheNationalFigureAndTheInterval() {
        ReportDocument d = administrative();
        String html = Dashboard.render(d, DA);
        IndicatorValue v = d.metrics().getIndicator("INVESTIGATION_4M_ON_TIME").overall();

        assertThat(cell(html, "INVESTIGATION_4M_ON_TIME/reference")).contains("50\u00a0% (2024)");
        assertThat(cell(html, "ASSESSMENT_24H_ON_TIME/reference")).contains("87\u00a0% (2019/20)");
        assertThat(html).contains("100 % = lovkrav", "class=\"whisker\"", "class=\"ref\"", "class=\"target\"");
        assertThat(cell(html, "INVESTIGATION_4M_ON_TIME/all/censored"))
                .contains(String.valueOf(v.censored().orElseThrow()));
        assertThat(cell(html, "INVESTIGATION_4M_ON_TIME/all/ci"))
                .contains(percent(v.ci95Lower().orElseThrow()) + "\u2013"
                        + percent(v.ci95Upper().orElseThrow()));
        assertThat(html).contains("for nye til at bedømme");
    }

    @Test
    void render_appeals_theLearningQuestionAndTheShareWithItsBasis() {
        ReportDocument d = administrative();
        String html = Dashboard.render(d, DA);
        IndicatorValue v = d.metrics().getIndicator("APPEALS_REVERSED").overall();

        assertThat(v.denominator().orElseThrow())
                .as("the fixture has decided appeals")
                .isPositive();
        assertThat(html)
                .contains("<h2 id=\"appeals-h\">Klager i Ankestyrelsen</h2>")
                .contains("Holder vores afgørelser, når borgerne klager?")
                .contains("<a href=\"#appeals\">Klager</a>");
        assertThat(cell(html, "APPEALS_REVERSED/all/basis"))
                .contains(v.count().orElseThrow() + " af " + v.denominator().orElseThrow());
        assertThat(html.indexOf("id=\"appeals\"")).isLessThan(html.indexOf("id=\"indicators\""));
    }

    @Test
    void render_sorting_theQuestionAndEachIndicatorWithItsBasis() {
        ReportDocument d = administrative();
        String html = Dashboard.render(d, EN);

        assertThat(html)
                .contains("<h2 id=\"sorting-h\">Sorting of concerns</h2>")
                .contains("Do we sort concerns well?")
                .contains("<a href=\"#sorting\">Sorting</a>");
        for (String id : List.of(
                "NOTIFICATIONS_NO_ACTION",
                "RENOTIFIED_AFTER_NO_ACTION_6M",
                "RENOTIFIED_AFTER_NO_ACTION_12M",
                "NOTIFICATIONS_ABOUT_SUPPORTED")) {
            IndicatorValue v = d.metrics().getIndicator(id).overall();
            assertThat(v.denominator().orElseThrow()).as(id).isPositive();
            assertThat(cell(html, id + "/all/basis"))
                    .as(id)
                    .contains(v.count().orElseThrow() + " of " + v.denominator().orElseThrow());
        }
        assertThat(html.indexOf("id=\"sorting\"")).isLessThan(html.indexOf("id=\"appeals\""));
        IndicatorValue longCourses =
                d.metrics().getIndicator("LONG_COURSES_WITHOUT_PROGRESS").overall();
        assertThat(html).contains("<h2 id=\"effect-h\">Do interventions work?</h2>");
        assertThat(cell(html, "LONG_COURSES_WITHOUT_PROGRESS/all/basis"))
                .contains(longCourses.count().orElseThrow() + " of "
                        + longCourses.denominator().orElseThrow());
    }

    @Test
    void render_matchAndEffect_theConcernsCoveredAndTheGoalsByIntervention() {
        ReportDocument d = administrative();
        String html = Dashboard.render(d, EN);

        assertThat(html)
                .contains("<h2 id=\"match-h\">Concerns, goals and interventions</h2>")
                .contains("<a href=\"#match\">Match</a>");
        IndicatorValue covered =
                d.metrics().getIndicator("CONCERNS_COVERED_BY_GOALS").overall();
        assertThat(covered.denominator().orElseThrow())
                .as("the synthetic municipality records concerns and plans")
                .isPositive();
        assertThat(covered.count().orElseThrow())
                .isLessThan(covered.denominator().orElseThrow());
        assertThat(cell(html, "CONCERNS_COVERED_BY_GOALS/all/basis"))
                .contains(covered.count().orElseThrow() + " of "
                        + covered.denominator().orElseThrow());
        for (String id : List.of("INTERVENTIONS_BY_CONCERN", "GOAL_STATUS_BY_INTERVENTION")) {
            IndicatorValue v = d.metrics().getIndicator(id).overall();
            long total =
                    v.categories().stream().mapToLong(c -> c.count().orElse(0L)).sum();
            assertThat(total).as(id + ": the synthetic municipality reaches it").isPositive();
            assertThat(cell(html, id + "/all/headline")).as(id).isNotBlank();
        }
        assertThat(d.metrics()
                        .getIndicator("GOAL_PROGRESS_BY_INTERVENTION")
                        .overall()
                        .value())
                .isPresent();
        // The cross-table: each intervention kind's count of each concern, as the report's breakdown has it.
        var byKind = d.metrics()
                .getIndicator("INTERVENTIONS_BY_CONCERN")
                .findBreakdown(dk.fremdrift.metrics.Dimension.INTERVENTION_KIND)
                .orElseThrow();
        int checked = 0;
        for (IndicatorValue kind : byKind.cells()) {
            for (CategoryCount c : kind.categories()) {
                if (c.count().isPresent()) {
                    assertThat(cell(html, "INTERVENTIONS_BY_CONCERN/" + kind.key() + "/" + c.key()))
                            .contains(String.valueOf(c.count().get()));
                    checked++;
                }
            }
        }
        assertThat(checked).as("cells of the cross-table").isGreaterThan(6);
        assertThat(html).contains("Interventions for which concerns", "leisure and friendships");
        assertThat(html.indexOf("id=\"match\"")).isLessThan(html.indexOf("id=\"effect\""));
    }

    @Test
    void render_goalsByStep_eachStepsGoalsAndTheShareAchievedOrImprovingOfThoseMeasured() {
        ReportDocument d = administrative();
        String html = Dashboard.render(d, EN);
        IndicatorValue v =
                d.metrics().getIndicator("GOAL_STATUS_BY_LADDER_STEP").overall();
        int steps = 0;
        for (dk.fremdrift.model.LadderStep step : dk.fremdrift.model.LadderStep.values()) {
            long goals = 0;
            long measured = 0;
            long moving = 0;
            for (CategoryCount c : v.categories()) {
                if (!c.key().startsWith(step.name() + "/")) {
                    continue;
                }
                long n = c.count().orElseThrow();
                String status = c.key().substring(step.name().length() + 1);
                goals += n;
                if (!status.equals("NOT_MEASURABLE") && !status.equals("NO_MEASUREMENTS")) {
                    measured += n;
                    moving += status.equals("ACHIEVED") || status.equals("IMPROVING") ? n : 0;
                }
            }
            if (goals == 0 || measured == 0) {
                continue;
            }
            steps++;
            String key = "GOAL_STATUS_BY_LADDER_STEP/all/" + step.name();
            assertThat(HtmlChecks.textOf(cell(html, key + "/goals"))).isEqualTo(String.valueOf(goals));
            String shown = HtmlChecks.textOf(cell(html, key + "/moving"));
            assertThat(shown).endsWith("%");
            assertThat(Double.parseDouble(shown.replaceAll("[^0-9.]", "")))
                    .as(key)
                    .isCloseTo(100.0 * moving / measured, org.assertj.core.data.Offset.offset(0.51));
        }
        assertThat(steps).as("ladder steps with measured goals in the fixture").isGreaterThan(1);
    }

    @Test
    void render_flow_everyStepWithItsOutcomesAndTheDaysBetween() {
        ReportDocument d = administrative();
        String html = Dashboard.render(d, DA);

        assertThat(html)
                .contains("<h2 id=\"flow-h\">Flowet gennem handletrinnene</h2>")
                .contains("Hvor går sagerne hen")
                .contains("<a href=\"#flow\">Flow</a>");
        for (String id : List.of(
                "STEP_ASSESSMENTS", "STEP_SCREENINGS", "STEP_DECISIONS", "STEP_STARTED_BY_LADDER", "STEP_CLOSINGS")) {
            IndicatorValue v = d.metrics().getIndicator(id).overall();
            assertThat(v.count().orElseThrow())
                    .as(id + ": the fixture reaches the step")
                    .isPositive();
            assertThat(cell(html, id + "/all/total"))
                    .as(id)
                    .contains(String.valueOf(v.count().orElseThrow()));
            for (var c : v.categories()) {
                assertThat(cell(html, id + "/all/" + c.key()))
                        .as(id + "/" + c.key())
                        .contains(String.valueOf(c.count().orElseThrow()));
            }
        }
        IndicatorValue start =
                d.metrics().getIndicator("DECISION_TO_START_DAYS").overall();
        assertThat(cell(html, "DECISION_TO_START_DAYS/all/median"))
                .contains(String.valueOf(start.median().orElseThrow()));
        IndicatorValue decided =
                d.metrics().getIndicator("INVESTIGATION_TO_DECISION_DAYS").overall();
        assertThat(cell(html, "INVESTIGATION_TO_DECISION_DAYS/all/median"))
                .contains(String.valueOf(decided.median().orElseThrow()));
        assertThat(html).contains("afgørelse \u2192 start", "afsluttet \u2192 afgørelse", "anbringelse i familiepleje");
        assertThat(html).contains("afslag");
        assertThat(html.indexOf("id=\"flow\"")).isLessThan(html.indexOf("id=\"indicators\""));
    }

    @Test
    void render_themes_ofMyndighedMedMomentum_eachWithItsQuestionAndItsSectionsInOrder() {
        String html = Dashboard.render(administrative(), DA);

        assertThat(html)
                .contains("Momentum i sagsbehandlingen", "Vedholdende faglig ledelse", "Specialisering med omtanke")
                .contains("Kommer børnene hurtigt og sikkert gennem handletrinnene")
                .contains("<a href=\"#theme-leadership\">Vedholdende faglig ledelse</a>");
        List<String> order = List.of(
                "id=\"theme-momentum\"",
                "id=\"timeliness\"",
                "id=\"flow\"",
                "id=\"sorting\"",
                "id=\"stalled\"",
                "id=\"theme-leadership\"",
                "id=\"leadership\"",
                "id=\"caseload\"",
                "id=\"continuity\"",
                "id=\"appeals\"",
                "id=\"watchlist\"",
                "id=\"theme-specialisation\"",
                "id=\"goals\"",
                "id=\"match\"",
                "id=\"concern-matrix\"",
                "id=\"effect\"",
                "id=\"goals-by-step\"",
                "id=\"handover\"",
                "id=\"theme-economy\"",
                "id=\"budget\"",
                "id=\"indicators\"");
        int last = -1;
        for (String anchor : order) {
            int at = html.indexOf(anchor);
            assertThat(at).as(anchor).isGreaterThan(last);
            last = at;
        }
    }

    @Test
    void render_appealsByKind_theShareReversedOfEachKindFromItsCounts() {
        ReportDocument d = administrative();
        String html = Dashboard.render(d, EN);
        IndicatorValue v = d.metrics().getIndicator("APPEALS_BY_DECISION_KIND").overall();
        int kinds = 0;
        for (CategoryCount c : v.categories()) {
            if (!c.key().endsWith("/REVERSED")) {
                continue;
            }
            String kind = c.key().substring(0, c.key().indexOf('/'));
            long reversed = c.count().orElseThrow();
            long upheld = v.findCategory(kind + "/UPHELD").orElseThrow().count().orElseThrow();
            if (reversed + upheld == 0) {
                continue;
            }
            kinds++;
            String key = "APPEALS_BY_DECISION_KIND/all/" + kind;
            assertThat(cell(html, key + "/decided")).contains(String.valueOf(reversed + upheld));
            assertThat(cell(html, key + "/reversed")).contains(String.valueOf(reversed));
            assertThat(cell(html, key + "/share")).contains(percent(reversed / (double) (reversed + upheld)));
        }
        assertThat(kinds).as("the fixture has appeals of several kinds").isGreaterThan(1);
        assertThat(html).contains("Which decisions do not hold?");
    }

    @Test
    void render_budget_costPerChildYear_byKindAndByLadderStep() {
        ReportDocument d = administrative();
        String html = Dashboard.render(d, EN);
        dk.fremdrift.metrics.BudgetReport b = d.metrics().budget().orElseThrow();

        assertThat(b.byLadderStep())
                .as("the fixture prices interventions on several steps")
                .hasSizeGreaterThan(1);
        b.byLadderStep().forEach((step, line) -> {
            String key = "budget/ladder/" + step.name();
            assertThat(HtmlChecks.textOf(cell(html, key + "/interventions")))
                    .isEqualTo(String.valueOf(line.interventions()));
            assertThat(line.perChildYear()).isPresent();
            assertThat(HtmlChecks.textOf(cell(html, key + "/perChildYear")).replaceAll("[^0-9]", ""))
                    .isEqualTo(line.perChildYear()
                            .orElseThrow()
                            .setScale(0, RoundingMode.HALF_EVEN)
                            .toPlainString());
        });
        for (dk.fremdrift.metrics.BudgetLine line : b.byKind()) {
            assertThat(cell(html, "budget/" + line.kind().orElseThrow().name() + "/perChildYear"))
                    .isNotBlank();
        }
        assertThat(html).contains("describes what the practice costs, not what it achieves");
    }

    @Test
    void render_budget_costPerGoalAchieved_theKindsCostOverItsAchievedGoals() {
        ReportDocument d = administrative();
        String html = Dashboard.render(d, EN);
        dk.fremdrift.metrics.BudgetReport b = d.metrics().budget().orElseThrow();
        var goals = d.metrics()
                .getIndicator("GOAL_STATUS_BY_INTERVENTION")
                .findBreakdown(dk.fremdrift.metrics.Dimension.INTERVENTION_KIND)
                .orElseThrow();
        int withAchieved = 0;
        for (dk.fremdrift.metrics.BudgetLine line : b.byKind()) {
            String kind = line.kind().orElseThrow().name();
            String key = "budget/perGoal/" + kind;
            long achieved = goals.cells().stream()
                    .filter(v -> v.key().equals(kind))
                    .flatMap(v -> v.findCategory("ACHIEVED").stream())
                    .mapToLong(c -> c.count().orElse(0L))
                    .sum();
            String perGoal = HtmlChecks.textOf(cell(html, key + "/perGoal")).replaceAll("[^0-9]", "");
            if (achieved > 0) {
                withAchieved++;
                assertThat(HtmlChecks.textOf(cell(html, key + "/achieved"))).isEqualTo(String.valueOf(achieved));
                assertThat(perGoal)
                        .as(kind)
                        .isEqualTo(line.projected()
                                .divide(java.math.BigDecimal.valueOf(achieved), 0, RoundingMode.HALF_EVEN)
                                .toPlainString());
            } else {
                assertThat(perGoal).as(kind + ": no goal achieved, no figure").isEmpty();
            }
        }
        assertThat(withAchieved)
                .as("kinds with an achieved goal in the fixture")
                .isPositive();
        assertThat(html).contains("per goal achieved", "It describes and does not prove");
        assertThat(Dashboard.render(political(), EN)).doesNotContain("budget/perGoal/");
    }

    @Test
    void render_watchlist_namesTheCasesTheFiguresCount() {
        ReportDocument d = administrative();
        String html = Dashboard.render(d, DA);
        Watchlist list = d.watchlist().orElseThrow();

        assertThat((long) list.longCourses().size())
                .isEqualTo(d.metrics()
                        .getIndicator("LONG_COURSES_WITHOUT_PROGRESS")
                        .overall()
                        .count()
                        .orElseThrow());
        assertThat(list.longCourses()).as("the fixture has long courses").isNotEmpty();
        assertThat(list.handovers()).as("the fixture has handovers due").isNotEmpty();
        assertThat(list.handovers())
                .allSatisfy(r -> assertThat(r.due()).isBeforeOrEqualTo(d.asOf().plusMonths(6)));
        String section = html.substring(html.indexOf("<section id=\"watchlist\""));
        section = section.substring(0, section.indexOf("</section>"));
        for (Watchlist.LongCourseRow r : list.longCourses()) {
            assertThat(section).contains(r.caseId());
        }
        for (Watchlist.HandoverRow r : list.handovers()) {
            assertThat(section).contains(r.caseId());
        }
        assertThat(Dashboard.render(political(), DA)).doesNotContain("id=\"watchlist\"");
    }

    @Test
    void render_flowWithThePeriodBefore_showsItsCountsBesideThisPeriods() {
        ReportDocument d = administrative();
        // The period before, as the fixture's own figures: what counts is that each cell shows the previous report's.
        ReportDocument compared = d.withPrevious(political().metrics());
        String html = Dashboard.render(compared, EN);
        IndicatorValue before =
                political().metrics().getIndicator("STEP_DECISIONS").overall();

        assertThat(html).contains("The period before", "The orange line is the number of the period before.");
        assertThat(HtmlChecks.textOf(cell(html, "STEP_DECISIONS/previous/total")))
                .isEqualTo(String.valueOf(before.count().orElseThrow()));
        for (CategoryCount c : before.categories()) {
            String shown =
                    HtmlChecks.textOf(HtmlChecks.withoutNoteLinks(cell(html, "STEP_DECISIONS/previous/" + c.key())));
            if (c.suppression() == Suppression.NONE) {
                assertThat(shown).as(c.key()).isEqualTo(String.valueOf(c.count().orElseThrow()));
            } else {
                assertThat(shown).as(c.key()).doesNotContainPattern("\\d");
            }
        }
        assertThat(Dashboard.render(d, EN)).doesNotContain("The period before");
    }

    @Test
    void render_politicalFlow_showsSuppressedCountsAsSuppressed() {
        ReportDocument d = DashboardFixtures.run().political();
        String html = Dashboard.render(d, EN);
        Map<String, String> cells = HtmlChecks.cells(html);

        assertThat(html).contains("<h2 id=\"flow-h\">The flow through the handletrin</h2>");
        List<String> suppressed = new java.util.ArrayList<>();
        for (String id : List.of(
                "STEP_ASSESSMENTS", "STEP_SCREENINGS", "STEP_DECISIONS", "STEP_STARTED_BY_LADDER", "STEP_CLOSINGS")) {
            for (CategoryCount c : d.metrics().getIndicator(id).overall().categories()) {
                if (c.suppression() != Suppression.NONE) {
                    suppressed.add(id + "/all/" + c.key());
                }
            }
        }
        assertThat(suppressed).as("small outcomes in the political fixture").isNotEmpty();
        suppressed.forEach(key -> assertSuppressed(cells, key));
    }

    private static String percent(double share) {
        return BigDecimal.valueOf(share * 100)
                .setScale(0, RoundingMode.HALF_EVEN)
                .toPlainString();
    }

    @Test
    void render_caseload_shadesTheRecommendedRange() {
        String html = Dashboard.render(administrative(), DA);

        assertThat(html).contains("class=\"band\"", "anbefalet 20\u201330", "Dansk Socialrådgiverforening anbefaler");
    }

    @Test
    void render_budget_showsSpentCommittedAndTheProjectedOverOrUnderspend() {
        ReportDocument d = administrative();
        BudgetReport b = d.metrics().budget().orElseThrow();
        String html = Dashboard.render(d, DA);

        BudgetLine total = b.total();
        assertThat(cell(html, "budget/total/projected"))
                .contains(grouped(
                        total.projected().setScale(0, RoundingMode.HALF_EVEN).longValueExact(), '.'));
        assertThat(html).contains("Forbrugt", "Disponeret", "class=\"budget-mark\"");
        assertThat(html).containsAnyOf("merforbrug", "mindreforbrug");
        for (BudgetLine line : b.byKind()) {
            String kind = line.kind().orElseThrow().name();
            assertThat(cell(html, "budget/" + kind + "/spent"))
                    .contains(grouped(
                            line.spent().setScale(0, RoundingMode.HALF_EVEN).longValueExact(), '.'));
        }
    }

    @Test
    void render_reportOfNoCases_rendersEverySectionWithNothingToShow() {
        ReportDocument d = administrative();
        MetricsReport empty = MetricsAggregator.of(
                        MetricsConfig.of(d.metrics().asOf(), d.metrics().period()))
                .report(ReportProfile.ADMINISTRATIVE);
        ReportDocument none = new ReportDocument(
                d.asOf(),
                Optional.empty(),
                new InputCounts(0, 0, 0),
                empty,
                Optional.of(new DeadlineSummary(List.of())),
                Optional.of(new ReviewSummary(0, 0, List.of())));

        String html = Dashboard.render(none, EN);

        assertThat(html).contains("<h1>Child-welfare cases</h1>", "0 read = 0 accepted + 0 rejected", "no goals");
        assertThat(HtmlChecks.count(html, "<svg ")).isEqualTo(DashboardFixtures.expectedCharts(none));
        assertThat(HtmlChecks.tagProblems(html)).isEmpty();
    }

    @Test
    void render_sameDocument_sameBytes() {
        assertThat(Dashboard.render(administrative(), DA)).isEqualTo(Dashboard.render(administrative(), DA));
    }

    @Test
    void render_nullArgument_throws() {
        assertThatThrownBy(() -> Dashboard.render(null, DA)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Dashboard.render(administrative(), null)).isInstanceOf(NullPointerException.class);
    }

    // ---- fixtures ------------------------------------------------------------------------------------------------

    /** The document with hostile text in the municipality, a duty, a review rule and an indicator's name. */
    private static ReportDocument hostile(ReportDocument d) {
        DeadlineSummary deadlines = new DeadlineSummary(List.of(new DeadlineSummary.Row(
                "HOSTILE",
                "Frist <b>\"fed\"</b> & 'citat'",
                "Deadline <b>\"bold\"</b>",
                "<script>alert(1)</script>",
                Map.of(DeadlineStatus.OVERDUE, 3L, DeadlineStatus.MET, 7L))));
        ReviewSummary review = new ReviewSummary(
                10,
                1,
                List.of(new ReviewSummary.Row(
                        "X-1", Severity.ERROR, "Regel </td><script>x</script>", "Rule", "\"§\" 1", 1, 0)));
        MetricsReport m = d.metrics();
        List<IndicatorDefinition> definitions = new ArrayList<>(m.definitions());
        IndicatorDefinition first = definitions.get(0);
        definitions.set(
                0,
                new IndicatorDefinition(
                        first.id(),
                        first.kind(),
                        LocalizedText.of("<script>alert('n')</script> \"Navn\"", "<script>name</script>"),
                        first.description(),
                        first.legalBasis(),
                        first.applies(),
                        first.population(),
                        first.numerator(),
                        first.exclusions(),
                        first.censoring(),
                        first.target(),
                        first.nationalReference(),
                        first.dimensions(),
                        first.categories()));
        MetricsReport hostileMetrics = new MetricsReport(
                m.asOf(), m.zone(), m.period(), m.profile(), m.cases(), definitions, m.indicators(), m.budget());
        return new ReportDocument(
                d.asOf(),
                Optional.of(HOSTILE),
                d.input().orElseThrow(),
                hostileMetrics,
                Optional.of(deadlines),
                Optional.of(review));
    }
}
