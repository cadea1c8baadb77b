package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.AS_OF;
import static dk.fremdrift.metrics.Fixtures.BL_46;
import static dk.fremdrift.metrics.Fixtures.CONFIG;
import static dk.fremdrift.metrics.Fixtures.ENGINE;
import static dk.fremdrift.metrics.Fixtures.assignment;
import static dk.fremdrift.metrics.Fixtures.date;
import static dk.fremdrift.metrics.Fixtures.id;
import static dk.fremdrift.metrics.Fixtures.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.deadlines.DeadlineUnit;
import dk.fremdrift.deadlines.MunicipalRules;
import dk.fremdrift.deadlines.Recurrence;
import dk.fremdrift.deadlines.RuleBook;
import dk.fremdrift.metrics.Jacksons.Json;
import dk.fremdrift.model.CaseId;
import dk.fremdrift.model.Child;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Cpr;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.KleNumber;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanKind;
import dk.fremdrift.model.Price;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The aggregate document: written and read by both Jackson lines, refused when it does not add up, and anonymous. */
class AggregateDocumentTest {

    static Stream<Json> jacksons() {
        return Jacksons.both();
    }

    private static final MunicipalityCode AARHUS = MunicipalityCode.of(751);
    private static final MunicipalityCode ODENSE = MunicipalityCode.of(461);
    private static final String CPR = "070615-4321";
    private static final String NAME = "Jens Hansen";

    /** Cases with a CPR number, a name in free text, and case and caseworker ids to search for. */
    static List<ChildCase> planted() {
        List<ChildCase> cases = new ArrayList<>();
        cases.add(ChildCase.builder(
                        CaseId.of("J-PLANTED-1"),
                        Child.of(Cpr.parse(CPR)),
                        ODENSE,
                        KleNumber.parse("27.24.00-G01"),
                        date("2025-01-02"))
                .addAssignment(assignment("a1", "cw-planted-1", "team-nord", "2025-01-02"))
                .addNotification(Notification.of(id("n1"), local("2025-03-03T10:00"), NotifierKind.PROFESSIONAL))
                .addDecision(Decision.of(id("d1"), DecisionKind.PLACEMENT_WITH_CONSENT, BL_46, date("2025-06-10")))
                .addPlan(Plan.of(
                        id("p1"), PlanKind.CHILD_PLAN, date("2025-06-20"), Goal.of(id("g1"), GoalArea.FAMILY, NAME)))
                .addIntervention(Intervention.of(id("i1"), InterventionKind.FOSTER_CARE, BL_46, date("2025-06-10"))
                        .withPrice(Price.perDay(new BigDecimal("1450.50"))))
                .build());
        cases.addAll(new RandomCases(77).cases(80));
        return cases;
    }

    private static MetricsAggregator aggregate(List<ChildCase> cases) {
        MetricsAggregator a = MetricsAggregator.of(CONFIG);
        cases.forEach(c -> a.add(c, ENGINE));
        return a;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jacksons")
    void json_writtenAndReadBack_isEqualAndReportsAsTheAggregator(Json json) throws Exception {
        MetricsAggregator aggregator = aggregate(planted());
        AggregateDocument document = aggregator.toDocument(ODENSE, ENGINE.rules());

        AggregateDocument read = json.read(json.write(document), AggregateDocument.class);

        assertThat(read).isEqualTo(document);
        assertThat(MetricsAggregator.fromDocument(read).report(ReportProfile.POLITICAL))
                .isEqualTo(aggregator.report(ReportProfile.POLITICAL));
        assertThat(AggregateDocumentProperties.withoutCaseworkers(
                        MetricsAggregator.fromDocument(read).report(ReportProfile.ADMINISTRATIVE)))
                .isEqualTo(AggregateDocumentProperties.withoutCaseworkers(
                        aggregator.report(ReportProfile.ADMINISTRATIVE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jacksons")
    void json_holdsNoCprNumberNameCaseIdOrCaseworkerId(Json json) throws Exception {
        List<ChildCase> cases = planted();
        String text = json.write(aggregate(cases).toDocument(ODENSE, ENGINE.rules()));

        assertThat(text).doesNotContain(CPR, CPR.replace("-", ""), NAME, "cw-planted", "sb-0");
        for (ChildCase c : cases) {
            assertThat(text).doesNotContain("\"" + c.id().value() + "\"");
        }
        // The teams stay: they name the organisation, and the team breakdowns need them.
        assertThat(text).contains("\"team-nord\"");
    }

    @Test
    void header_saysWhatWasCountedAndUnderWhichRules() {
        AggregateDocument d = aggregate(planted()).toDocument(ODENSE, ENGINE.rules());

        assertThat(d.format()).isEqualTo("fremdrift-metrics-aggregate");
        assertThat(d.version()).isEqualTo(2);
        assertThat(d.municipalities()).containsExactly(ODENSE);
        assertThat(d.config()).isEqualTo(CONFIG);
        assertThat(d.ruleBook()).isEqualTo(ENGINE.rules().fingerprint());
        assertThat(d.libraryVersion()).isNotBlank();
        assertThat(d.cases()).isEqualTo(81);
        assertThat(d.indicators())
                .extracting(AggregateDocument.IndicatorState::id)
                .containsExactlyElementsOf(Indicators.standard(CONFIG).stream()
                        .map(IndicatorDefinition::id)
                        .toList());
        assertThat(d.indicators())
                .allSatisfy(i -> assertThat(i.cells())
                        .noneMatch(c -> c.dimension().equals(java.util.Optional.of(Dimension.CASEWORKER))));
        assertThat(d.toString()).contains("461").doesNotContain("team-nord");
    }

    @Test
    void merge_sameMunicipalityTwice_isRefused() {
        AggregateDocument a = aggregate(planted()).toDocument(ODENSE, ENGINE.rules());
        AggregateDocument b = aggregate(new RandomCases(5).cases(10)).toDocument(ODENSE, ENGINE.rules());

        assertThatThrownBy(() -> AggregateDocument.merge(List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("documents[1].municipalities: municipality 461 is also in documents[0]; expected each"
                        + " municipality in one document only (its cases would count twice)");
    }

    @Test
    void merge_otherPeriodOrMoment_isRefusedNamingTheSettings() {
        AggregateDocument a = aggregate(planted()).toDocument(ODENSE, ENGINE.rules());
        MetricsConfig later = MetricsConfig.of(AS_OF.plusSeconds(3600), CONFIG.period());
        MetricsAggregator other = MetricsAggregator.of(later);
        new RandomCases(5).cases(10).forEach(c -> other.add(c, ENGINE.evaluate(c, later.asOf())));
        AggregateDocument b = other.toDocument(AARHUS, ENGINE.rules());

        assertThatThrownBy(() -> AggregateDocument.merge(List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("documents[1].config: expected the settings of documents[0]");
    }

    @Test
    void merge_syntheticWithReal_isRefused() {
        AggregateDocument real = aggregate(planted()).toDocument(ODENSE, ENGINE.rules());
        AggregateDocument demo = aggregate(new RandomCases(5).cases(10))
                .toDocument(AARHUS, ENGINE.rules())
                .asSynthetic();

        assertThatThrownBy(() -> AggregateDocument.merge(List.of(real, demo)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("documents[1].synthetic: expected real data as documents[0], got synthetic data; synthetic"
                        + " and real figures are never merged");
        assertThat(AggregateDocument.merge(List.of(demo.asSynthetic(), real.asSynthetic()))
                        .synthetic())
                .isTrue();
        assertThat(real.synthetic()).isFalse();
        assertThat(demo.toString()).contains("synthetic");
    }

    @Test
    void merge_otherRuleBook_isRefused() {
        RuleBook everyFourMonths = RuleBook.statutory()
                .withMunicipalRules(MunicipalRules.of(AARHUS, List.of(), List.of())
                        .withFollowUpFrequency(Recurrence.every(4, DeadlineUnit.MONTHS)));
        AggregateDocument a = aggregate(planted()).toDocument(ODENSE, ENGINE.rules());
        AggregateDocument b = aggregate(new RandomCases(5).cases(10)).toDocument(AARHUS, everyFourMonths);

        assertThatThrownBy(() -> AggregateDocument.merge(List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("documents[1].ruleBook: expected the rule book of documents[0]");
    }

    @Test
    void merge_otherIndicators_isRefused() {
        AggregateDocument a = aggregate(planted()).toDocument(ODENSE, ENGINE.rules());
        MetricsAggregator withOwn = MetricsAggregator.of(CONFIG, List.of(OwnIndicatorsTest.SCREENING));
        new RandomCases(5).cases(10).forEach(c -> withOwn.add(c, ENGINE));
        AggregateDocument b = withOwn.toDocument(AARHUS, ENGINE.rules());

        assertThatThrownBy(() -> AggregateDocument.merge(List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("documents[1].indicators: expected the "
                        + a.indicators().size() + " indicators of documents[0], got "
                        + b.indicators().size());
    }

    @Test
    void ownIndicators_travelWithTheirDefinitions() {
        MetricsAggregator withOwn = MetricsAggregator.of(CONFIG, List.of(OwnIndicatorsTest.SCREENING));
        new RandomCases(5).cases(40).forEach(c -> withOwn.add(c, ENGINE));
        AggregateDocument d = withOwn.toDocument(AARHUS, ENGINE.rules());

        MetricsReport report = MetricsAggregator.fromDocument(d).report(ReportProfile.POLITICAL);

        assertThat(report.findDefinition("LOCAL_SCREENING_5WD_ON_TIME"))
                .contains(OwnIndicatorsTest.SCREENING.definition());
        assertThat(report).isEqualTo(withOwn.report(ReportProfile.POLITICAL));
    }

    @Test
    void readAggregator_takesNoCasesAndMergesOnlyThroughDocuments() {
        MetricsAggregator read =
                MetricsAggregator.fromDocument(aggregate(planted()).toDocument(ODENSE, ENGINE.rules()));
        ChildCase c = new RandomCases(5).cases(1).get(0);

        assertThatThrownBy(() -> read.add(c, ENGINE)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> read.toDocument(ODENSE, ENGINE.rules())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> aggregate(List.of(c)).merge(read))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AggregateDocument.merge");
    }

    @Test
    void merge_teamKeysOfTheLongestForm_areQualifiedAndReadBack() {
        String longest = "t".repeat(64);
        ChildCase c = ChildCase.builder(
                        CaseId.of("J-LONG"),
                        Child.of(date("2015-03-04")),
                        ODENSE,
                        KleNumber.parse("27.24.00-G01"),
                        date("2025-01-02"))
                .addAssignment(assignment("a1", "cw-1", longest, "2025-01-02"))
                .addNotification(Notification.of(id("n1"), local("2025-03-03T10:00"), NotifierKind.PROFESSIONAL))
                .build();
        AggregateDocument a = aggregate(List.of(c)).toDocument(ODENSE, ENGINE.rules());
        AggregateDocument b = aggregate(new RandomCases(5).cases(10)).toDocument(AARHUS, ENGINE.rules());

        AggregateDocument merged = AggregateDocument.merge(List.of(a, b));

        assertThat(merged.indicators().get(0).cells())
                .anyMatch(cell -> cell.key().equals("461/" + longest));
        assertThat(AggregateDocument.merge(List.of(merged)).equals(merged)).isTrue();
    }

    @Test
    void merge_ofNone_isRefused() {
        assertThatThrownBy(() -> AggregateDocument.merge(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("documents: expected one or more aggregate documents, got none");
    }

    @Test
    void libraryVersion_comesFromTheBuild() {
        assertThat(Aggregates.libraryVersion()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
