package dk.fremdrift.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ZoneDates} answers exactly as the plain java.time expressions it stands for ({@code LocalDate.ofInstant},
 * the zone rules' offset, the start of the next day less a second), in zones with summer time on either side of the
 * year, negative summer time, a skipped day, historic offsets in seconds and none at all, for random moments and dates
 * and for the moments around every transition. Each zone is a separate test; the seed is the zone id's hash code,
 * printed with every failure.
 */
class ZoneDatesProperties {

    static Stream<ZoneId> zones() {
        return Stream.of(
                        "Europe/Copenhagen",
                        "UTC",
                        "America/New_York",
                        "Australia/Lord_Howe",
                        "Europe/Dublin",
                        "Pacific/Apia",
                        "Asia/Kolkata",
                        "Africa/Monrovia",
                        "America/St_Johns")
                .map(ZoneId::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("zones")
    void dateOf_randomAndTransitionMoments_sameAsLocalDateOfInstant(ZoneId zone) {
        ZoneDates days = ZoneDates.fresh(zone);
        long seed = zone.getId().hashCode();
        SplittableRandom random = new SplittableRandom(seed);
        List<Instant> moments = new ArrayList<>();
        long first = LocalDate.of(1750, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long last = LocalDate.of(2550, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            moments.add(Instant.ofEpochSecond(random.nextLong(first, last), random.nextInt(1_000_000_000)));
        }
        Instant t = Instant.ofEpochSecond(first);
        ZoneOffsetTransition next;
        while ((next = zone.getRules().nextTransition(t)) != null
                && next.getInstant().getEpochSecond() < last) {
            for (long d = -2; d <= 2; d++) {
                moments.add(next.getInstant().plusSeconds(d));
            }
            t = next.getInstant();
        }
        moments.add(Instant.MIN);
        moments.add(Instant.MAX);
        for (int pass = 0; pass < 2; pass++) {
            for (Instant m : moments) {
                assertThat(answer(() -> days.dateOf(m)))
                        .as("%s in %s (seed %d)", m, zone, seed)
                        .isEqualTo(answer(() -> LocalDate.ofInstant(m, zone)));
                if (ZoneDates.isKept(m.getEpochSecond())) {
                    assertThat(days.offsetSeconds(m))
                            .as("offset at %s in %s (seed %d)", m, zone, seed)
                            .isEqualTo(zone.getRules().getOffset(m).getTotalSeconds());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("zones")
    void endOfDay_everyDateOfFourCenturies_sameAsStartOfNextDayMinusOneSecond(ZoneId zone) {
        ZoneDates days = ZoneDates.fresh(zone);
        for (int pass = 0; pass < 2; pass++) {
            for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() < 2300; d = d.plusDays(1)) {
                assertThat(days.endOfDay(d))
                        .as("%s in %s", d, zone)
                        .isEqualTo(d.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1));
            }
        }
        assertThat(answer(() -> days.endOfDay(LocalDate.MAX)))
                .isEqualTo(answer(() -> LocalDate.MAX.plusDays(1).atStartOfDay(zone)));
    }

    /** The value, or the class of the exception, so that errors must be the same too. */
    private static Object answer(java.util.function.Supplier<Object> s) {
        try {
            return s.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }
}
