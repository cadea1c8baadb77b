package dk.fremdrift.deadlines.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

/** A yearly day on a fixed date or a number of days from Easter Sunday, within the coverage. */
class DateRuleTest {

    private static final LocalDate FRI_2026_06_05 = LocalDate.of(2026, 6, 5);
    private static final LocalDate FRI_2026_05_15 = LocalDate.of(2026, 5, 15);

    @Test
    void fixed_sameMonthAndDayEveryYear() {
        DateRule constitutionDay = DateRule.fixed(Month.JUNE, 5);

        assertThat(constitutionDay.dateIn(2026)).isEqualTo(FRI_2026_06_05);
        assertThat(constitutionDay.isOn(FRI_2026_06_05)).isTrue();
        assertThat(constitutionDay.isOn(FRI_2026_06_05.plusDays(1))).isFalse();
    }

    @Test
    void easter_daysFromEasterSunday() {
        // Easter Sunday 2026 is 5 April; 40 days later is the Friday after Ascension Day.
        DateRule fridayAfterAscension = DateRule.easter(40);

        assertThat(fridayAfterAscension.dateIn(2026)).isEqualTo(FRI_2026_05_15);
        assertThat(fridayAfterAscension.isOn(FRI_2026_05_15)).isTrue();
        assertThat(fridayAfterAscension.isOn(FRI_2026_05_15.minusDays(1))).isFalse();
    }

    @Test
    void dateIn_outsideCoverage_throwsDateTimeExceptionNamingTheTable() {
        assertThatThrownBy(() -> DateRule.easter(0).dateIn(1949))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("year 1949 is outside the coverage of the Easter table: 1950 to 2199");
        assertThatThrownBy(() -> DateRule.easter(0).dateIn(2200))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("year 2200 is outside the coverage of the Easter table: 1950 to 2199");
        assertThatThrownBy(() -> DateRule.fixed(Month.JUNE, 5).dateIn(2200))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("year 2200 is outside the coverage of the Danish calendar: 1950 to 2199");
    }
}
