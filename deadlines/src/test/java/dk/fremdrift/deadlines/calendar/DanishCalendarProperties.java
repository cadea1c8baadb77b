package dk.fremdrift.deadlines.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the fast paths over seeded random dates across the whole coverage, checked against the day-by-day
 * {@link NaiveCalendar}. Each case prints its seed in its name and in every failure; rerun one with {@code
 * -Dfremdrift.seed=<seed>} (the base seed, from which the cases' seeds are derived).
 */
class DanishCalendarProperties {

    private static final long BASE_SEED = Long.getLong("fremdrift.seed", 20_261_126L);
    private static final int SEEDS = 8;
    private static final int CHECKS_PER_SEED = 1_500;
    private static final int MAX_SPAN = 400;
    private static final long FIRST = NaiveCalendar.FIRST.toEpochDay();
    private static final long LAST = NaiveCalendar.LAST.toEpochDay();

    /** A calendar under test with its oracle. */
    record Subject(String name, DanishCalendar calendar, NaiveCalendar oracle) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Subject statutory() {
        return new Subject("DK", DanishCalendar.statutory(), new NaiveCalendar(CalendarDefinition.statutory()));
    }

    /** A municipal calendar with random agreed days, local closing days and extra working days. */
    static Subject municipal(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DanishCalendar.Builder builder = DanishCalendar.builder("DK-random-" + Long.toHexString(seed));
        EnumSet<AgreedClosingDay> agreed = EnumSet.noneOf(AgreedClosingDay.class);
        for (AgreedClosingDay day : AgreedClosingDay.values()) {
            if (random.nextBoolean()) {
                agreed.add(day);
            }
        }
        builder.addAgreedClosingDays(agreed);
        CalendarDefinition partial = builder.toDefinition();
        NaiveCalendar withAgreed = new NaiveCalendar(partial);
        List<LocalDate> locals = new ArrayList<>();
        List<LocalDate> extras = new ArrayList<>();
        while (locals.size() < 200 || extras.size() < 200) {
            LocalDate d = LocalDate.ofEpochDay(random.nextLong(FIRST, LAST + 1));
            if (locals.contains(d) || extras.contains(d)) {
                continue;
            }
            boolean working = withAgreed.isWorkingDay(d);
            if (working && locals.size() < 200) {
                locals.add(d);
                builder.addLocalClosingDay(d, "Lukkedag " + locals.size());
            } else if (!working && !NaiveCalendar.isHelligdag(d) && extras.size() < 200) {
                extras.add(d);
                builder.addExtraWorkingDay(d);
            }
        }
        DanishCalendar calendar = builder.build();
        return new Subject(calendar.id() + agreed, calendar, new NaiveCalendar(calendar.definition()));
    }

    static Stream<Arguments> cases() {
        SplittableRandom seeds = new SplittableRandom(BASE_SEED);
        return LongStream.range(0, SEEDS)
                .mapToObj(i -> seeds.nextLong())
                .flatMap(seed -> Stream.of(Arguments.of(statutory(), seed), Arguments.of(municipal(seed), seed)));
    }

    private static LocalDate randomDate(SplittableRandom random) {
        return LocalDate.ofEpochDay(random.nextLong(FIRST, LAST + 1));
    }

    private static int randomCount(SplittableRandom random) {
        return random.nextInt(-MAX_SPAN, MAX_SPAN + 1);
    }

    private static String at(long seed, LocalDate d, int n) {
        return "seed " + seed + " (base " + BASE_SEED + "): d=" + d + " " + d.getDayOfWeek() + ", n=" + n;
    }

    @Test
    void isWorkingDay_everyDayOfTheCoverage_equalsOracle() {
        for (Subject subject : List.of(statutory(), municipal(BASE_SEED))) {
            for (long e = FIRST; e <= LAST; e++) {
                LocalDate d = LocalDate.ofEpochDay(e);
                assertThat(subject.calendar().isWorkingDay(d))
                        .as("%s %s %s", subject, d, d.getDayOfWeek())
                        .isEqualTo(subject.oracle().isWorkingDay(d));
            }
        }
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("cases")
    void plusWorkingDays_equalsDayByDayLoop(Subject subject, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CHECKS_PER_SEED; i++) {
            LocalDate d = randomDate(random);
            int n = randomCount(random);
            LocalDate expected;
            try {
                expected = subject.oracle().plusWorkingDays(d, n);
            } catch (DateTimeException outside) {
                assertThatThrownBy(() -> subject.calendar().plusWorkingDays(d, n))
                        .as(at(seed, d, n))
                        .isInstanceOf(DateTimeException.class);
                continue;
            }
            assertThat(subject.calendar().plusWorkingDays(d, n))
                    .as(at(seed, d, n))
                    .isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("cases")
    void workingDaysBetween_equalsDayByDayCount(Subject subject, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CHECKS_PER_SEED; i++) {
            LocalDate start = randomDate(random);
            int span = random.nextInt(0, MAX_SPAN + 1);
            LocalDate end = start.plusDays(span);
            if (end.isAfter(NaiveCalendar.LAST.plusDays(1))) {
                continue;
            }
            assertThat(subject.calendar().workingDaysBetween(start, end))
                    .as(at(seed, start, span))
                    .isEqualTo(subject.oracle().workingDaysBetween(start, end));
        }
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("cases")
    void workingDaysBetween_invertsPlusWorkingDays(Subject subject, long seed) {
        WorkingDayCalendar cal = subject.calendar();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CHECKS_PER_SEED; i++) {
            LocalDate d = randomDate(random);
            int n = random.nextInt(0, MAX_SPAN + 1);
            LocalDate moved;
            try {
                moved = cal.plusWorkingDays(d, n);
            } catch (DateTimeException outside) {
                continue;
            }
            // any d: the shifted form
            assertThat(cal.workingDaysBetween(d.plusDays(1), moved.plusDays(1)))
                    .as(at(seed, d, n))
                    .isEqualTo(n);
            if (cal.isWorkingDay(d)) {
                assertThat(cal.workingDaysBetween(d, moved)).as(at(seed, d, n)).isEqualTo(n);
            }
            // backwards: -n working days lie in [moved back, d)
            LocalDate back;
            try {
                back = cal.plusWorkingDays(d, -n);
            } catch (DateTimeException outside) {
                continue;
            }
            assertThat(cal.workingDaysBetween(back, d)).as(at(seed, d, -n)).isEqualTo(n);
        }
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("cases")
    void plusWorkingDays_landsOnAWorkingDay_andNextOrSameAgrees(Subject subject, long seed) {
        WorkingDayCalendar cal = subject.calendar();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CHECKS_PER_SEED; i++) {
            LocalDate d = randomDate(random);
            int n = randomCount(random);
            try {
                LocalDate moved = cal.plusWorkingDays(d, n);
                if (n != 0) {
                    assertThat(cal.isWorkingDay(moved)).as(at(seed, d, n)).isTrue();
                    assertThat(moved.isAfter(d)).as(at(seed, d, n)).isEqualTo(n > 0);
                }
                LocalDate same = cal.nextWorkingDayOrSame(d);
                assertThat(cal.isWorkingDay(same)).isTrue();
                assertThat(same).isEqualTo(cal.isWorkingDay(d) ? d : cal.nextWorkingDay(d));
                assertThat(cal.workingDaysBetween(d, same)).isZero();
                LocalDate before = cal.previousWorkingDayOrSame(d);
                assertThat(cal.workingDaysBetween(before.plusDays(1), d.plusDays(1)))
                        .isZero();
            } catch (DateTimeException outside) {
                // near the coverage's edges; the oracle test checks that this happens exactly there
            }
        }
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("cases")
    void monotonicity_inCountAndInDate(Subject subject, long seed) {
        WorkingDayCalendar cal = subject.calendar();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CHECKS_PER_SEED; i++) {
            LocalDate d = randomDate(random)
                    .withYear(random.nextInt(1955, 2195)); // far enough from the edges for 800 working days
            int n1 = randomCount(random);
            int n2 = randomCount(random);
            int lo = Math.min(n1, n2);
            int hi = Math.max(n1, n2);
            // strictly increasing in the count (zero is the date itself, which may be closed: compare the others)
            if (lo != hi && lo != 0 && hi != 0) {
                assertThat(cal.plusWorkingDays(d, lo)).as(at(seed, d, lo)).isBefore(cal.plusWorkingDays(d, hi));
            }
            // non-decreasing in the date
            LocalDate later = d.plusDays(random.nextInt(0, 30));
            assertThat(cal.plusWorkingDays(d, hi))
                    .as(at(seed, d, hi))
                    .isBeforeOrEqualTo(cal.plusWorkingDays(later, hi));
            // the count grows with the end of the range
            LocalDate end1 = d.plusDays(random.nextInt(0, MAX_SPAN));
            LocalDate end2 = end1.plusDays(random.nextInt(0, MAX_SPAN));
            assertThat(cal.workingDaysBetween(d, end1)).isLessThanOrEqualTo(cal.workingDaysBetween(d, end2));
            // additive from a working day: plus(plus(w, a), b) == plus(w, a + b)
            LocalDate w = cal.nextWorkingDayOrSame(d);
            assertThat(cal.plusWorkingDays(cal.plusWorkingDays(w, n1), n2))
                    .as(at(seed, w, n1) + " then " + n2)
                    .isEqualTo(cal.plusWorkingDays(w, n1 + n2));
        }
    }

    @Test
    void weekends_areNeverWorkingDaysInTheStatutoryCalendar() {
        DanishCalendar dk = DanishCalendar.statutory();
        for (long e = FIRST; e <= LAST; e++) {
            LocalDate d = LocalDate.ofEpochDay(e);
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                assertThat(dk.isWorkingDay(d)).as(d.toString()).isFalse();
            }
        }
    }
}
