package dk.fremdrift.validation.review.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.deadlines.internal.ZoneDates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Messages#moment} prints what the formatters {@code uuuu-MM-dd 'kl.' HH.mm} and {@code uuuu-MM-dd HH:mm}
 * print, and {@link Messages#date} what {@code LocalDate.toString()} prints, for random moments from year 1 to 12000
 * in Danish time and in UTC; {@link Messages#moment(Values, String, Instant, ZoneDates)}, which puts both languages
 * at once with the zone's offset from its table, puts exactly what the formatters print, also around every change of
 * offset and in zones with odd offsets.
 */
class MessagesMomentProperties {

    private static final DateTimeFormatter DANISH = DateTimeFormatter.ofPattern("uuuu-MM-dd 'kl.' HH.mm");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    static LongStream seeds() {
        return LongStream.range(0, 10).map(i -> 0x3073L * 31 + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void moment_randomMoments_sameAsFormatter(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long first = LocalDate.of(1, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long last = LocalDate.of(12000, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long recentFirst = LocalDate.of(1990, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long recentLast = LocalDate.of(2040, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        for (ZoneId zone : new ZoneId[] {ZoneId.of("Europe/Copenhagen"), ZoneOffset.UTC}) {
            for (int i = 0; i < 2_000; i++) {
                long second = i % 2 == 0 ? random.nextLong(first, last) : random.nextLong(recentFirst, recentLast);
                Instant t = Instant.ofEpochSecond(second, random.nextInt(1_000_000_000));
                assertThat(Messages.moment(t, zone, true))
                        .as("%s", t)
                        .isEqualTo(t.atZone(zone).format(DANISH));
                assertThat(Messages.moment(t, zone, false))
                        .as("%s", t)
                        .isEqualTo(t.atZone(zone).format(ENGLISH));
                assertBothLanguages(t, zone, seed);
                LocalDate d = LocalDate.ofInstant(t, zone);
                assertThat(Messages.date(d)).as("%s", d).isEqualTo(d.toString());
            }
        }
    }

    /** Years before year 1, which {@code LocalDate} and the formatters write with a sign: a date is text, not math. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void dateAndMoment_yearZeroAndBefore_sameAsFormatter(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long first = LocalDate.of(-9999, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long last = LocalDate.of(1, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        for (ZoneId zone : new ZoneId[] {ZoneId.of("Europe/Copenhagen"), ZoneOffset.UTC}) {
            for (int i = 0; i < 200; i++) {
                Instant t = Instant.ofEpochSecond(random.nextLong(first, last));
                LocalDate d = LocalDate.ofInstant(t, zone);
                assertThat(Messages.date(d)).as("%s (seed %d)", d, seed).isEqualTo(d.toString());
                assertThat(Messages.moment(t, zone, true))
                        .as("%s (seed %d)", t, seed)
                        .isEqualTo(t.atZone(zone).format(DANISH));
                assertThat(Messages.moment(t, zone, false))
                        .as("%s (seed %d)", t, seed)
                        .isEqualTo(t.atZone(zone).format(ENGLISH));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void momentInBothLanguages_transitionsAndOddZones_sameAsFormatter(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (String id :
                new String[] {"Europe/Copenhagen", "America/St_Johns", "Australia/Lord_Howe", "Pacific/Apia"}) {
            ZoneId zone = ZoneId.of(id);
            Instant t = Instant.parse("1900-01-01T00:00:00Z");
            java.time.zone.ZoneOffsetTransition next;
            int seen = 0;
            while ((next = zone.getRules().nextTransition(t)) != null && seen++ < 400) {
                for (long d = -61; d <= 61; d += 1 + random.nextInt(30)) {
                    assertBothLanguages(next.getInstant().plusSeconds(d), zone, seed);
                }
                t = next.getInstant();
            }
        }
    }

    private static void assertBothLanguages(Instant t, ZoneId zone, long seed) {
        Values values = Values.of();
        Messages.moment(values, "at", t, ZoneDates.of(zone));
        assertThat(values.danish("at"))
                .as("%s in %s (seed %d)", t, zone, seed)
                .isEqualTo(t.atZone(zone).format(DANISH));
        assertThat(values.english("at"))
                .as("%s in %s (seed %d)", t, zone, seed)
                .isEqualTo(t.atZone(zone).format(ENGLISH));
    }
}
