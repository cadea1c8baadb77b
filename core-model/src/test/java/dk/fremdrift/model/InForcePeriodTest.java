package dk.fremdrift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InForcePeriodTest {

    static final LocalDate SEL_START = LocalDate.of(1998, 7, 1);
    static final LocalDate BL_START = LocalDate.of(2024, 1, 1);
    static final InForcePeriod SEL = InForcePeriod.between(SEL_START, BL_START);
    static final InForcePeriod BL = InForcePeriod.from(BL_START);

    static Stream<Arguments> contains() {
        return Stream.of(
                Arguments.of(SEL, LocalDate.of(1998, 6, 30), false),
                Arguments.of(SEL, SEL_START, true),
                Arguments.of(SEL, LocalDate.of(2023, 12, 31), true),
                Arguments.of(SEL, BL_START, false),
                Arguments.of(BL, LocalDate.of(2023, 12, 31), false),
                Arguments.of(BL, BL_START, true),
                Arguments.of(BL, LocalDate.of(9999, 12, 31), true));
    }

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @MethodSource("contains")
    void contains_halfOpen_startInEndOut(InForcePeriod period, LocalDate date, boolean expected) {
        assertThat(period.contains(date)).isEqualTo(expected);
    }

    static Stream<Arguments> overlaps() {
        LocalDate d = LocalDate.of(2020, 1, 1);
        return Stream.of(
                Arguments.of(SEL, BL, false), // they meet on 2024-01-01 without sharing a day
                Arguments.of(SEL, InForcePeriod.between(LocalDate.of(2023, 12, 31), BL_START), true),
                Arguments.of(BL, InForcePeriod.from(LocalDate.of(2030, 1, 1)), true),
                Arguments.of(InForcePeriod.between(d, d.plusDays(1)), InForcePeriod.between(d, d.plusDays(1)), true),
                Arguments.of(
                        InForcePeriod.between(d, d.plusDays(1)),
                        InForcePeriod.between(d.plusDays(1), d.plusDays(2)),
                        false),
                Arguments.of(InForcePeriod.from(d), InForcePeriod.between(SEL_START, d), false),
                Arguments.of(InForcePeriod.from(d), InForcePeriod.between(SEL_START, d.plusDays(1)), true),
                Arguments.of(SEL, InForcePeriod.between(LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1)), true));
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @MethodSource("overlaps")
    void overlaps_periods_symmetricAndHalfOpen(InForcePeriod a, InForcePeriod b, boolean expected) {
        assertThat(a.overlaps(b)).isEqualTo(expected);
        assertThat(b.overlaps(a)).isEqualTo(expected);
    }

    @Test
    void toDanish_closedAndOpen_inDanish() {
        assertThat(SEL.toDanish()).isEqualTo("1. juli 1998 til og med 31. december 2023");
        assertThat(BL.toDanish()).isEqualTo("fra 1. januar 2024");
        assertThat(SEL.toString()).isEqualTo("1998-07-01 to 2023-12-31");
        assertThat(BL.toString()).isEqualTo("from 2024-01-01");
    }

    @Test
    void endInclusive_dayBeforeEnd() {
        assertThat(SEL.endInclusive()).contains(LocalDate.of(2023, 12, 31));
        assertThat(BL.endInclusive()).isEmpty();
        assertThat(BL.endExclusive()).isEmpty();
    }

    @Test
    void constructor_endNotAfterStart_throwsNamingBoth() {
        assertThatThrownBy(() -> InForcePeriod.between(BL_START, BL_START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endExclusive: expected a date after startInclusive, got the same or an earlier date");
        assertThatThrownBy(() -> InForcePeriod.between(BL_START, SEL_START))
                .hasMessage("endExclusive: expected a date after startInclusive, got the same or an earlier date");
        assertThatThrownBy(() -> InForcePeriod.from(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("startInclusive");
        assertThat(new InForcePeriod(BL_START, null)).isEqualTo(BL);
        assertThatThrownBy(() -> BL.contains(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> BL.overlaps(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equals_sameDates_equal() {
        assertThat(InForcePeriod.between(SEL_START, BL_START))
                .isEqualTo(SEL)
                .hasSameHashCodeAs(SEL)
                .isNotEqualTo(BL)
                .isNotEqualTo(new InForcePeriod(SEL_START, Optional.empty()));
    }
}
