package dk.fremdrift.deadlines.calendar;

import static dk.fremdrift.deadlines.calendar.StatutoryHoliday.ASCENSION_DAY;
import static dk.fremdrift.deadlines.calendar.StatutoryHoliday.CHRISTMAS_DAY;
import static dk.fremdrift.deadlines.calendar.StatutoryHoliday.EASTER_MONDAY;
import static dk.fremdrift.deadlines.calendar.StatutoryHoliday.EASTER_SUNDAY;
import static dk.fremdrift.deadlines.calendar.StatutoryHoliday.GENERAL_PRAYER_DAY;
import static dk.fremdrift.deadlines.calendar.StatutoryHoliday.GOOD_FRIDAY;
import static dk.fremdrift.deadlines.calendar.StatutoryHoliday.MAUNDY_THURSDAY;
import static dk.fremdrift.deadlines.calendar.StatutoryHoliday.NEW_YEARS_DAY;
import static dk.fremdrift.deadlines.calendar.StatutoryHoliday.SECOND_DAY_OF_CHRISTMAS;
import static dk.fremdrift.deadlines.calendar.StatutoryHoliday.WHIT_MONDAY;
import static dk.fremdrift.deadlines.calendar.StatutoryHoliday.WHIT_SUNDAY;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every helligdag of 2019 to 2030, by date, against a list written out here (not computed by the code under test;
 * Easter Sundays checked against published church calendars: 2019-04-21, 2020-04-12, 2021-04-04, 2022-04-17,
 * 2023-04-09, 2024-03-31, 2025-04-20, 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21), and the law
 * change that abolished store bededag from 2024.
 */
class StatutoryHolidaysTest {

    private static final DanishCalendar DK = DanishCalendar.statutory();

    /** A row of the list: the date, its weekday (a check on the row itself) and the helligdag. */
    record Row(LocalDate date, DayOfWeek weekday, StatutoryHoliday holiday) {
        @Override
        public String toString() {
            return date + " " + weekday + " " + holiday;
        }
    }

    private static Row h(String date, DayOfWeek weekday, StatutoryHoliday holiday) {
        return new Row(LocalDate.parse(date), weekday, holiday);
    }

    static List<Row> helligdage2019to2030() {
        return List.of(
                // 2019: Easter Sunday 2019-04-21
                h("2019-01-01", TUESDAY, NEW_YEARS_DAY),
                h("2019-04-18", THURSDAY, MAUNDY_THURSDAY),
                h("2019-04-19", FRIDAY, GOOD_FRIDAY),
                h("2019-04-21", SUNDAY, EASTER_SUNDAY),
                h("2019-04-22", MONDAY, EASTER_MONDAY),
                h("2019-05-17", FRIDAY, GENERAL_PRAYER_DAY),
                h("2019-05-30", THURSDAY, ASCENSION_DAY),
                h("2019-06-09", SUNDAY, WHIT_SUNDAY),
                h("2019-06-10", MONDAY, WHIT_MONDAY),
                h("2019-12-25", WEDNESDAY, CHRISTMAS_DAY),
                h("2019-12-26", THURSDAY, SECOND_DAY_OF_CHRISTMAS),
                // 2020: Easter Sunday 2020-04-12
                h("2020-01-01", WEDNESDAY, NEW_YEARS_DAY),
                h("2020-04-09", THURSDAY, MAUNDY_THURSDAY),
                h("2020-04-10", FRIDAY, GOOD_FRIDAY),
                h("2020-04-12", SUNDAY, EASTER_SUNDAY),
                h("2020-04-13", MONDAY, EASTER_MONDAY),
                h("2020-05-08", FRIDAY, GENERAL_PRAYER_DAY),
                h("2020-05-21", THURSDAY, ASCENSION_DAY),
                h("2020-05-31", SUNDAY, WHIT_SUNDAY),
                h("2020-06-01", MONDAY, WHIT_MONDAY),
                h("2020-12-25", FRIDAY, CHRISTMAS_DAY),
                h("2020-12-26", SATURDAY, SECOND_DAY_OF_CHRISTMAS),
                // 2021: Easter Sunday 2021-04-04
                h("2021-01-01", FRIDAY, NEW_YEARS_DAY),
                h("2021-04-01", THURSDAY, MAUNDY_THURSDAY),
                h("2021-04-02", FRIDAY, GOOD_FRIDAY),
                h("2021-04-04", SUNDAY, EASTER_SUNDAY),
                h("2021-04-05", MONDAY, EASTER_MONDAY),
                h("2021-04-30", FRIDAY, GENERAL_PRAYER_DAY),
                h("2021-05-13", THURSDAY, ASCENSION_DAY),
                h("2021-05-23", SUNDAY, WHIT_SUNDAY),
                h("2021-05-24", MONDAY, WHIT_MONDAY),
                h("2021-12-25", SATURDAY, CHRISTMAS_DAY),
                h("2021-12-26", SUNDAY, SECOND_DAY_OF_CHRISTMAS),
                // 2022: Easter Sunday 2022-04-17
                h("2022-01-01", SATURDAY, NEW_YEARS_DAY),
                h("2022-04-14", THURSDAY, MAUNDY_THURSDAY),
                h("2022-04-15", FRIDAY, GOOD_FRIDAY),
                h("2022-04-17", SUNDAY, EASTER_SUNDAY),
                h("2022-04-18", MONDAY, EASTER_MONDAY),
                h("2022-05-13", FRIDAY, GENERAL_PRAYER_DAY),
                h("2022-05-26", THURSDAY, ASCENSION_DAY),
                h("2022-06-05", SUNDAY, WHIT_SUNDAY),
                h("2022-06-06", MONDAY, WHIT_MONDAY),
                h("2022-12-25", SUNDAY, CHRISTMAS_DAY),
                h("2022-12-26", MONDAY, SECOND_DAY_OF_CHRISTMAS),
                // 2023: Easter Sunday 2023-04-09
                h("2023-01-01", SUNDAY, NEW_YEARS_DAY),
                h("2023-04-06", THURSDAY, MAUNDY_THURSDAY),
                h("2023-04-07", FRIDAY, GOOD_FRIDAY),
                h("2023-04-09", SUNDAY, EASTER_SUNDAY),
                h("2023-04-10", MONDAY, EASTER_MONDAY),
                h("2023-05-05", FRIDAY, GENERAL_PRAYER_DAY),
                h("2023-05-18", THURSDAY, ASCENSION_DAY),
                h("2023-05-28", SUNDAY, WHIT_SUNDAY),
                h("2023-05-29", MONDAY, WHIT_MONDAY),
                h("2023-12-25", MONDAY, CHRISTMAS_DAY),
                h("2023-12-26", TUESDAY, SECOND_DAY_OF_CHRISTMAS),
                // 2024: Easter Sunday 2024-03-31
                h("2024-01-01", MONDAY, NEW_YEARS_DAY),
                h("2024-03-28", THURSDAY, MAUNDY_THURSDAY),
                h("2024-03-29", FRIDAY, GOOD_FRIDAY),
                h("2024-03-31", SUNDAY, EASTER_SUNDAY),
                h("2024-04-01", MONDAY, EASTER_MONDAY),
                h("2024-05-09", THURSDAY, ASCENSION_DAY),
                h("2024-05-19", SUNDAY, WHIT_SUNDAY),
                h("2024-05-20", MONDAY, WHIT_MONDAY),
                h("2024-12-25", WEDNESDAY, CHRISTMAS_DAY),
                h("2024-12-26", THURSDAY, SECOND_DAY_OF_CHRISTMAS),
                // 2025: Easter Sunday 2025-04-20
                h("2025-01-01", WEDNESDAY, NEW_YEARS_DAY),
                h("2025-04-17", THURSDAY, MAUNDY_THURSDAY),
                h("2025-04-18", FRIDAY, GOOD_FRIDAY),
                h("2025-04-20", SUNDAY, EASTER_SUNDAY),
                h("2025-04-21", MONDAY, EASTER_MONDAY),
                h("2025-05-29", THURSDAY, ASCENSION_DAY),
                h("2025-06-08", SUNDAY, WHIT_SUNDAY),
                h("2025-06-09", MONDAY, WHIT_MONDAY),
                h("2025-12-25", THURSDAY, CHRISTMAS_DAY),
                h("2025-12-26", FRIDAY, SECOND_DAY_OF_CHRISTMAS),
                // 2026: Easter Sunday 2026-04-05
                h("2026-01-01", THURSDAY, NEW_YEARS_DAY),
                h("2026-04-02", THURSDAY, MAUNDY_THURSDAY),
                h("2026-04-03", FRIDAY, GOOD_FRIDAY),
                h("2026-04-05", SUNDAY, EASTER_SUNDAY),
                h("2026-04-06", MONDAY, EASTER_MONDAY),
                h("2026-05-14", THURSDAY, ASCENSION_DAY),
                h("2026-05-24", SUNDAY, WHIT_SUNDAY),
                h("2026-05-25", MONDAY, WHIT_MONDAY),
                h("2026-12-25", FRIDAY, CHRISTMAS_DAY),
                h("2026-12-26", SATURDAY, SECOND_DAY_OF_CHRISTMAS),
                // 2027: Easter Sunday 2027-03-28
                h("2027-01-01", FRIDAY, NEW_YEARS_DAY),
                h("2027-03-25", THURSDAY, MAUNDY_THURSDAY),
                h("2027-03-26", FRIDAY, GOOD_FRIDAY),
                h("2027-03-28", SUNDAY, EASTER_SUNDAY),
                h("2027-03-29", MONDAY, EASTER_MONDAY),
                h("2027-05-06", THURSDAY, ASCENSION_DAY),
                h("2027-05-16", SUNDAY, WHIT_SUNDAY),
                h("2027-05-17", MONDAY, WHIT_MONDAY),
                h("2027-12-25", SATURDAY, CHRISTMAS_DAY),
                h("2027-12-26", SUNDAY, SECOND_DAY_OF_CHRISTMAS),
                // 2028: Easter Sunday 2028-04-16
                h("2028-01-01", SATURDAY, NEW_YEARS_DAY),
                h("2028-04-13", THURSDAY, MAUNDY_THURSDAY),
                h("2028-04-14", FRIDAY, GOOD_FRIDAY),
                h("2028-04-16", SUNDAY, EASTER_SUNDAY),
                h("2028-04-17", MONDAY, EASTER_MONDAY),
                h("2028-05-25", THURSDAY, ASCENSION_DAY),
                h("2028-06-04", SUNDAY, WHIT_SUNDAY),
                h("2028-06-05", MONDAY, WHIT_MONDAY),
                h("2028-12-25", MONDAY, CHRISTMAS_DAY),
                h("2028-12-26", TUESDAY, SECOND_DAY_OF_CHRISTMAS),
                // 2029: Easter Sunday 2029-04-01
                h("2029-01-01", MONDAY, NEW_YEARS_DAY),
                h("2029-03-29", THURSDAY, MAUNDY_THURSDAY),
                h("2029-03-30", FRIDAY, GOOD_FRIDAY),
                h("2029-04-01", SUNDAY, EASTER_SUNDAY),
                h("2029-04-02", MONDAY, EASTER_MONDAY),
                h("2029-05-10", THURSDAY, ASCENSION_DAY),
                h("2029-05-20", SUNDAY, WHIT_SUNDAY),
                h("2029-05-21", MONDAY, WHIT_MONDAY),
                h("2029-12-25", TUESDAY, CHRISTMAS_DAY),
                h("2029-12-26", WEDNESDAY, SECOND_DAY_OF_CHRISTMAS),
                // 2030: Easter Sunday 2030-04-21
                h("2030-01-01", TUESDAY, NEW_YEARS_DAY),
                h("2030-04-18", THURSDAY, MAUNDY_THURSDAY),
                h("2030-04-19", FRIDAY, GOOD_FRIDAY),
                h("2030-04-21", SUNDAY, EASTER_SUNDAY),
                h("2030-04-22", MONDAY, EASTER_MONDAY),
                h("2030-05-30", THURSDAY, ASCENSION_DAY),
                h("2030-06-09", SUNDAY, WHIT_SUNDAY),
                h("2030-06-10", MONDAY, WHIT_MONDAY),
                h("2030-12-25", WEDNESDAY, CHRISTMAS_DAY),
                h("2030-12-26", THURSDAY, SECOND_DAY_OF_CHRISTMAS));
    }

    @Test
    void list_rowsCarryTheRightWeekday() {
        assertThat(helligdage2019to2030())
                .allSatisfy(row ->
                        assertThat(row.date().getDayOfWeek()).as(row.toString()).isEqualTo(row.weekday()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("helligdage2019to2030")
    void findHoliday_helligdag_isStatutoryWithNames(Row row) {
        Optional<Holiday> holiday = DK.findHoliday(row.date());

        assertThat(holiday).isPresent();
        assertThat(holiday.get().date()).isEqualTo(row.date());
        assertThat(holiday.get().category()).isEqualTo(HolidayCategory.STATUTORY);
        assertThat(holiday.get().danishName()).isEqualTo(row.holiday().danishName());
        assertThat(holiday.get().englishName()).isEqualTo(row.holiday().englishName());
        assertThat(holiday.get().legalSource()).isPresent();
        assertThat(DK.isWorkingDay(row.date())).isFalse();
        assertThat(StatutoryHoliday.findOn(row.date())).contains(row.holiday());
        assertThat(row.holiday().findDateIn(row.date().getYear())).contains(row.date());
    }

    @Test
    void holidaysIn_2019to2030_areExactlyTheList() {
        Map<Integer, List<LocalDate>> expected = helligdage2019to2030().stream()
                .collect(Collectors.groupingBy(
                        row -> row.date().getYear(), TreeMap::new, Collectors.mapping(Row::date, Collectors.toList())));
        for (int year = 2019; year <= 2030; year++) {
            assertThat(DK.holidaysIn(year))
                    .extracting(Holiday::date)
                    .as("year %d", year)
                    .isEqualTo(expected.get(year));
        }
    }

    @Test
    void isWorkingDay_2019to2030_isWeekdayAndNotInTheList() {
        List<LocalDate> listed = helligdage2019to2030().stream().map(Row::date).toList();
        for (LocalDate d = LocalDate.of(2019, 1, 1); d.getYear() <= 2030; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == SATURDAY || d.getDayOfWeek() == SUNDAY;
            assertThat(DK.isWorkingDay(d)).as(d.toString()).isEqualTo(!weekend && !listed.contains(d));
            assertThat(DK.isHoliday(d)).as(d.toString()).isEqualTo(listed.contains(d));
        }
    }

    @Test
    void holidaysIn_eachYear_hasElevenHelligdageUntil2023AndTenFrom2024() {
        assertThat(IntStream.rangeClosed(1950, 2023).map(y -> DK.holidaysIn(y).size()))
                .containsOnly(11);
        assertThat(IntStream.rangeClosed(2024, 2199).map(y -> DK.holidaysIn(y).size()))
                .containsOnly(10);
    }

    static Stream<Integer> years1990to2023() {
        return IntStream.rangeClosed(1990, 2023).boxed();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years1990to2023")
    void storeBededag_1990to2023_isAClosedHelligdag(int year) {
        LocalDate easter = EASTER_SUNDAY.findDateIn(year).orElseThrow();
        LocalDate bededag = easter.plusDays(26);

        assertThat(bededag.getDayOfWeek()).isEqualTo(FRIDAY);
        assertThat(GENERAL_PRAYER_DAY.findDateIn(year)).contains(bededag);
        assertThat(GENERAL_PRAYER_DAY.isValidIn(year)).isTrue();
        assertThat(DK.findHoliday(bededag)).map(Holiday::danishName).contains("Store bededag");
        assertThat(DK.isWorkingDay(bededag)).isFalse();
    }

    static Stream<Integer> years2024to2199() {
        return IntStream.rangeClosed(2024, 2199).boxed();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years2024to2199")
    void storeBededag_from2024_isAnOrdinaryWorkingDay(int year) {
        LocalDate formerBededag = EASTER_SUNDAY.findDateIn(year).orElseThrow().plusDays(26);

        assertThat(GENERAL_PRAYER_DAY.findDateIn(year)).isEmpty();
        assertThat(GENERAL_PRAYER_DAY.isValidIn(year)).isFalse();
        assertThat(DK.findHoliday(formerBededag)).isEmpty();
        assertThat(DK.isWorkingDay(formerBededag)).isTrue();
        assertThat(DK.holidaysIn(year)).extracting(Holiday::danishName).doesNotContain("Store bededag");
    }

    @Test
    void storeBededag_lastAndFirstYears_areDeclared() {
        assertThat(GENERAL_PRAYER_DAY.lastYear()).contains(Year.of(2023));
        assertThat(GENERAL_PRAYER_DAY.legalSource())
                .hasValueSatisfying(s -> assertThat(s).contains("lov nr. 214 af 6. marts 2023"));
        assertThat(Stream.of(StatutoryHoliday.values()).filter(h -> h != GENERAL_PRAYER_DAY))
                .allSatisfy(h -> assertThat(h.lastYear()).as(h.name()).isEmpty());
        assertThat(Stream.of(StatutoryHoliday.values()))
                .allSatisfy(h -> assertThat(h.firstYear()).isEmpty());
    }

    @Test
    void storeBededag_2023And2024_aroundTheLawChange() {
        LocalDate fri20230505 = LocalDate.of(2023, 5, 5);
        LocalDate fri20240426 = LocalDate.of(2024, 4, 26);
        LocalDate thu20240425 = LocalDate.of(2024, 4, 25);

        assertThat(DK.isWorkingDay(fri20230505)).isFalse();
        assertThat(DK.nextWorkingDay(LocalDate.of(2023, 5, 4))).isEqualTo(LocalDate.of(2023, 5, 8));
        assertThat(DK.isWorkingDay(fri20240426)).isTrue();
        assertThat(DK.nextWorkingDay(thu20240425)).isEqualTo(fri20240426);
    }

    @Test
    void names_areTheDanishAndEnglishNames() {
        assertThat(Stream.of(StatutoryHoliday.values()).map(StatutoryHoliday::danishName))
                .containsExactly(
                        "Nytårsdag",
                        "Skærtorsdag",
                        "Langfredag",
                        "Påskedag",
                        "2. påskedag",
                        "Store bededag",
                        "Kristi himmelfartsdag",
                        "Pinsedag",
                        "2. pinsedag",
                        "Juledag",
                        "2. juledag");
        assertThat(NEW_YEARS_DAY.englishName()).isEqualTo("New Year's Day");
        assertThat(CHRISTMAS_DAY.englishName()).isEqualTo("Christmas Day");
    }

    @Test
    void findHolidayIn_aHelligdagAsAStatutoryHolidayAndStoreBededagNotFrom2024() {
        assertThat(StatutoryHoliday.GOOD_FRIDAY.findHolidayIn(2026)).hasValueSatisfying(h -> {
            assertThat(h.date()).isEqualTo(LocalDate.of(2026, 4, 3));
            assertThat(h.danishName()).isEqualTo("Langfredag");
            assertThat(h.englishName()).isEqualTo("Good Friday");
            assertThat(h.category()).isEqualTo(HolidayCategory.STATUTORY);
        });
        assertThat(StatutoryHoliday.GENERAL_PRAYER_DAY.findHolidayIn(2023))
                .map(Holiday::date)
                .contains(LocalDate.of(2023, 5, 5));
        assertThat(StatutoryHoliday.GENERAL_PRAYER_DAY.findHolidayIn(2024)).isEmpty();
    }
}
