package dk.fremdrift.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The tables keep the moments from 1800 to 2500 UTC: the first second of 1800 in, the first of 2500 out. */
class ZoneDatesTest {

    @Test
    void isKept_from1800To2500Utc_halfOpen() {
        long first = Instant.parse("1800-01-01T00:00:00Z").getEpochSecond();
        long end = Instant.parse("2500-01-01T00:00:00Z").getEpochSecond();

        assertThat(ZoneDates.isKept(first - 1)).isFalse();
        assertThat(ZoneDates.isKept(first)).isTrue();
        assertThat(ZoneDates.isKept(end - 1)).isTrue();
        assertThat(ZoneDates.isKept(end)).isFalse();
    }
}
