package dk.fremdrift.metrics.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shortcut of the 12 months before a notification gives the zone's answer, in zones with odd offsets too. */
class RepeatNotificationsProperties {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12).map(i -> 0xCA5E_0000L + i * 104_729);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void inYearBefore_momentsAboutAYearApart_sameAsTwelveMonthsBackInTheZone(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ZoneId> zones = List.of(
                ZoneId.of("Europe/Copenhagen"),
                ZoneId.of("Pacific/Apia"),
                ZoneId.of("Australia/Lord_Howe"),
                ZoneId.of("America/St_Johns"),
                ZoneId.of("Pacific/Kiritimati"),
                ZoneId.of("UTC"));
        long first = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            ZoneId zone = zones.get(random.nextInt(zones.size()));
            Instant later = Instant.ofEpochSecond(random.nextLong(first, last), random.nextInt(1_000_000_000));
            // Mostly within a few days of a year before, where the answer needs the zone.
            long back = i % 10 == 0 ? random.nextLong(0, 800L * 86_400) : random.nextLong(361L * 86_400, 370L * 86_400);
            Instant earlier = later.minusSeconds(back).plusNanos(random.nextInt(-1_000_000_000, 1_000_000_000));
            assertThat(RepeatNotifications.inYearBefore(earlier, later, zone))
                    .as("seed %d: %s, %s in %s", seed, earlier, later, zone)
                    .isEqualTo(
                            !earlier.isBefore(later.atZone(zone).minusMonths(12).toInstant()));
        }
    }
}
