package dk.fremdrift.deadlines.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The interface's default methods, as another implementation gets them: a calendar that answers only the abstract
 * questions, by asking the statutory one, moves through Easter and Christmas exactly as the statutory calendar's own
 * methods do.
 */
class WorkingDayCalendarTest {

    private static final DanishCalendar DK = DanishCalendar.statutory();

    /** Only the abstract methods, delegated: every default of the interface is used as written. */
    private static final WorkingDayCalendar MINIMAL = new WorkingDayCalendar() {
        @Override
        public String id() {
            return "MINIMAL";
        }

        @Override
        public LocalDate coverageStart() {
            return DK.coverageStart();
        }

        @Override
        public LocalDate coverageEnd() {
            return DK.coverageEnd();
        }

        @Override
        public boolean isWorkingDay(LocalDate date) {
            return DK.isWorkingDay(date);
        }

        @Override
        public Optional<Holiday> findHoliday(LocalDate date) {
            return DK.findHoliday(date);
        }

        @Override
        public List<Holiday> holidaysIn(int year) {
            return DK.holidaysIn(year);
        }

        @Override
        public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
            return DK.plusWorkingDays(date, workingDays);
        }

        @Override
        public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
            return DK.workingDaysBetween(startInclusive, endExclusive);
        }
    };

    @Test
    void defaults_easterAndChristmas2026_sameAsTheStatutoryCalendar() {
        for (LocalDate from : List.of(LocalDate.of(2026, 3, 25), LocalDate.of(2026, 12, 20))) {
            for (LocalDate d = from; d.isBefore(from.plusDays(16)); d = d.plusDays(1)) {
                assertThat(MINIMAL.nextWorkingDayOrSame(d)).as("%s", d).isEqualTo(DK.nextWorkingDayOrSame(d));
                assertThat(MINIMAL.previousWorkingDayOrSame(d)).as("%s", d).isEqualTo(DK.previousWorkingDayOrSame(d));
                assertThat(MINIMAL.nextWorkingDay(d)).as("%s", d).isEqualTo(DK.nextWorkingDay(d));
                assertThat(MINIMAL.previousWorkingDay(d)).as("%s", d).isEqualTo(DK.previousWorkingDay(d));
                assertThat(MINIMAL.isHoliday(d)).as("%s", d).isEqualTo(DK.isHoliday(d));
            }
        }
    }

    @Test
    void nextAndPreviousOrSame_goodFriday2026_skipTheEasterWeekend() {
        LocalDate goodFriday = LocalDate.of(2026, 4, 3);

        assertThat(MINIMAL.nextWorkingDayOrSame(goodFriday)).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(MINIMAL.previousWorkingDayOrSame(goodFriday)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(MINIMAL.nextWorkingDayOrSame(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(MINIMAL.previousWorkingDayOrSame(LocalDate.of(2026, 4, 7))).isEqualTo(LocalDate.of(2026, 4, 7));
    }
}
