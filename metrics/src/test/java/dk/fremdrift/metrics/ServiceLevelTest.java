package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.CONFIG;
import static dk.fremdrift.metrics.Fixtures.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dk.fremdrift.metrics.Jacksons.Json;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The declared service level set against the actual values of a report. */
class ServiceLevelTest {

    private static MetricsReport report;

    @BeforeAll
    static void report() {
        MetricsAggregator a = MetricsAggregator.of(CONFIG);
        new RandomCases(404).cases(200).forEach(c -> a.add(c, ENGINE));
        report = a.report(ReportProfile.ADMINISTRATIVE);
    }

    private static ServiceLevel.Target atLeast(String id, String indicator, String category, double bound) {
        return new ServiceLevel.Target(
                id,
                LocalizedText.of(id, id),
                indicator,
                Optional.ofNullable(category),
                Optional.of(bound),
                Optional.empty());
    }

    private static ServiceLevel.Target atMost(String id, String indicator, double bound) {
        return new ServiceLevel.Target(
                id, LocalizedText.of(id, id), indicator, Optional.empty(), Optional.empty(), Optional.of(bound));
    }

    @Test
    void compare_actualValuesStatusAndGap_asThePlainReport() {
        IndicatorValue investigations =
                report.getIndicator(Indicators.INVESTIGATION_4M_ON_TIME).overall();
        IndicatorValue days = report.getIndicator(Indicators.INVESTIGATION_DAYS).overall();
        double preventive = report.getIndicator(Indicators.INTERVENTION_MIX_ACTIVE).overall().categories().stream()
                .filter(c -> c.key().equals(Indicators.PREVENTIVE_SUPPORT))
                .findFirst()
                .orElseThrow()
                .share()
                .orElseThrow();
        double fourMonths = investigations.value().orElseThrow();
        int median = days.median().orElseThrow();
        ServiceLevel declared = new ServiceLevel(
                "Børne- og Ungeudvalget, 12. juni 2025",
                List.of(
                        atLeast("INVESTIGATIONS", Indicators.INVESTIGATION_4M_ON_TIME, null, fourMonths + 0.1),
                        atLeast(
                                "PREVENTIVE_SHARE",
                                Indicators.INTERVENTION_MIX_ACTIVE,
                                Indicators.PREVENTIVE_SUPPORT,
                                preventive - 0.05),
                        atMost("INVESTIGATION_DAYS", Indicators.INVESTIGATION_DAYS, median - 1)));

        List<ServiceLevel.Result> results = declared.compare(report);

        assertThat(results)
                .extracting(ServiceLevel.Result::status)
                .containsExactly(ServiceLevel.Status.NOT_MET, ServiceLevel.Status.MET, ServiceLevel.Status.NOT_MET);
        assertThat(results.get(0).actual()).contains(fourMonths);
        assertThat(results.get(0).gap().orElseThrow()).isCloseTo(-0.1, within(1e-12));
        assertThat(results.get(1).actual()).contains(preventive);
        assertThat(results.get(1).gap().orElseThrow()).isCloseTo(0.05, within(1e-12));
        assertThat(results.get(2).actual()).contains((double) median);
        assertThat(results.get(2).gap()).contains(1.0);
        assertThat(results.get(2).kind()).isEqualTo(IndicatorKind.DAYS);
    }

    @Test
    void compare_boundItself_isMet() {
        double value = report.getIndicator(Indicators.INVESTIGATION_4M_ON_TIME)
                .overall()
                .value()
                .orElseThrow();
        ServiceLevel exactly =
                new ServiceLevel("Byrådet", List.of(atLeast("X", Indicators.INVESTIGATION_4M_ON_TIME, null, value)));
        assertThat(exactly.compare(report).get(0).status()).isEqualTo(ServiceLevel.Status.MET);
    }

    @Test
    void compare_unknownIndicatorOrCategory_namesTheTarget() {
        assertThatThrownBy(
                        () -> new ServiceLevel("Byrådet", List.of(atLeast("X", "NO_SUCH", null, 0.5))).compare(report))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("targets[0] (X).indicator: expected an indicator of the report, got another id");
        assertThatThrownBy(() -> new ServiceLevel(
                                "Byrådet", List.of(atLeast("Y", Indicators.INTERVENTION_MIX_ACTIVE, null, 0.5)))
                        .compare(report))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("targets[0] (Y).category: expected one of");
        assertThatThrownBy(() -> new ServiceLevel(
                                "Byrådet", List.of(atLeast("Z", Indicators.INVESTIGATION_4M_ON_TIME, "PLACEMENT", 0.5)))
                        .compare(report))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("targets[0] (Z).category: expected none for a PROPORTION indicator, got one");
    }

    @Test
    void target_needsExactlyOneBound() {
        assertThatThrownBy(() -> new ServiceLevel.Target(
                        "X",
                        LocalizedText.of("x", "x"),
                        Indicators.INVESTIGATION_4M_ON_TIME,
                        Optional.empty(),
                        Optional.of(0.5),
                        Optional.of(0.9)))
                .hasMessage("X: expected exactly one of atLeast and atMost, got both");
        assertThatThrownBy(() -> new ServiceLevel("Byrådet", List.of()))
                .hasMessage("targets: expected one or more targets, got none");
    }

    static Stream<Json> jacksons() {
        return Jacksons.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jacksons")
    void json_readsTheDocumentedForm_andRefusesUnknownFields(Json json) throws Exception {
        String text = "{\"decided\": \"Børne- og Ungeudvalget, 12. juni 2025\", \"targets\": [{\"id\":"
                + " \"PREVENTIVE_SHARE\", \"name\": {\"da\": \"Forebyggende andel af indsatserne\", \"en\":"
                + " \"Preventive share of interventions\"}, \"indicator\": \"INTERVENTION_MIX_ACTIVE\", \"category\":"
                + " \"PREVENTIVE_SUPPORT\", \"atLeast\": 0.6}]}";

        ServiceLevel read = json.read(text, ServiceLevel.class);

        assertThat(read.targets()).hasSize(1);
        assertThat(read.targets().get(0).atLeast()).contains(0.6);
        assertThat(json.read(json.write(read), ServiceLevel.class)).isEqualTo(read);
        assertThatThrownBy(() -> json.read(text.replace("\"atLeast\"", "\"note\": 1, \"atLeast\""), ServiceLevel.class))
                .isInstanceOf(Exception.class);
        assertThatThrownBy(
                        () -> json.read(text.replace("{\"decided\"", "{\"note\": 1, \"decided\""), ServiceLevel.class))
                .isInstanceOf(Exception.class);
        assertThat(read.longCourseMonths()).isEmpty();
        assertThat(read.applyTo(CONFIG)).isEqualTo(CONFIG);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jacksons")
    void json_longCourseMonths_setsTheLimitTheReportCountsWith(Json json) throws Exception {
        String text = "{\"decided\": \"Byrådet, 2025\", \"longCourseMonths\": 9, \"targets\": [{\"id\": \"LONG\","
                + " \"name\": {\"da\": \"Lange forløb\", \"en\": \"Long courses\"}, \"indicator\":"
                + " \"LONG_COURSES_WITHOUT_PROGRESS\", \"atMost\": 0.3}]}";

        ServiceLevel read = json.read(text, ServiceLevel.class);

        assertThat(read.longCourseMonths()).contains(9);
        assertThat(read.applyTo(CONFIG).longCourseMonths()).isEqualTo(9);
        assertThat(json.read(json.write(read), ServiceLevel.class)).isEqualTo(read);
        assertThatThrownBy(() -> json.read(text.replace(": 9,", ": 0,"), ServiceLevel.class))
                .hasStackTraceContaining("longCourseMonths: expected a number of months, 1 or more");
    }
}
