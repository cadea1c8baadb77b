package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.BL_32;
import static dk.fremdrift.metrics.Fixtures.BL_46;
import static dk.fremdrift.metrics.Fixtures.CONFIG;
import static dk.fremdrift.metrics.Fixtures.ENGINE;
import static dk.fremdrift.metrics.Fixtures.aCase;
import static dk.fremdrift.metrics.Fixtures.assignment;
import static dk.fremdrift.metrics.Fixtures.date;
import static dk.fremdrift.metrics.Fixtures.id;
import static dk.fremdrift.metrics.Fixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.metrics.Jacksons.Json;
import dk.fremdrift.model.CaseId;
import dk.fremdrift.model.Child;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.ChildConversation;
import dk.fremdrift.model.Cpr;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.model.KleNumber;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanKind;
import dk.fremdrift.model.Price;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The report is written by the vendor's own Jackson, 2 or 3, with annotations only, and reads back equal. */
class MetricsReportJsonTest {

    static Stream<Json> jacksons() {
        return Jacksons.both();
    }

    private static final String CPR = "070615-4321";
    private static final String FREE_TEXT = "Mor siger at Jens Hansen slår";

    /** Cases with a CPR number and free text that names people: neither may reach the report. */
    private static List<ChildCase> cases() {
        List<ChildCase> cases = new ArrayList<>();
        cases.add(ChildCase.builder(
                        CaseId.of("J-1"),
                        Child.of(Cpr.parse(CPR)),
                        MunicipalityCode.of(461),
                        KleNumber.parse("27.24.00-G01"),
                        date("2025-01-02"))
                .addAssignment(assignment("a1", "sb-1", "team-nord", "2025-01-02"))
                .addNotification(Notification.of(id("n1"), local("2025-03-03T10:00"), NotifierKind.PROFESSIONAL))
                .addInvestigation(Investigation.of(id("u1"), date("2025-03-03"), date("2025-03-04"))
                        .withCompleted(date("2025-06-01")))
                .addDecision(Decision.of(id("d1"), DecisionKind.PLACEMENT_WITH_CONSENT, BL_46, date("2025-06-10")))
                .addChildConversation(ChildConversation.omitted(id("k1"), date("2025-06-01"), FREE_TEXT))
                .addPlan(Plan.of(
                        id("p1"),
                        PlanKind.CHILD_PLAN,
                        date("2025-06-20"),
                        Goal.of(id("g1"), GoalArea.FAMILY, FREE_TEXT)))
                .addIntervention(Intervention.of(id("i1"), InterventionKind.FOSTER_CARE, BL_46, date("2025-06-10"))
                        .withPrice(Price.perDay(new BigDecimal("1450.50"))))
                .build());
        cases.addAll(new RandomCases(42).cases(60));
        cases.add(aCase("J-2")
                .addIntervention(Intervention.of(id("i1"), InterventionKind.FAMILY_THERAPY, BL_32, date("2025-02-01")))
                .build());
        return cases;
    }

    private static MetricsAggregator aggregator() {
        MetricsAggregator a = MetricsAggregator.of(CONFIG);
        cases().forEach(c -> a.add(c, ENGINE));
        return a;
    }

    static Stream<Object[]> jacksonsAndProfiles() {
        return jacksons()
                .flatMap(j -> Stream.of(
                        new Object[] {j, ReportProfile.ADMINISTRATIVE}, new Object[] {j, ReportProfile.POLITICAL}));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("jacksonsAndProfiles")
    void write_report_readsBackEqual(Json json, ReportProfile profile) throws Exception {
        MetricsReport report = aggregator().report(profile, Budget.ofTotal(new BigDecimal("5000000")));

        String text = json.write(report);

        assertThat(json.read(text, MetricsReport.class)).isEqualTo(report);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jacksons")
    void write_report_shapeWithDefinitionsValuesAndSuppressionMarks(Json json) throws Exception {
        MetricsReport report = aggregator().report(ReportProfile.POLITICAL);

        JsonNode root = JsonMapper.builder().build().readTree(json.write(report));

        assertThat(root.get("asOf").asString()).isEqualTo("2025-11-20T11:00:00Z");
        assertThat(root.get("zone").asString()).isEqualTo("Europe/Copenhagen");
        assertThat(root.get("period").get("startInclusive").asString()).isEqualTo("2025-01-01");
        assertThat(root.get("profile").get("audience").asString()).isEqualTo("POLITICAL");
        assertThat(root.get("profile").get("suppressionThreshold").asInt()).isEqualTo(5);
        JsonNode definition = root.get("definitions").get(3);
        assertThat(definition.get("id").asString()).isEqualTo(Indicators.ASSESSMENT_24H_ON_TIME);
        assertThat(definition.get("kind").asString()).isEqualTo("PROPORTION");
        assertThat(definition.get("legalBasis").get(1).get("textDa").asString())
                .isEqualTo("barnets lov § 136 (fra 1. januar 2024)");
        assertThat(definition
                        .get("legalBasis")
                        .get(1)
                        .get("inForce")
                        .get("startInclusive")
                        .asString())
                .isEqualTo("2024-01-01");
        assertThat(definition.get("nationalReference").get("value").asDouble()).isEqualTo(0.87);
        assertThat(definition.get("population").get("en").asString()).contains("OVERDUE");
        assertThat(definition.get("censoring").get("da").asString()).contains("censurerede");
        JsonNode indicator = root.get("indicators").get(3);
        assertThat(indicator.get("id").asString()).isEqualTo(Indicators.ASSESSMENT_24H_ON_TIME);
        assertThat(indicator.get("overall").get("key").asString()).isEqualTo("all");
        assertThat(indicator.get("overall").has("suppression")).isTrue();
        assertThat(indicator.get("monthly").size()).isEqualTo(11);
        assertThat(indicator.get("overall").has("categories")).isFalse();
        JsonNode stalled = root.get("indicators")
                .get(Indicators.standard()
                        .indexOf(Indicators.find(Indicators.STALLED_CASES).orElseThrow()));
        assertThat(stalled.get("id").asString()).isEqualTo(Indicators.STALLED_CASES);
        assertThat(stalled.has("monthly")).isFalse();
        assertThat(indicator.get("breakdowns").findValuesAsString("dimension")).containsExactly("TEAM", "AGE_BAND");
        assertThat(root.toString()).contains("\"suppression\":\"PRIMARY\"");
        assertThat(root.toString()).doesNotContain("\"cases\":{").doesNotContain("CASEWORKER\",\"cells");
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("jacksonsAndProfiles")
    void write_report_noCprNumberNorFreeText(Json json, ReportProfile profile) throws Exception {
        String text = json.write(aggregator().report(profile));

        assertThat(text)
                .doesNotContain(CPR)
                .doesNotContain("0706154321")
                .doesNotContain("Jens")
                .doesNotContain("Mor ");
        assertThat(text).doesNotContain("J-1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jacksons")
    void write_administrativeReport_caseworkerKeysAndCasesShown(Json json) throws Exception {
        JsonNode root =
                JsonMapper.builder().build().readTree(json.write(aggregator().report(ReportProfile.ADMINISTRATIVE)));

        assertThat(root.toString()).contains("\"sb-1\"").contains("\"dimension\":\"CASEWORKER\"");
        assertThat(root.get("indicators").get(0).get("overall").get("cases").asLong())
                .isPositive();
        assertThat(root.get("budget").get("byKind")).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jacksons")
    void write_politicalReport_budgetTotalOnly(Json json) throws Exception {
        JsonNode root =
                JsonMapper.builder().build().readTree(json.write(aggregator().report(ReportProfile.POLITICAL)));

        assertThat(root.get("budget").get("total").get("interventions").asLong())
                .isGreaterThanOrEqualTo(5);
        assertThat(root.get("budget").get("byKind").isEmpty()).isTrue();
        assertThat(root.get("budget").get("byLegalBasis").isEmpty()).isTrue();
        assertThat(root.toString()).doesNotContain("\"sb-1\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jacksons")
    void write_definitions_everyStandardDefinitionReadsBack(Json json) throws Exception {
        for (IndicatorDefinition d : Indicators.standard()) {
            MetricsReport one = new MetricsReport(
                    CONFIG.asOf(),
                    "Europe/Copenhagen",
                    CONFIG.period(),
                    ReportProfile.ADMINISTRATIVE,
                    Optional.of(0L),
                    List.of(d),
                    List.of(),
                    Optional.empty());

            assertThat(json.read(json.write(one), MetricsReport.class))
                    .as(d.id())
                    .isEqualTo(one);
        }
        assertThat(LocalDate.of(2025, 1, 1)).isEqualTo(CONFIG.period().startInclusive());
    }
}
