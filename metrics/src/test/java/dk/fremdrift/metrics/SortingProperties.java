package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.Screening;
import dk.fremdrift.model.ScreeningOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The indicators of the sorting of concerns recomputed by plain second implementations on seeded random cases, overall
 * and by month, under two settings: notifications ending with no action, new notifications within 6 and 12 months of
 * a screening with no action, and notifications about children who already had support.
 */
class SortingProperties {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 8).map(i -> 0x5027_0000L + i * 6_151);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void report_randomCases_sameAsPlainCounts(long seed) {
        List<ChildCase> cases = new RandomCases(seed).cases(PlainShares.CASES);
        for (MetricsConfig config : PlainShares.CONFIGS) {
            MetricsAggregator aggregator = MetricsAggregator.of(config);
            cases.forEach(c -> aggregator.add(c, ENGINE));
            MetricsReport report = aggregator.report(ReportProfile.ADMINISTRATIVE);
            String what = "seed " + seed + ", " + config.period() + ": ";

            PlainShares.Cell noAction = noAction(cases, config)
                    .assertSameAs(report.getIndicator(Indicators.NOTIFICATIONS_NO_ACTION), what + "no action");
            assertThat(noAction.met()).as(what + "some ended with no action").isPositive();
            assertThat(noAction.excluded()).as(what + "some not screened").isPositive();
            PlainShares.Cell six = renotified(cases, config, 6)
                    .assertSameAs(report.getIndicator(Indicators.RENOTIFIED_AFTER_NO_ACTION_6M), what + "6 months");
            renotified(cases, config, 12)
                    .assertSameAs(report.getIndicator(Indicators.RENOTIFIED_AFTER_NO_ACTION_12M), what + "12 months");
            assertThat(six.judged() + six.censored())
                    .as(what + "screenings with no action")
                    .isPositive();
            PlainShares.Cell supported = supported(cases, config)
                    .assertSameAs(report.getIndicator(Indicators.NOTIFICATIONS_ABOUT_SUPPORTED), what + "with support");
            assertThat(supported.met())
                    .as(what + "some about children with support")
                    .isPositive();
        }
    }

    private static LocalDate asOfDate(MetricsConfig config) {
        return config.asOf().atZone(config.zone()).toLocalDate();
    }

    /** The Danish date of receipt of a notification received by asOf in the period, or null. */
    private static LocalDate received(Notification n, MetricsConfig config) {
        LocalDate day = n.received().atZone(config.zone()).toLocalDate();
        return !n.received().isAfter(config.asOf()) && config.period().contains(day) ? day : null;
    }

    /** The last screening by date (the later in the list on a tie) that lists the notification by asOf's date. */
    private static Screening sorting(ChildCase c, Notification n, MetricsConfig config) {
        return c.screenings().stream()
                .filter(s -> s.notificationIds().contains(n.id()) && !s.date().isAfter(asOfDate(config)))
                .reduce(null, (a, b) -> a == null || !b.date().isBefore(a.date()) ? b : a);
    }

    private static PlainShares noAction(List<ChildCase> cases, MetricsConfig config) {
        PlainShares plain = new PlainShares();
        for (ChildCase c : cases) {
            for (Notification n : c.notifications()) {
                LocalDate day = received(n, config);
                if (day != null) {
                    Screening s = sorting(c, n, config);
                    plain.unit(
                            day,
                            s == null
                                    ? Outcome.EXCLUDED
                                    : s.outcome() == ScreeningOutcome.NO_ACTION ? Outcome.MET : Outcome.NOT_MET);
                }
            }
            plain.endCase();
        }
        return plain;
    }

    private static PlainShares renotified(List<ChildCase> cases, MetricsConfig config, int months) {
        PlainShares plain = new PlainShares();
        ZoneId zone = config.zone();
        Instant asOf = config.asOf();
        for (ChildCase c : cases) {
            for (Notification n : c.notifications()) {
                Screening s = sorting(c, n, config);
                if (s == null || s.outcome() != ScreeningOutcome.NO_ACTION) {
                    continue;
                }
                LocalDate until = s.date().plusMonths(months);
                if (!config.period().contains(until) || until.isAfter(asOfDate(config))) {
                    continue;
                }
                boolean again = c.notifications().stream()
                        .filter(o -> !o.received().isAfter(asOf))
                        .map(o -> o.received().atZone(zone).toLocalDate())
                        .anyMatch(d -> d.isAfter(s.date()) && !d.isAfter(until));
                plain.unit(until, again ? Outcome.MET : Outcome.NOT_MET);
            }
            plain.endCase();
        }
        return plain;
    }

    private static PlainShares supported(List<ChildCase> cases, MetricsConfig config) {
        PlainShares plain = new PlainShares();
        for (ChildCase c : cases) {
            for (Notification n : c.notifications()) {
                LocalDate day = received(n, config);
                if (day == null) {
                    continue;
                }
                boolean had = false;
                for (Intervention iv : c.interventions()) {
                    had |= iv.start().isBefore(day)
                            && (iv.end().isEmpty() || !iv.end().get().isBefore(day));
                }
                plain.unit(day, had ? Outcome.MET : Outcome.NOT_MET);
            }
            plain.endCase();
        }
        return plain;
    }
}
