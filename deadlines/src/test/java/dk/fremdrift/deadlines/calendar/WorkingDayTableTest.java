package dk.fremdrift.deadlines.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The statutory table, built afresh (the shared calendar builds it once, when its class loads) and read day by day
 * against the naive oracle over the whole coverage: the bit of each day, the rank before it, and the day of each
 * working-day ordinal.
 */
class WorkingDayTableTest {

    @Test
    void statutory_everyDayOfTheCoverage_agreesWithTheOracle() {
        WorkingDayTable table = WorkingDayTable.statutory();
        NaiveCalendar oracle = new NaiveCalendar(CalendarDefinition.statutory());

        int working = 0;
        for (int i = 0; i < Coverage.DAYS; i++) {
            LocalDate date = Coverage.date(i);
            boolean open = oracle.isWorkingDay(date);
            assertThat(table.isWorkingDay(i)).as("%s", date).isEqualTo(open);
            assertThat(table.rank(i)).as("rank of %s", date).isEqualTo(working);
            if (open) {
                assertThat(table.workingDay(working))
                        .as("working day %d", working)
                        .isEqualTo(i);
                working++;
            }
        }
        assertThat(table.rank(Coverage.DAYS)).isEqualTo(working);
        assertThat(table.workingDayCount()).isEqualTo(working);
    }
}
