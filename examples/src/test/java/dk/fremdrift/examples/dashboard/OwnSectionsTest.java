package dk.fremdrift.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.examples.report.InputCounts;
import dk.fremdrift.examples.report.ReportDocument;
import dk.fremdrift.examples.synthetic.SyntheticMunicipality;
import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.Dimension;
import dk.fremdrift.metrics.Indicator;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.MetricsAggregator;
import dk.fremdrift.metrics.MetricsConfig;
import dk.fremdrift.metrics.MetricsReport;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.ReportProfile;
import dk.fremdrift.metrics.ReportingPeriod;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Complaint;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.MunicipalityCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** An indicator of the municipality's own, which no section of the dashboard knows: a table and chart of its own. */
class OwnSectionsTest {

    private static final LocalDate AS_OF_DATE = LocalDate.of(2026, 11, 23);
    private static final Instant AS_OF = AS_OF_DATE
            .plusDays(1)
            .atStartOfDay(DeadlineEngine.DANISH_TIME)
            .toInstant()
            .minusSeconds(1);
    private static final ReportingPeriod PERIOD = ReportingPeriod.ofYear(2026);

    /** Complaints received in the period, a count the standard indicators do not have. */
    private static final Indicator COMPLAINTS = new Indicator() {
        private final IndicatorDefinition definition = new IndicatorDefinition(
                "LOCAL_COMPLAINTS_RECEIVED",
                IndicatorKind.COUNT,
                LocalizedText.of("Modtagne klager", "Complaints received"),
                LocalizedText.of("Antal klager modtaget i perioden.", "Complaints received in the period."),
                List.of(),
                InForcePeriod.from(LocalDate.of(2014, 1, 1)),
                LocalizedText.of("Klager modtaget i perioden.", "Complaints received in the period."),
                LocalizedText.of("Antallet.", "Their number."),
                LocalizedText.of("Ingen.", "None."),
                LocalizedText.of("Ingen.", "None."),
                Optional.empty(),
                Optional.empty(),
                List.of(Dimension.TEAM, Dimension.MONTH),
                List.of());

        @Override
        public IndicatorDefinition definition() {
            return definition;
        }

        @Override
        public void observe(CaseFacts facts, Observations out) {
            for (Complaint k : facts.childCase().complaints()) {
                if (facts.counts(k.received())) {
                    out.count(k.received());
                }
            }
        }
    };

    private static List<ChildCase> cases() {
        SyntheticMunicipality town = SyntheticMunicipality.builder()
                .municipality(MunicipalityCode.of(461))
                .children(300)
                .from(AS_OF_DATE.minusYears(4))
                .to(AS_OF_DATE.plusDays(1))
                .seed(20261205L)
                .build();
        try (Stream<ChildCase> s = town.cases()) {
            return s.toList();
        }
    }

    private static ReportDocument document(List<ChildCase> cases, ReportProfile profile) {
        DeadlineEngine engine =
                DeadlineEngine.builder(DanishCalendar.statutory()).build();
        MetricsAggregator metrics = MetricsAggregator.of(MetricsConfig.of(AS_OF, PERIOD), List.of(COMPLAINTS));
        cases.forEach(c -> metrics.add(c, engine));
        MetricsReport report = metrics.report(profile);
        InputCounts input = new InputCounts(cases.size(), cases.size(), 0);
        return new ReportDocument(
                AS_OF_DATE, Optional.of("461 Odense"), input, report, Optional.empty(), Optional.empty());
    }

    @Test
    void render_ownCount_sectionWithItsOverallCountTeamsAndMonthlyChart() {
        List<ChildCase> cases = cases();
        long received = cases.stream()
                .flatMap(c -> c.complaints().stream())
                .filter(k -> !k.received().isBefore(PERIOD.startInclusive())
                        && !k.received().isAfter(AS_OF_DATE))
                .count();

        String html = Dashboard.render(document(cases, ReportProfile.ADMINISTRATIVE), Locale.ENGLISH);

        assertThat(received).isPositive();
        assertThat(html).contains("<section id=\"own\"", "<li><a href=\"#own\">Own indicators</a></li>");
        String section = html.substring(
                html.indexOf("<section id=\"own\""), html.indexOf("</section>", html.indexOf("<section id=\"own\"")));
        Matcher overall = Pattern.compile("data-cell=\"LOCAL_COMPLAINTS_RECEIVED/all/headline\">([^<]*)<")
                .matcher(section);
        assertThat(overall.find()).isTrue();
        assertThat(overall.group(1).replace(",", "")).isEqualTo(Long.toString(received));
        assertThat(section)
                .contains("Complaints received per month")
                .contains("data-cell=\"LOCAL_COMPLAINTS_RECEIVED/TEAM/")
                .contains("data-cell=\"LOCAL_COMPLAINTS_RECEIVED/MONTH/2026-01/headline\"");
    }

    @Test
    void render_standardReport_noOwnSection() {
        DeadlineEngine engine =
                DeadlineEngine.builder(DanishCalendar.statutory()).build();
        MetricsAggregator metrics = MetricsAggregator.of(MetricsConfig.of(AS_OF, PERIOD));
        List<ChildCase> cases = cases().subList(0, 50);
        cases.forEach(c -> metrics.add(c, engine));
        ReportDocument d = new ReportDocument(
                AS_OF_DATE,
                Optional.empty(),
                new InputCounts(50, 50, 0),
                metrics.report(ReportProfile.ADMINISTRATIVE),
                Optional.empty(),
                Optional.empty());

        assertThat(Dashboard.render(d, Locale.ENGLISH)).doesNotContain("<section id=\"own\"");
    }
}
