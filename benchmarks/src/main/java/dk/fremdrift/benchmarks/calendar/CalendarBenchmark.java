package dk.fremdrift.benchmarks.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.deadlines.calendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Working-day arithmetic of {@link DanishCalendar} side by side with a day-by-day loop over jollyday's Danish
 * {@link HolidayManager}, the way working days are usually counted with a holiday library, in the same run.
 *
 * <p>A span is a number of calendar days: {@code workingDaysBetween(start, start + span)}, and {@code
 * plusWorkingDays(start, n)} with {@code n} the working days such a span holds on average ({@code span * 5 / 7}, at
 * least 1; 120 days, about 4 months, is 85 working days). Start dates are 1,024 seeded random dates in 2000-2039,
 * taken in turn, so that neither the JIT nor a cache sees one input. jollyday's own per-year cache of holidays is
 * part of what is measured: after warm-up every year's holidays are cached, which is the best case for jollyday.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CalendarBenchmark {

    private static final int STARTS = 1 << 10;

    @Param({"1", "7", "30", "120", "400"})
    int span;

    private final WorkingDayCalendar calendar = DanishCalendar.statutory();
    private HolidayManager jollyday;
    private LocalDate[] starts;
    private int workingDays;
    private int next;

    @Setup
    public void setUp() {
        jollyday = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.DENMARK));
        SplittableRandom random = new SplittableRandom(20_261_126L);
        long first = LocalDate.of(2000, 1, 1).toEpochDay();
        long last = LocalDate.of(2039, 12, 31).toEpochDay();
        starts = new LocalDate[STARTS];
        for (int i = 0; i < STARTS; i++) {
            starts[i] = LocalDate.ofEpochDay(random.nextLong(first, last + 1));
        }
        workingDays = Math.max(1, span * 5 / 7);
    }

    private LocalDate nextStart() {
        next = (next + 1) & (STARTS - 1);
        return starts[next];
    }

    @Benchmark
    public LocalDate plusWorkingDays_fremdrift() {
        return calendar.plusWorkingDays(nextStart(), workingDays);
    }

    @Benchmark
    public LocalDate plusWorkingDays_jollydayLoop() {
        LocalDate date = nextStart();
        for (int left = workingDays; left > 0; ) {
            date = date.plusDays(1);
            if (isJollydayWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    @Benchmark
    public int workingDaysBetween_fremdrift() {
        LocalDate start = nextStart();
        return calendar.workingDaysBetween(start, start.plusDays(span));
    }

    @Benchmark
    public int workingDaysBetween_jollydayLoop() {
        LocalDate start = nextStart();
        LocalDate end = start.plusDays(span);
        int count = 0;
        for (LocalDate date = start; date.isBefore(end); date = date.plusDays(1)) {
            if (isJollydayWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The day-by-day loop over Fremdrift's own {@code isWorkingDay}: separates what the precomputed rank tables
     * save from what the cheaper holiday lookup saves.
     */
    @Benchmark
    public int workingDaysBetween_fremdriftLoop() {
        LocalDate start = nextStart();
        LocalDate end = start.plusDays(span);
        int count = 0;
        for (LocalDate date = start; date.isBefore(end); date = date.plusDays(1)) {
            if (calendar.isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    private boolean isJollydayWorkingDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !jollyday.isHoliday(date);
    }
}
