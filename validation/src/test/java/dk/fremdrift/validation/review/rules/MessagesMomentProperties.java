package dk.fremdrift.validation.review.rules;

import static org.assertj.core.api.Assertions.assertThat;

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
 * in Danish time and in UTC.
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
                LocalDate d = LocalDate.ofInstant(t, zone);
                assertThat(Messages.date(d)).as("%s", d).isEqualTo(d.toString());
            }
        }
    }
}
