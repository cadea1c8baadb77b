package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.aCase;
import static dk.fremdrift.metrics.Fixtures.date;
import static dk.fremdrift.metrics.Fixtures.notification;
import static dk.fremdrift.metrics.Fixtures.overall;
import static dk.fremdrift.metrics.Fixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The notification indicators on hand-built cases seen at noon on Thursday 20 November 2025 for the year 2025, with
 * the expected numbers worked out in each test.
 */
class NotificationIndicatorsTest {

    @Nested
    class Notifications {

        // A: 1 December 2024 (before the period), 1 February and 1 March 2025 (repeats within 12 months), 1
        // December 2025 (after asOf: not seen). B: 1 April, alone. C: 15 January 2024 and 20 January 2025: more than
        // 12 months apart. D: 10 June 2024 and 10 June 2025 at the same time of day: exactly 12 months, a repeat.
        private final ChildCase a = aCase("N-A")
                .addNotification(notification("n1", "2024-12-01T10:00"))
                .addNotification(notification("n2", "2025-02-01T10:00"))
                .addNotification(notification("n3", "2025-03-01T10:00"))
                .addNotification(notification("n4", "2025-12-01T10:00"))
                .build();
        private final ChildCase b = aCase("N-B")
                .addNotification(notification("n1", "2025-04-01T10:00"))
                .build();
        private final ChildCase c = aCase("N-C", date("2012-05-12"), date("2024-01-15"))
                .addNotification(notification("n1", "2024-01-15T10:00"))
                .addNotification(notification("n2", "2025-01-20T10:00"))
                .build();
        private final ChildCase d = aCase("N-D", date("2012-05-12"), date("2024-06-10"))
                .addNotification(notification("n1", "2024-06-10T10:00"))
                .addNotification(notification("n2", "2025-06-10T10:00"))
                .build();

        @Test
        void report_received_countedInPeriodUpToAsOf() {
            MetricsReport report = report(a, b, c, d);

            assertThat(overall(report, Indicators.NOTIFICATIONS_RECEIVED).count())
                    .contains(5L);
            assertThat(overall(report, Indicators.NOTIFICATIONS_RECEIVED).value())
                    .contains(5.0);
            assertThat(report.getIndicator(Indicators.NOTIFICATIONS_RECEIVED).monthly())
                    .extracting(v -> v.count().orElseThrow())
                    .containsExactly(1L, 1L, 1L, 1L, 0L, 1L, 0L, 0L, 0L, 0L, 0L);
        }

        @Test
        void report_repeats_earlierNotificationWithin12MonthsBefore() {
            IndicatorValue v = overall(report(a, b, c, d), Indicators.REPEAT_NOTIFICATIONS_12M);

            // A's two and D's one are repeats; B's and C's are not.
            assertThat(v.count()).contains(3L);
            assertThat(v.denominator()).contains(5L);
            assertThat(v.value()).contains(0.6);
        }

        @Test
        void report_perChild_meanAndPlacedByFirstNotification() {
            MetricsReport report = report(a, b, c, d);
            IndicatorValue v = overall(report, Indicators.NOTIFICATIONS_PER_CHILD);

            assertThat(v.count()).contains(5L);
            assertThat(v.denominator()).contains(4L);
            assertThat(v.value()).contains(1.25);
            // A's first notification in the period is in February: both of its notifications are placed there.
            IndicatorValue february = report.getIndicator(Indicators.NOTIFICATIONS_PER_CHILD)
                    .monthly()
                    .get(1);
            assertThat(february.count()).contains(2L);
            assertThat(february.denominator()).contains(1L);
            IndicatorValue march = report.getIndicator(Indicators.NOTIFICATIONS_PER_CHILD)
                    .monthly()
                    .get(2);
            assertThat(march.denominator()).contains(0L);
        }
    }
}
