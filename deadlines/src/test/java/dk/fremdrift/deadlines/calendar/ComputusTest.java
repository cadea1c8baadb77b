package dk.fremdrift.deadlines.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ComputusTest {

    static Stream<Arguments> publishedEasterSundays() {
        return Stream.of(
                Arguments.of(2019, "2019-04-21"),
                Arguments.of(2020, "2020-04-12"),
                Arguments.of(2021, "2021-04-04"),
                Arguments.of(2022, "2022-04-17"),
                Arguments.of(2023, "2023-04-09"),
                Arguments.of(2024, "2024-03-31"),
                Arguments.of(2025, "2025-04-20"),
                Arguments.of(2026, "2026-04-05"),
                Arguments.of(2027, "2027-03-28"),
                Arguments.of(2028, "2028-04-16"),
                Arguments.of(2029, "2029-04-01"),
                Arguments.of(2030, "2030-04-21"),
                // the extremes of the Gregorian computus, outside the coverage
                Arguments.of(1818, "1818-03-22"),
                Arguments.of(2285, "2285-03-22"),
                Arguments.of(1943, "1943-04-25"),
                // the extremes inside the coverage
                Arguments.of(2008, "2008-03-23"),
                Arguments.of(2160, "2160-03-23"),
                Arguments.of(2038, "2038-04-25"),
                Arguments.of(2190, "2190-04-25"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("publishedEasterSundays")
    void easterSunday_publishedYears_matches(int year, String expected) {
        assertThat(Computus.easterSunday(year)).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void easterSunday_everyYear1583to4099_equalsGaussAlgorithm() {
        for (int year = 1583; year <= 4099; year++) {
            assertThat(Computus.easterSunday(year)).as("year %d", year).isEqualTo(NaiveCalendar.gaussEaster(year));
        }
    }

    @Test
    void easterSunday_everyYear_isASundayBetween22MarchAnd25April() {
        for (int year = 1583; year <= 4099; year++) {
            LocalDate easter = Computus.easterSunday(year);
            assertThat(easter.getDayOfWeek()).as("year %d", year).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(MonthDay.from(easter)).as("year %d", year).isBetween(MonthDay.of(3, 22), MonthDay.of(4, 25));
        }
    }

    @Test
    void easterSunday_coverage_earliestIs23MarchAndLatestIs25April() {
        List<LocalDate> easters = IntStream.rangeClosed(1950, 2199)
                .mapToObj(Computus::easterSunday)
                .sorted(Comparator.comparing(MonthDay::from))
                .toList();
        assertThat(easters.stream().filter(d -> MonthDay.from(d).equals(MonthDay.of(3, 23))))
                .containsExactly(LocalDate.of(2008, 3, 23), LocalDate.of(2160, 3, 23));
        assertThat(MonthDay.from(easters.get(0))).isEqualTo(MonthDay.of(3, 23));
        assertThat(easters.stream().filter(d -> MonthDay.from(d).equals(MonthDay.of(4, 25))))
                .containsExactly(LocalDate.of(2038, 4, 25), LocalDate.of(2190, 4, 25));
        assertThat(MonthDay.from(easters.get(easters.size() - 1))).isEqualTo(MonthDay.of(4, 25));
    }

    @Test
    void easterSunday_beforeGregorianReform_throws() {
        assertThatThrownBy(() -> Computus.easterSunday(1582))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1582");
    }
}
