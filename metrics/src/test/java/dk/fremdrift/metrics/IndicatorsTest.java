package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.Law;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IndicatorsTest {

    private static final LocalDate BL_START = LocalDate.of(2024, 1, 1);

    static Stream<IndicatorDefinition> definitions() {
        return Indicators.standard().stream();
    }

    @Test
    void standard_ids_uniqueAndTheIssuesIndicatorsPresent() {
        List<String> ids =
                Indicators.standard().stream().map(IndicatorDefinition::id).toList();

        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids)
                .contains(
                        Indicators.ASSESSMENT_24H_ON_TIME,
                        Indicators.INVESTIGATION_4M_ON_TIME,
                        Indicators.INVESTIGATION_DAYS,
                        Indicators.PLAN_ON_TIME,
                        Indicators.FIRST_FOLLOW_UP_ON_TIME,
                        Indicators.SUPERVISION_VISITS_PER_PLACED_CHILD_YEAR,
                        Indicators.CHILD_CONVERSATION_BEFORE_DECISION,
                        Indicators.OPEN_INVESTIGATIONS_BY_AGE,
                        Indicators.STALLED_CASES,
                        Indicators.NOTIFICATIONS_PER_CHILD,
                        Indicators.REPEAT_NOTIFICATIONS_12M,
                        Indicators.CASELOAD_MEAN,
                        Indicators.CASELOAD_DISTRIBUTION,
                        Indicators.CASELOAD_ABOVE_RECOMMENDED,
                        Indicators.CASEWORKER_CHANGES_PER_CASE_YEAR,
                        Indicators.GOAL_STATUS,
                        Indicators.GOAL_PROGRESS,
                        Indicators.INTERVENTION_MIX_ACTIVE,
                        Indicators.INTERVENTION_MIX_STARTED,
                        Indicators.PLACEMENTS_IN_FAMILY_CARE,
                        Indicators.MANAGEMENT_REVIEW_COVERAGE,
                        Indicators.MANAGEMENT_REVIEW_SERIOUS_COVERAGE,
                        Indicators.DECISION_BEFORE_ADULTHOOD_ON_TIME,
                        Indicators.APPEALS_REVERSED,
                        Indicators.NOTIFICATIONS_NO_ACTION,
                        Indicators.RENOTIFIED_AFTER_NO_ACTION_6M,
                        Indicators.RENOTIFIED_AFTER_NO_ACTION_12M,
                        Indicators.NOTIFICATIONS_ABOUT_SUPPORTED,
                        Indicators.LONG_COURSES_WITHOUT_PROGRESS,
                        Indicators.INVESTIGATION_TO_DECISION_DAYS,
                        Indicators.GOAL_STATUS_BY_INTERVENTION,
                        Indicators.GOAL_PROGRESS_BY_INTERVENTION,
                        Indicators.CONCERNS_COVERED_BY_GOALS,
                        Indicators.INTERVENTIONS_BY_CONCERN,
                        Indicators.GOAL_STATUS_BY_LADDER_STEP);
        assertThat(ids).hasSize(46);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void standard_eachDefinition_completeAndBasesMeetAtTheChangeOfLaw(IndicatorDefinition d) {
        // From the metrics' coverage, or from barnets lov for a duty the rule book has only from then.
        assertThat(d.applies()).isIn(InForcePeriod.from(LocalDate.of(2014, 1, 1)), InForcePeriod.from(BL_START));
        assertThat(List.of(d.name(), d.description(), d.population(), d.numerator(), d.exclusions(), d.censoring()))
                .allSatisfy(t -> {
                    assertThat(t.da()).isNotBlank().isNotEqualTo(t.en());
                    assertThat(t.en()).isNotBlank();
                });
        if (d.legalBasis().size() == 1) {
            // One provision in force over the whole period the indicator applies to.
            assertThat(d.legalBasis().get(0).inForce().endExclusive()).isEmpty();
            assertThat(d.legalBasis().get(0).inForce().startInclusive())
                    .isBeforeOrEqualTo(d.applies().startInclusive());
        } else if (!d.legalBasis().isEmpty()) {
            assertThat(d.legalBasis()).hasSize(2);
            assertThat(d.legalBasis().get(0).reference().law()).isEqualTo(Law.SERVICELOVEN);
            assertThat(d.legalBasis().get(1).reference().law()).isEqualTo(Law.BARNETS_LOV);
            assertThat(d.legalBasis().get(0).inForce().endExclusive())
                    .contains(d.legalBasis().get(1).inForce().startInclusive());
        }
        assertThat(d.categories().isEmpty()).isEqualTo(d.kind() != IndicatorKind.DISTRIBUTION);
        assertThat(d.dimensions().indexOf(Dimension.MONTH))
                .isIn(-1, d.dimensions().size() - 1);
    }

    static Stream<Arguments> nationalFigures() {
        return Stream.of(
                arguments(Indicators.INVESTIGATION_4M_ON_TIME, 0.50, "2024"),
                arguments(Indicators.CHILD_CONVERSATION_BEFORE_DECISION, 0.65, "2024"),
                arguments(Indicators.FIRST_FOLLOW_UP_ON_TIME, 0.75, "2024"),
                arguments(Indicators.ASSESSMENT_24H_ON_TIME, 0.87, "2019/20"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nationalFigures")
    void standard_nationalReferences_asPublishedInTheBarometer(String id, double value, String period) {
        ReferenceFigure ref =
                Indicators.find(id).orElseThrow().nationalReference().orElseThrow();

        assertThat(ref.value()).isEqualTo(value);
        assertThat(ref.period()).isEqualTo(period);
        assertThat(ref.source().da()).contains("Børnesagsbarometer");
    }

    @Test
    void standard_handoverAndAppeals_citeTheirProvisionsAndSources() {
        IndicatorDefinition adulthood =
                Indicators.find(Indicators.DECISION_BEFORE_ADULTHOOD_ON_TIME).orElseThrow();
        IndicatorDefinition appeals =
                Indicators.find(Indicators.APPEALS_REVERSED).orElseThrow();

        assertThat(adulthood.applies()).isEqualTo(InForcePeriod.from(BL_START));
        assertThat(adulthood.legalBasis())
                .singleElement()
                .satisfies(b -> assertThat(b.textDa()).startsWith("barnets lov § 111"));
        assertThat(adulthood.target()).contains(1.0);
        assertThat(appeals.legalBasis())
                .singleElement()
                .satisfies(b -> assertThat(b.textDa()).startsWith("retssikkerhedsloven § 79 b, stk. 1"));
        assertThat(appeals.target()).isEmpty(); // no statutory share: the council discusses the figure
        ReferenceFigure ref = appeals.nationalReference().orElseThrow();
        assertThat(ref.value()).isEqualTo(0.318);
        assertThat(ref.period()).isEqualTo("2021");
        assertThat(ref.source().da()).contains("Danmarkskortet", "hele socialområdet");
    }

    @Test
    void standard_statutoryDeadlines_targetEveryDeadlineMet() {
        for (String id : List.of(
                Indicators.ASSESSMENT_24H_ON_TIME,
                Indicators.INVESTIGATION_4M_ON_TIME,
                Indicators.PLAN_ON_TIME,
                Indicators.FIRST_FOLLOW_UP_ON_TIME,
                Indicators.SUPERVISION_ON_TIME)) {
            IndicatorDefinition d = Indicators.find(id).orElseThrow();
            assertThat(d.target()).as(id).contains(1.0);
            assertThat(d.censoring().en()).as(id).contains("OPEN, DUE_SOON");
            assertThat(d.exclusions().en()).as(id).contains("NOT_APPLICABLE").contains("EXPIRED");
        }
        assertThat(Indicators.find(Indicators.SUPERVISION_VISITS_PER_PLACED_CHILD_YEAR)
                        .orElseThrow()
                        .target())
                .contains(2.0);
    }

    @Test
    void standard_withConfig_thresholdsInTheWords() {
        MetricsConfig config = CONFIG.withStalledAfterDays(90).withRecommendedCaseload(25);

        List<IndicatorDefinition> defs = Indicators.standard(config);

        IndicatorDefinition stalled = find(defs, Indicators.STALLED_CASES);
        assertThat(stalled.numerator().en()).contains("90 days or more");
        assertThat(stalled.numerator().da()).contains("90 dage eller mere");
        IndicatorDefinition above = find(defs, Indicators.CASELOAD_ABOVE_RECOMMENDED);
        assertThat(above.numerator().en()).contains("more than 25 open cases");
        assertThat(find(defs, Indicators.CASELOAD_MEAN).target()).contains(25.0);
        assertThat(Indicators.find(Indicators.STALLED_CASES)
                        .orElseThrow()
                        .numerator()
                        .en())
                .contains("60 days or more");
    }

    private static IndicatorDefinition find(List<IndicatorDefinition> defs, String id) {
        return defs.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void find_unknownId_empty() {
        assertThat(Indicators.find("NO_SUCH_INDICATOR")).isEmpty();
    }

    @Test
    void indicatorDefinition_badId_throws() {
        IndicatorDefinition d = Indicators.find(Indicators.STALLED_CASES).orElseThrow();

        assertThatThrownBy(() -> new IndicatorDefinition(
                        "stalled-cases",
                        d.kind(),
                        d.name(),
                        d.description(),
                        d.legalBasis(),
                        d.applies(),
                        d.population(),
                        d.numerator(),
                        d.exclusions(),
                        d.censoring(),
                        d.target(),
                        d.nationalReference(),
                        d.dimensions(),
                        d.categories()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stalled-cases");
        assertThatThrownBy(() -> new IndicatorDefinition(
                        d.id(),
                        IndicatorKind.DISTRIBUTION,
                        d.name(),
                        d.description(),
                        d.legalBasis(),
                        d.applies(),
                        d.population(),
                        d.numerator(),
                        d.exclusions(),
                        d.censoring(),
                        Optional.empty(),
                        Optional.empty(),
                        d.dimensions(),
                        List.of("only")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two or more");
    }

    @Test
    void builder_everyStandardDefinition_rebuiltEqual() {
        for (IndicatorDefinition d : Indicators.standard()) {
            IndicatorDefinition.Builder b = IndicatorDefinition.builder(d.id(), d.kind())
                    .name(d.name())
                    .description(d.description())
                    .legalBasis(d.legalBasis())
                    .applies(d.applies())
                    .population(d.population())
                    .numerator(d.numerator())
                    .exclusions(d.exclusions())
                    .censoring(d.censoring())
                    .dimensions(d.dimensions())
                    .categories(d.categories());
            d.target().ifPresent(b::target);
            d.nationalReference().ifPresent(b::nationalReference);

            assertThat(b.build()).as(d.id()).isEqualTo(d);
        }
    }

    @Test
    void builder_optionalFieldsUnset_noneAndTextMissing_named() {
        LocalizedText words = LocalizedText.of("Ord", "Words");
        IndicatorDefinition.Builder b = IndicatorDefinition.builder("LOCAL_X", IndicatorKind.COUNT)
                .name(words)
                .description(words)
                .applies(InForcePeriod.from(LocalDate.of(2025, 1, 1)))
                .population(words)
                .numerator(words)
                .exclusions(words);

        assertThatThrownBy(b::build).isInstanceOf(NullPointerException.class).hasMessage("censoring");
        IndicatorDefinition d = b.censoring(words).build();
        assertThat(d.legalBasis()).isEmpty();
        assertThat(d.target()).isEmpty();
        assertThat(d.nationalReference()).isEmpty();
        assertThat(d.dimensions()).isEmpty();
        assertThat(d.categories()).isEmpty();
    }
}
