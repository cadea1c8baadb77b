package dk.fremdrift.deadlines.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The conventions of {@link WorkingDayCalendar} and the edges of the statutory calendar. */
class DanishCalendarTest {

    private static final DanishCalendar DK = DanishCalendar.statutory();

    // Coverage boundaries: 1 January 1950 is a Sunday and nytårsdag; 31 December 2199 a Tuesday.
    private static final LocalDate SAT_1949_12_31 = LocalDate.of(1949, 12, 31);
    private static final LocalDate SUN_1950_01_01 = LocalDate.of(1950, 1, 1);
    private static final LocalDate MON_1950_01_02 = LocalDate.of(1950, 1, 2);
    private static final LocalDate TUE_1950_01_03 = LocalDate.of(1950, 1, 3);
    private static final LocalDate FRI_2199_12_27 = LocalDate.of(2199, 12, 27);
    private static final LocalDate MON_2199_12_30 = LocalDate.of(2199, 12, 30);
    private static final LocalDate TUE_2199_12_31 = LocalDate.of(2199, 12, 31);
    private static final LocalDate WED_2200_01_01 = LocalDate.of(2200, 1, 1);
    private static final LocalDate THU_2200_01_02 = LocalDate.of(2200, 1, 2);

    // Easter 2026 (Sunday 5 April).
    private static final LocalDate FRI_2026_03_27 = LocalDate.of(2026, 3, 27);
    private static final LocalDate WED_2026_04_01 = LocalDate.of(2026, 4, 1);
    private static final LocalDate THU_2026_04_02 = LocalDate.of(2026, 4, 2);
    private static final LocalDate FRI_2026_04_03 = LocalDate.of(2026, 4, 3);
    private static final LocalDate SAT_2026_04_04 = LocalDate.of(2026, 4, 4);
    private static final LocalDate SUN_2026_04_05 = LocalDate.of(2026, 4, 5);
    private static final LocalDate MON_2026_04_06 = LocalDate.of(2026, 4, 6);
    private static final LocalDate TUE_2026_04_07 = LocalDate.of(2026, 4, 7);
    private static final LocalDate FRI_2026_04_10 = LocalDate.of(2026, 4, 10);

    // Leap days.
    private static final LocalDate TUE_2000_02_29 = LocalDate.of(2000, 2, 29);
    private static final LocalDate WED_2024_02_28 = LocalDate.of(2024, 2, 28);
    private static final LocalDate THU_2024_02_29 = LocalDate.of(2024, 2, 29);
    private static final LocalDate FRI_2024_03_01 = LocalDate.of(2024, 3, 1);
    private static final LocalDate FRI_2100_02_26 = LocalDate.of(2100, 2, 26);
    private static final LocalDate SUN_2100_02_28 = LocalDate.of(2100, 2, 28);
    private static final LocalDate MON_2100_03_01 = LocalDate.of(2100, 3, 1);

    // Easter on its earliest and latest dates inside the coverage.
    private static final LocalDate WED_2008_03_19 = LocalDate.of(2008, 3, 19);
    private static final LocalDate THU_2008_03_20 = LocalDate.of(2008, 3, 20);
    private static final LocalDate FRI_2008_03_21 = LocalDate.of(2008, 3, 21);
    private static final LocalDate SUN_2008_03_23 = LocalDate.of(2008, 3, 23);
    private static final LocalDate MON_2008_03_24 = LocalDate.of(2008, 3, 24);
    private static final LocalDate TUE_2008_03_25 = LocalDate.of(2008, 3, 25);
    private static final LocalDate FRI_2008_04_18 = LocalDate.of(2008, 4, 18);
    private static final LocalDate THU_2008_05_01 = LocalDate.of(2008, 5, 1);
    private static final LocalDate SUN_2038_04_25 = LocalDate.of(2038, 4, 25);
    private static final LocalDate WED_2038_04_21 = LocalDate.of(2038, 4, 21);
    private static final LocalDate TUE_2038_04_27 = LocalDate.of(2038, 4, 27);
    private static final LocalDate THU_2038_06_03 = LocalDate.of(2038, 6, 3);
    private static final LocalDate MON_2038_06_14 = LocalDate.of(2038, 6, 14);

    @Test
    void statutory_isOneSharedCalendarWithIdDk() {
        assertThat(DanishCalendar.statutory()).isSameAs(DK);
        assertThat(DK.id()).isEqualTo("DK");
        assertThat(DK.definition()).isEqualTo(CalendarDefinition.statutory());
        assertThat(DanishCalendar.of(CalendarDefinition.statutory())).isSameAs(DK);
        assertThat(DK).hasToString("DanishCalendar[DK]");
    }

    @Test
    void coverage_is1950to2199() {
        assertThat(DK.coverageStart()).isEqualTo(SUN_1950_01_01);
        assertThat(DK.coverageEnd()).isEqualTo(TUE_2199_12_31);
    }

    @Test
    void plusWorkingDays_zero_returnsTheDateEvenIfClosed() {
        assertThat(DK.plusWorkingDays(SAT_2026_04_04, 0)).isEqualTo(SAT_2026_04_04);
        assertThat(DK.plusWorkingDays(FRI_2026_03_27, 0)).isEqualTo(FRI_2026_03_27);
    }

    @Test
    void plusWorkingDays_startNotCounted_skipsEaster() {
        assertThat(DK.plusWorkingDays(FRI_2026_03_27, 7)).isEqualTo(FRI_2026_04_10);
        assertThat(DK.plusWorkingDays(WED_2026_04_01, 1)).isEqualTo(TUE_2026_04_07);
        assertThat(DK.plusWorkingDays(TUE_2026_04_07, -1)).isEqualTo(WED_2026_04_01);
    }

    @Test
    void plusWorkingDays_fromAClosedDay_firstStepIsTheNextWorkingDay() {
        assertThat(DK.plusWorkingDays(SAT_2026_04_04, 1)).isEqualTo(TUE_2026_04_07);
        assertThat(DK.plusWorkingDays(SUN_2026_04_05, -1)).isEqualTo(WED_2026_04_01);
        assertThat(DK.plusWorkingDays(THU_2026_04_02, 1)).isEqualTo(TUE_2026_04_07);
    }

    @Test
    void nextAndPrevious_aroundEaster() {
        assertThat(DK.nextWorkingDay(WED_2026_04_01)).isEqualTo(TUE_2026_04_07);
        assertThat(DK.nextWorkingDayOrSame(WED_2026_04_01)).isEqualTo(WED_2026_04_01);
        assertThat(DK.nextWorkingDayOrSame(FRI_2026_04_03)).isEqualTo(TUE_2026_04_07);
        assertThat(DK.previousWorkingDay(TUE_2026_04_07)).isEqualTo(WED_2026_04_01);
        assertThat(DK.previousWorkingDayOrSame(MON_2026_04_06)).isEqualTo(WED_2026_04_01);
        assertThat(DK.previousWorkingDayOrSame(TUE_2026_04_07)).isEqualTo(TUE_2026_04_07);
    }

    @Test
    void adjustBy_movesLikePlusWorkingDays() {
        assertThat(FRI_2026_03_27.with(DK.adjustBy(7))).isEqualTo(FRI_2026_04_10);
        assertThat(TUE_2026_04_07.with(DK.adjustBy(-1))).isEqualTo(WED_2026_04_01);
    }

    @Test
    void workingDaysBetween_isHalfOpen() {
        assertThat(DK.workingDaysBetween(WED_2026_04_01, WED_2026_04_01)).isZero();
        assertThat(DK.workingDaysBetween(WED_2026_04_01, THU_2026_04_02)).isOne();
        assertThat(DK.workingDaysBetween(WED_2026_04_01, TUE_2026_04_07)).isOne();
        assertThat(DK.workingDaysBetween(WED_2026_04_01, FRI_2026_04_10)).isEqualTo(4);
        assertThat(DK.workingDaysBetween(FRI_2026_03_27, FRI_2026_04_10)).isEqualTo(7);
    }

    @Test
    void workingDaysBetween_endBeforeStart_throwsNamingBoth() {
        assertThatThrownBy(() -> DK.workingDaysBetween(TUE_2026_04_07, WED_2026_04_01))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endExclusive: expected a date on or after startInclusive 2026-04-07, got 2026-04-01");
    }

    @Test
    void findHoliday_weekendIsNoHoliday_easterSundayIs() {
        assertThat(DK.findHoliday(SAT_2026_04_04)).isEmpty();
        assertThat(DK.isHoliday(SAT_2026_04_04)).isFalse();
        assertThat(DK.isWorkingDay(SAT_2026_04_04)).isFalse();
        assertThat(DK.findHoliday(SUN_2026_04_05))
                .contains(new Holiday(
                        SUN_2026_04_05,
                        "Påskedag",
                        "Easter Sunday",
                        HolidayCategory.STATUTORY,
                        StatutoryHoliday.EASTER_SUNDAY.legalSource()));
    }

    // ---- coverage boundaries

    @Test
    void boundaries_firstAndLastWorkingDays() {
        assertThat(DK.isWorkingDay(SUN_1950_01_01)).isFalse();
        assertThat(DK.findHoliday(SUN_1950_01_01)).map(Holiday::danishName).contains("Nytårsdag");
        assertThat(DK.nextWorkingDayOrSame(SUN_1950_01_01)).isEqualTo(MON_1950_01_02);
        assertThat(DK.plusWorkingDays(SUN_1950_01_01, 2)).isEqualTo(TUE_1950_01_03);
        assertThat(DK.isWorkingDay(TUE_2199_12_31)).isTrue();
        assertThat(DK.plusWorkingDays(FRI_2199_12_27, 2)).isEqualTo(TUE_2199_12_31);
        assertThat(DK.plusWorkingDays(TUE_2199_12_31, 0)).isEqualTo(TUE_2199_12_31);
        assertThat(DK.previousWorkingDay(MON_2199_12_30)).isEqualTo(FRI_2199_12_27);
    }

    static Stream<Arguments> outsideCoverage() {
        return Stream.of(
                Arguments.of(
                        "isWorkingDay(1949-12-31)", (Runnable) () -> DK.isWorkingDay(SAT_1949_12_31), "1949-12-31"),
                Arguments.of(
                        "isWorkingDay(2200-01-01)", (Runnable) () -> DK.isWorkingDay(WED_2200_01_01), "2200-01-01"),
                Arguments.of("findHoliday", (Runnable) () -> DK.findHoliday(WED_2200_01_01), "2200-01-01"),
                Arguments.of("isHoliday", (Runnable) () -> DK.isHoliday(SAT_1949_12_31), "1949-12-31"),
                Arguments.of(
                        "plusWorkingDays(0)", (Runnable) () -> DK.plusWorkingDays(SAT_1949_12_31, 0), "1949-12-31"),
                Arguments.of(
                        "plusWorkingDays past end",
                        (Runnable) () -> DK.plusWorkingDays(TUE_2199_12_31, 1),
                        "2199-12-31 plus 1 working days is after"),
                Arguments.of(
                        "plusWorkingDays before start",
                        (Runnable) () -> DK.plusWorkingDays(MON_1950_01_02, -1),
                        "1950-01-02 plus -1 working days is before"),
                Arguments.of("nextWorkingDay", (Runnable) () -> DK.nextWorkingDay(TUE_2199_12_31), "2199-12-31"),
                Arguments.of(
                        "previousWorkingDayOrSame",
                        (Runnable) () -> DK.previousWorkingDayOrSame(SUN_1950_01_01),
                        "1950-01-01"),
                Arguments.of(
                        "plusWorkingDays huge",
                        (Runnable) () -> DK.plusWorkingDays(MON_1950_01_02, Integer.MAX_VALUE),
                        "is after"),
                Arguments.of(
                        "plusWorkingDays huge negative",
                        (Runnable) () -> DK.plusWorkingDays(TUE_2199_12_31, Integer.MIN_VALUE),
                        "is before"),
                Arguments.of(
                        "workingDaysBetween end",
                        (Runnable) () -> DK.workingDaysBetween(TUE_2199_12_31, THU_2200_01_02),
                        "2200-01-02"),
                Arguments.of(
                        "workingDaysBetween start",
                        (Runnable) () -> DK.workingDaysBetween(SAT_1949_12_31, SUN_1950_01_01),
                        "1949-12-31"),
                Arguments.of("holidaysIn(1949)", (Runnable) () -> DK.holidaysIn(1949), "year 1949"),
                Arguments.of("holidaysIn(2200)", (Runnable) () -> DK.holidaysIn(2200), "year 2200"),
                Arguments.of(
                        "findDateIn(2200)",
                        (Runnable) () -> StatutoryHoliday.EASTER_SUNDAY.findDateIn(2200),
                        "year 2200"),
                Arguments.of("findOn(1949)", (Runnable) () -> StatutoryHoliday.findOn(SAT_1949_12_31), "year 1949"),
                Arguments.of(
                        "agreed dateIn(1949)",
                        (Runnable) () -> AgreedClosingDay.CHRISTMAS_EVE.dateIn(1949),
                        "year 1949"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outsideCoverage")
    void outsideCoverage_throwsDateTimeExceptionStatingTheRange(String what, Runnable call, String fragment) {
        assertThatThrownBy(call::run)
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining(fragment)
                .hasMessageContaining("1950")
                .hasMessageContaining("2199");
    }

    /**
     * Each entry point checks the year itself, before any table is read, so the message names what was asked: the
     * calendar, or the helligdage (also for a fixed helligdag, and for a date that is one).
     */
    @Test
    void outsideCoverage_yearChecks_nameWhatWasAsked() {
        DanishCalendar kbh = DanishCalendar.builder("DK-101").build();

        assertThatThrownBy(() -> kbh.holidaysIn(2200))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("year 2200 is outside the coverage of calendar DK-101: 1950 to 2199");
        assertThatThrownBy(() -> StatutoryHoliday.NEW_YEARS_DAY.isValidIn(1949))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("year 1949 is outside the coverage of the Danish helligdage: 1950 to 2199");
        assertThatThrownBy(() -> StatutoryHoliday.CHRISTMAS_DAY.findHolidayIn(2200))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("year 2200 is outside the coverage of the Danish helligdage: 1950 to 2199");
        assertThatThrownBy(() -> StatutoryHoliday.findOn(LocalDate.of(1949, 1, 1)))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("year 1949 is outside the coverage of the Danish helligdage: 1950 to 2199");
        assertThatThrownBy(() -> AgreedClosingDay.FRIDAY_AFTER_ASCENSION.dateIn(1949))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("year 1949 is outside the coverage of the Easter table: 1950 to 2199");
    }

    @Test
    void outsideCoverage_messageNamesDateCalendarAndRange() {
        assertThatThrownBy(() -> DK.isWorkingDay(WED_2200_01_01))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("2200-01-01 is outside the coverage of calendar DK: 1950-01-01 to 2199-12-31");
    }

    @Test
    void workingDaysBetween_wholeCoverage_endMayBeTheDayAfter() {
        int all = DK.workingDaysBetween(SUN_1950_01_01, WED_2200_01_01);
        assertThat(all)
                .isEqualTo(new NaiveCalendar(CalendarDefinition.statutory())
                        .workingDaysBetween(SUN_1950_01_01, WED_2200_01_01));
        assertThat(DK.workingDaysBetween(WED_2200_01_01, WED_2200_01_01)).isZero();
        assertThat(DK.plusWorkingDays(SUN_1950_01_01, all)).isEqualTo(TUE_2199_12_31);
        assertThat(DK.plusWorkingDays(TUE_2199_12_31, -(all - 1))).isEqualTo(MON_1950_01_02);
    }

    // ---- leap days

    @Test
    void leapDays_areOrdinaryWorkingDays() {
        assertThat(DK.isWorkingDay(TUE_2000_02_29)).isTrue();
        assertThat(DK.isWorkingDay(THU_2024_02_29)).isTrue();
        assertThat(DK.plusWorkingDays(WED_2024_02_28, 1)).isEqualTo(THU_2024_02_29);
        assertThat(DK.plusWorkingDays(WED_2024_02_28, 2)).isEqualTo(FRI_2024_03_01);
        assertThat(DK.workingDaysBetween(WED_2024_02_28, FRI_2024_03_01)).isEqualTo(2);
    }

    @Test
    void year2100_isNoLeapYear() {
        assertThat(DK.plusWorkingDays(FRI_2100_02_26, 1)).isEqualTo(MON_2100_03_01);
        assertThat(DK.workingDaysBetween(SUN_2100_02_28, MON_2100_03_01)).isZero();
    }

    // ---- Easter on its earliest and latest dates in the coverage

    @Test
    void earliestEaster2008_holidaysAndArithmetic() {
        assertThat(StatutoryHoliday.EASTER_SUNDAY.findDateIn(2008)).contains(SUN_2008_03_23);
        assertThat(DK.findHoliday(THU_2008_03_20)).map(Holiday::danishName).contains("Skærtorsdag");
        assertThat(DK.findHoliday(FRI_2008_03_21)).map(Holiday::danishName).contains("Langfredag");
        assertThat(DK.findHoliday(MON_2008_03_24)).map(Holiday::danishName).contains("2. påskedag");
        assertThat(DK.findHoliday(FRI_2008_04_18)).map(Holiday::danishName).contains("Store bededag");
        assertThat(DK.plusWorkingDays(WED_2008_03_19, 1)).isEqualTo(TUE_2008_03_25);
        // Kristi himmelfartsdag fell on 1 May in 2008.
        assertThat(DK.findHoliday(THU_2008_05_01)).map(Holiday::danishName).contains("Kristi himmelfartsdag");
    }

    @Test
    void latestEaster2038_holidaysAndArithmetic() {
        assertThat(StatutoryHoliday.EASTER_SUNDAY.findDateIn(2038)).contains(SUN_2038_04_25);
        assertThat(DK.plusWorkingDays(WED_2038_04_21, 1)).isEqualTo(TUE_2038_04_27);
        assertThat(DK.findHoliday(THU_2038_06_03)).map(Holiday::danishName).contains("Kristi himmelfartsdag");
        assertThat(DK.findHoliday(MON_2038_06_14)).map(Holiday::danishName).contains("2. pinsedag");
        assertThat(DK.holidaysIn(2038)).hasSize(10);
    }

    @Test
    void earliestAndLatestEasterLaterInCoverage() {
        assertThat(StatutoryHoliday.EASTER_SUNDAY.findDateIn(2160)).contains(LocalDate.of(2160, 3, 23));
        assertThat(StatutoryHoliday.EASTER_SUNDAY.findDateIn(2190)).contains(LocalDate.of(2190, 4, 25));
        assertThat(DK.isWorkingDay(LocalDate.of(2160, 3, 24))).isFalse();
        assertThat(DK.isWorkingDay(LocalDate.of(2190, 4, 26))).isFalse();
    }

    // ---- Christmas weeks

    @Test
    void christmas2026_statutory_24And31DecemberAreWorkingDays() {
        LocalDate wed20261223 = LocalDate.of(2026, 12, 23);
        LocalDate thu20261224 = LocalDate.of(2026, 12, 24);
        LocalDate mon20261228 = LocalDate.of(2026, 12, 28);
        LocalDate thu20261231 = LocalDate.of(2026, 12, 31);
        LocalDate mon20270104 = LocalDate.of(2027, 1, 4);

        assertThat(DK.plusWorkingDays(wed20261223, 1)).isEqualTo(thu20261224);
        assertThat(DK.plusWorkingDays(wed20261223, 2)).isEqualTo(mon20261228);
        assertThat(DK.plusWorkingDays(thu20261231, 1)).isEqualTo(mon20270104);
        assertThat(DK.workingDaysBetween(wed20261223, mon20270104)).isEqualTo(2 + 4);
        assertThat(DK.holidaysIn(2026))
                .extracting(Holiday::date)
                .endsWith(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
    }

    @Test
    void christmas2021_onAWeekend_noExtraDayOff() {
        LocalDate fri20211224 = LocalDate.of(2021, 12, 24);
        LocalDate mon20211227 = LocalDate.of(2021, 12, 27);
        assertThat(DK.isHoliday(LocalDate.of(2021, 12, 25))).isTrue();
        assertThat(DK.plusWorkingDays(fri20211224, 1)).isEqualTo(mon20211227);
    }
}
