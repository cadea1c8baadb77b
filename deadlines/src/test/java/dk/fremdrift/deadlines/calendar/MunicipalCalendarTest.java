package dk.fremdrift.deadlines.calendar;

import static dk.fremdrift.deadlines.calendar.AgreedClosingDay.CHRISTMAS_EVE;
import static dk.fremdrift.deadlines.calendar.AgreedClosingDay.CONSTITUTION_DAY;
import static dk.fremdrift.deadlines.calendar.AgreedClosingDay.FRIDAY_AFTER_ASCENSION;
import static dk.fremdrift.deadlines.calendar.AgreedClosingDay.MAY_DAY;
import static dk.fremdrift.deadlines.calendar.AgreedClosingDay.NEW_YEARS_EVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.model.MunicipalityCode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Municipal calendars: the builder, agreed and local closing days, extra working days and bad definitions. */
class MunicipalCalendarTest {

    private static final DanishCalendar DK = DanishCalendar.statutory();

    private static final LocalDate WED_2026_12_23 = LocalDate.of(2026, 12, 23);
    private static final LocalDate THU_2026_12_24 = LocalDate.of(2026, 12, 24);
    private static final LocalDate FRI_2026_12_25 = LocalDate.of(2026, 12, 25);
    private static final LocalDate SAT_2026_12_26 = LocalDate.of(2026, 12, 26);
    private static final LocalDate MON_2026_12_28 = LocalDate.of(2026, 12, 28);
    private static final LocalDate TUE_2026_12_29 = LocalDate.of(2026, 12, 29);
    private static final LocalDate THU_2026_12_31 = LocalDate.of(2026, 12, 31);
    private static final LocalDate MON_2027_01_04 = LocalDate.of(2027, 1, 4);
    private static final LocalDate FRI_2027_12_24 = LocalDate.of(2027, 12, 24);
    private static final LocalDate FRI_2027_12_31 = LocalDate.of(2027, 12, 31);
    private static final LocalDate FRI_2026_05_01 = LocalDate.of(2026, 5, 1);
    private static final LocalDate THU_2026_05_14 = LocalDate.of(2026, 5, 14);
    private static final LocalDate FRI_2026_05_15 = LocalDate.of(2026, 5, 15);
    private static final LocalDate FRI_2026_06_05 = LocalDate.of(2026, 6, 5);
    private static final LocalDate SUN_2022_06_05 = LocalDate.of(2022, 6, 5);
    private static final LocalDate MON_2006_06_05 = LocalDate.of(2006, 6, 5);
    private static final LocalDate FRI_2015_05_01 = LocalDate.of(2015, 5, 1);
    private static final LocalDate THU_2008_05_01 = LocalDate.of(2008, 5, 1);
    private static final LocalDate SAT_2026_03_28 = LocalDate.of(2026, 3, 28);
    private static final LocalDate FRI_2026_03_27 = LocalDate.of(2026, 3, 27);
    private static final LocalDate MON_2026_03_30 = LocalDate.of(2026, 3, 30);
    private static final LocalDate TUE_2026_03_31 = LocalDate.of(2026, 3, 31);

    private static final DanishCalendar KBH = DanishCalendar.builder(MunicipalityCode.of(101))
            .addAgreedClosingDays(AgreedClosingDay.limitationActDays())
            .addAgreedClosingDays(FRIDAY_AFTER_ASCENSION)
            .addLocalClosingDay(MON_2026_12_28, "Julelukning")
            .addExtraWorkingDay(SAT_2026_03_28)
            .addExtraWorkingDay(FRI_2027_12_31)
            .build();

    @Test
    void builder_municipality_idIsDkDashCode() {
        assertThat(KBH.id()).isEqualTo("DK-101");
        assertThat(DanishCalendar.builder("DK-Test-1").build().id()).isEqualTo("DK-Test-1");
    }

    @Test
    void builder_nothingAdded_isLikeStatutoryButOwnId() {
        DanishCalendar plain = DanishCalendar.builder("DK-999").build();
        for (LocalDate d = LocalDate.of(2020, 1, 1); d.getYear() < 2031; d = d.plusDays(1)) {
            assertThat(plain.isWorkingDay(d)).isEqualTo(DK.isWorkingDay(d));
        }
        assertThat(plain).isNotEqualTo(DK);
    }

    @Test
    void limitationActDays_are5June24And31December() {
        assertThat(AgreedClosingDay.limitationActDays())
                .containsExactly(CONSTITUTION_DAY, CHRISTMAS_EVE, NEW_YEARS_EVE);
        assertThat(AgreedClosingDay.limitationActDays())
                .allSatisfy(day -> assertThat(day.legalSource()).contains("forældelsesloven § 27, stk. 2"));
        assertThat(FRIDAY_AFTER_ASCENSION.legalSource()).isEmpty();
        assertThat(MAY_DAY.legalSource()).isEmpty();
    }

    @Test
    void agreedDays_dates() {
        assertThat(CONSTITUTION_DAY.dateIn(2026)).isEqualTo(FRI_2026_06_05);
        assertThat(CHRISTMAS_EVE.dateIn(2026)).isEqualTo(THU_2026_12_24);
        assertThat(NEW_YEARS_EVE.dateIn(2026)).isEqualTo(THU_2026_12_31);
        assertThat(FRIDAY_AFTER_ASCENSION.dateIn(2026)).isEqualTo(FRI_2026_05_15);
        assertThat(MAY_DAY.dateIn(2026)).isEqualTo(FRI_2026_05_01);
        assertThat(CONSTITUTION_DAY.danishName()).isEqualTo("Grundlovsdag");
        assertThat(FRIDAY_AFTER_ASCENSION.englishName()).isEqualTo("Friday after Ascension Day");
    }

    @Test
    void agreedDays_closedWithCategoryAgreed() {
        assertThat(KBH.isWorkingDay(THU_2026_12_24)).isFalse();
        assertThat(KBH.findHoliday(THU_2026_12_24))
                .contains(new Holiday(
                        THU_2026_12_24,
                        "Juleaftensdag",
                        "Christmas Eve",
                        HolidayCategory.AGREED,
                        Optional.of("forældelsesloven § 27, stk. 2")));
        assertThat(KBH.findHoliday(FRI_2026_05_15)).map(Holiday::category).contains(HolidayCategory.AGREED);
        assertThat(KBH.isWorkingDay(FRI_2026_06_05)).isFalse();
        assertThat(KBH.isWorkingDay(FRI_2026_05_01)).isTrue();
        assertThat(DK.isWorkingDay(THU_2026_12_24)).isTrue();
        assertThat(DK.findHoliday(THU_2026_12_24)).isEmpty();
    }

    @Test
    void christmasWeek2026_municipal_closedFrom24DecemberToNewYear() {
        // 24 agreed, 25-26 helligdage, 27 Sunday, 28 local, 31 agreed, 1 January helligdag.
        assertThat(KBH.plusWorkingDays(WED_2026_12_23, 1)).isEqualTo(TUE_2026_12_29);
        assertThat(KBH.workingDaysBetween(WED_2026_12_23, MON_2027_01_04)).isEqualTo(3);
        assertThat(KBH.nextWorkingDayOrSame(THU_2026_12_24)).isEqualTo(TUE_2026_12_29);
        assertThat(KBH.previousWorkingDay(TUE_2026_12_29)).isEqualTo(WED_2026_12_23);
        assertThat(KBH.plusWorkingDays(THU_2026_12_31, 1)).isEqualTo(MON_2027_01_04);
        assertThat(KBH.holidaysIn(2026))
                .filteredOn(h -> h.date().getMonthValue() == 12)
                .extracting(Holiday::date, Holiday::category)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(THU_2026_12_24, HolidayCategory.AGREED),
                        org.assertj.core.groups.Tuple.tuple(FRI_2026_12_25, HolidayCategory.STATUTORY),
                        org.assertj.core.groups.Tuple.tuple(SAT_2026_12_26, HolidayCategory.STATUTORY),
                        org.assertj.core.groups.Tuple.tuple(MON_2026_12_28, HolidayCategory.LOCAL),
                        org.assertj.core.groups.Tuple.tuple(THU_2026_12_31, HolidayCategory.AGREED));
    }

    @Test
    void localClosingDay_hasItsNameAndNoLegalSource() {
        assertThat(KBH.findHoliday(MON_2026_12_28))
                .contains(new Holiday(
                        MON_2026_12_28, "Julelukning", "Julelukning", HolidayCategory.LOCAL, Optional.empty()));
    }

    @Test
    void extraWorkingDay_opensAWeekendDayOrAnAgreedDay() {
        assertThat(KBH.isWorkingDay(SAT_2026_03_28)).isTrue();
        assertThat(KBH.plusWorkingDays(FRI_2026_03_27, 1)).isEqualTo(SAT_2026_03_28);
        assertThat(KBH.plusWorkingDays(FRI_2026_03_27, 2)).isEqualTo(MON_2026_03_30);
        assertThat(KBH.workingDaysBetween(FRI_2026_03_27, TUE_2026_03_31)).isEqualTo(3);
        assertThat(KBH.isWorkingDay(FRI_2027_12_24)).isFalse();
        assertThat(KBH.isWorkingDay(FRI_2027_12_31)).isTrue();
        assertThat(KBH.findHoliday(FRI_2027_12_31))
                .as("an extra working day is no holiday")
                .isEmpty();
        assertThat(KBH.holidaysIn(2027)).extracting(Holiday::date).doesNotContain(FRI_2027_12_31);
    }

    @Test
    void collisions_helligdagWinsOverAgreedDay() {
        DanishCalendar all = DanishCalendar.builder("DK-all")
                .addAgreedClosingDays(EnumSet.allOf(AgreedClosingDay.class))
                .build();
        // pinsedag on grundlovsdag 2022, 2. pinsedag on grundlovsdag 2006, store bededag on 1 May 2015,
        // Kristi himmelfartsdag on 1 May 2008
        assertThat(all.findHoliday(SUN_2022_06_05)).map(Holiday::danishName).contains("Pinsedag");
        assertThat(all.findHoliday(MON_2006_06_05)).map(Holiday::danishName).contains("2. pinsedag");
        assertThat(all.findHoliday(FRI_2015_05_01)).map(Holiday::danishName).contains("Store bededag");
        assertThat(all.findHoliday(THU_2008_05_01)).map(Holiday::danishName).contains("Kristi himmelfartsdag");
        assertThat(all.holidaysIn(2022)).extracting(Holiday::date).doesNotHaveDuplicates();
        assertThat(all.holidaysIn(2022))
                .hasSize(11 + 4); // 11 helligdage (store bededag too) and 4 agreed days: 5 June once
    }

    @Test
    void definition_roundTripsThroughOf() {
        CalendarDefinition definition = KBH.definition();
        assertThat(definition.agreedClosingDays())
                .containsExactly(CONSTITUTION_DAY, CHRISTMAS_EVE, NEW_YEARS_EVE, FRIDAY_AFTER_ASCENSION);
        assertThat(definition.extraWorkingDays()).containsExactly(SAT_2026_03_28, FRI_2027_12_31);
        DanishCalendar again = DanishCalendar.of(definition);
        assertThat(again).isEqualTo(KBH).hasSameHashCodeAs(KBH).isNotSameAs(KBH);
        assertThat(again.toString()).startsWith("DanishCalendar[DK-101, agreedClosingDays=[CONSTITUTION_DAY");
    }

    @Test
    void definition_normalises_sortsListsAndReadsNullAsEmpty() {
        CalendarDefinition definition = new CalendarDefinition(
                "DK-1",
                null,
                List.of(LocalClosingDay.of(TUE_2026_12_29, "b"), LocalClosingDay.of(MON_2026_12_28, "a")),
                null);
        assertThat(definition.agreedClosingDays()).isEmpty();
        assertThat(definition.extraWorkingDays()).isEmpty();
        assertThat(definition.localClosingDays())
                .extracting(LocalClosingDay::date)
                .containsExactly(MON_2026_12_28, TUE_2026_12_29);
        LocalDate sat20261219 = LocalDate.of(2026, 12, 19);
        LocalDate sat20261212 = LocalDate.of(2026, 12, 12);
        assertThat(new CalendarDefinition("DK-1", null, null, List.of(sat20261219, sat20261212)).extraWorkingDays())
                .containsExactly(sat20261212, sat20261219);
    }

    @Test
    void definition_idOf64Characters_acceptedOf65Refused() {
        String id64 = "DK-" + "1".repeat(61);

        assertThat(new CalendarDefinition(id64, null, null, null).id()).hasSize(64);
        assertThatThrownBy(() -> new CalendarDefinition(id64 + "2", null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "id: expected letters and digits joined by single hyphens, at most 64 characters");
    }

    static Stream<Arguments> badDefinitions() {
        LocalDate sat20261219 = LocalDate.of(2026, 12, 19);
        LocalDate sun20261220 = LocalDate.of(2026, 12, 20);
        return Stream.of(
                Arguments.of(
                        new Def("DK 101", Set.of(), List.of(), List.of()),
                        "id: expected letters and digits joined by single hyphens, at most 64 characters, such as"
                                + " DK-101, got \"DK 101\""),
                Arguments.of(new Def("", Set.of(), List.of(), List.of()), "id: expected"),
                Arguments.of(
                        new Def("DK--1", Set.of(), List.of(), List.of()),
                        "id: expected letters and digits joined by single hyphens, at most 64 characters, such as"
                                + " DK-101, got \"DK--1\""),
                Arguments.of(
                        new Def("DK", Set.of(CHRISTMAS_EVE), List.of(), List.of()),
                        "id: DK is the statutory calendar's id"),
                Arguments.of(
                        new Def(
                                "DK-1",
                                Set.of(),
                                List.of(LocalClosingDay.of(LocalDate.of(1949, 12, 30), "x")),
                                List.of()),
                        "localClosingDays[0].date: 1949-12-30 is outside the coverage of the Danish calendars,"
                                + " 1950-01-01 to 2199-12-31"),
                Arguments.of(
                        new Def(
                                "DK-1",
                                Set.of(),
                                List.of(
                                        LocalClosingDay.of(MON_2026_12_28, "x"),
                                        LocalClosingDay.of(MON_2026_12_28, "y")),
                                List.of()),
                        "localClosingDays[1].date: 2026-12-28 is listed twice, also at localClosingDays[0]"),
                Arguments.of(
                        new Def("DK-1", Set.of(), List.of(LocalClosingDay.of(sat20261219, "x")), List.of()),
                        "localClosingDays[0].date: 2026-12-19 is a Saturday, a weekend day and closed already"),
                Arguments.of(
                        new Def("DK-1", Set.of(), List.of(LocalClosingDay.of(FRI_2026_12_25, "x")), List.of()),
                        "localClosingDays[0].date: 2026-12-25 is Juledag, a helligdag and closed already"),
                Arguments.of(
                        new Def(
                                "DK-1",
                                Set.of(CHRISTMAS_EVE),
                                List.of(LocalClosingDay.of(THU_2026_12_24, "x")),
                                List.of()),
                        "localClosingDays[0].date: 2026-12-24 is Juleaftensdag, one of the calendar's"
                                + " agreedClosingDays (CHRISTMAS_EVE)"),
                Arguments.of(
                        new Def("DK-1", Set.of(), List.of(), List.of(LocalDate.of(2200, 1, 4))),
                        "extraWorkingDays[0]: 2200-01-04 is outside the coverage"),
                Arguments.of(
                        new Def("DK-1", Set.of(), List.of(), List.of(sun20261220, sat20261219, sun20261220)),
                        "extraWorkingDays[2]: 2026-12-20 is listed twice, also at extraWorkingDays[0]"),
                Arguments.of(
                        new Def("DK-1", Set.of(), List.of(), List.of(THU_2026_05_14)),
                        "extraWorkingDays[0]: 2026-05-14 is Kristi himmelfartsdag, a helligdag; a helligdag cannot"
                                + " be made a working day"),
                Arguments.of(
                        new Def("DK-1", Set.of(), List.of(), List.of(THU_2026_12_24)),
                        "extraWorkingDays[0]: 2026-12-24 is a Thursday and a working day already"),
                Arguments.of(
                        new Def(
                                "DK-1",
                                Set.of(),
                                List.of(LocalClosingDay.of(MON_2026_12_28, "x")),
                                List.of(MON_2026_12_28)),
                        "extraWorkingDays[0]: 2026-12-28 is also one of the localClosingDays"));
    }

    /** The arguments of a definition, so that the constructor runs inside the test. */
    record Def(String id, Set<AgreedClosingDay> agreed, List<LocalClosingDay> local, List<LocalDate> extra) {
        @Override
        public String toString() {
            return id + " " + agreed + " " + local + " " + extra;
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badDefinitions")
    void badDefinition_failsNamingFieldAndValue(Def def, String message) {
        assertThatThrownBy(() -> new CalendarDefinition(def.id(), def.agreed(), def.local(), def.extra()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void builder_badInput_failsAtBuildWithTheSameMessages() {
        DanishCalendar.Builder builder = DanishCalendar.builder("DK-1").addExtraWorkingDay(THU_2026_05_14);
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("extraWorkingDays[0]: 2026-05-14 is Kristi himmelfartsdag");
    }

    @Test
    void nulls_areRejectedWithTheArgumentName() {
        assertThatThrownBy(() -> DanishCalendar.builder((String) null)).hasMessage("id");
        assertThatThrownBy(() -> DanishCalendar.builder("DK-1").addLocalClosingDay(null, "x"))
                .hasMessage("date");
        assertThatThrownBy(() -> DanishCalendar.builder("DK-1").addLocalClosingDay(MON_2026_12_28, null))
                .hasMessage("name");
        assertThatThrownBy(() -> DanishCalendar.builder("DK-1").addLocalClosingDay(MON_2026_12_28, "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name: expected a non-blank name for the closing day 2026-12-28, got \"  \"");
        assertThatThrownBy(() -> DanishCalendar.of(null)).hasMessage("definition");
        assertThatThrownBy(() -> DK.isWorkingDay(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void isHolidayImpliesNotWorkingDay_overTheWholeCoverage() {
        for (LocalDate d = KBH.coverageStart(); !d.isAfter(KBH.coverageEnd()); d = d.plusDays(1)) {
            if (KBH.isHoliday(d)) {
                assertThat(KBH.isWorkingDay(d)).as(d.toString()).isFalse();
            }
        }
    }
}
