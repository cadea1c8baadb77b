package dk.fremdrift.deadlines.calendar;

import dk.fremdrift.model.MunicipalityCode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Danish working-day calendar: the statutory calendar of weekends and helligdage, and municipal calendars that
 * add agreed and local closing days and extra working days. Covers 1 January 1950 to 31 December 2199.
 *
 * <pre>{@code
 * WorkingDayCalendar dk = DanishCalendar.statutory();
 * dk.plusWorkingDays(LocalDate.of(2026, 3, 27), 7);          // 2026-04-10: skærtorsdag to 2. påskedag skipped
 *
 * DanishCalendar kbh = DanishCalendar.builder(MunicipalityCode.of(101))   // id "DK-101"
 *         .addAgreedClosingDays(AgreedClosingDay.limitationActDays())      // 5 June, 24 and 31 December
 *         .addAgreedClosingDays(AgreedClosingDay.FRIDAY_AFTER_ASCENSION)
 *         .addLocalClosingDay(LocalDate.of(2026, 12, 28), "Julelukning")
 *         .build();
 * kbh.findHoliday(LocalDate.of(2026, 12, 24));                  // Juleaftensdag, AGREED
 * }</pre>
 *
 * <h2>Which days are working days</h2>
 *
 * <ul>
 *   <li>The statutory calendar, id {@code DK}: Monday to Friday, except the helligdage of {@link StatutoryHoliday}
 *       (store bededag until and including 2023 only).
 *   <li>A municipal calendar also closes on the {@link AgreedClosingDay}s it names, every year, and on its {@link
 *       LocalClosingDay}s; its extra working days are open although a weekend or an agreed closing day.
 *   <li>A helligdag is never a working day. {@link #findHoliday(LocalDate)} returns a day's helligdag, else its
 *       agreed closing day, else its local closing day; when a helligdag and an agreed closing day fall on one
 *       date (pinsedag on grundlovsdag 2022, store bededag on 1 May 2015) the helligdag is returned. An extra working
 *       day is no holiday, so {@code isHoliday(d)} implies {@code !isWorkingDay(d)}.
 * </ul>
 *
 * <h2>Coverage and speed</h2>
 *
 * <p>Every date argument and every answer must lie in 1950-01-01 to 2199-12-31 (the end of a half-open range may be
 * 2200-01-01); otherwise a {@link DateTimeException} names the date and the range. There is no fallback to
 * weekends only: a silently missed holiday would be a wrong legal deadline.
 *
 * <p>{@link #isWorkingDay(LocalDate)}, {@link #plusWorkingDays(LocalDate, int)} and {@link
 * #workingDaysBetween(LocalDate, LocalDate)} take constant time whatever the span: each calendar builds a table of
 * its working days over the whole coverage once (about 270 KB), and answers from it with a few array reads and no
 * allocation beyond the returned date. The statutory calendar is built once per class loader and shared.
 * Calendars are immutable and thread-safe; two calendars are equal when their definitions are.
 */
public final class DanishCalendar implements WorkingDayCalendar {

    /** The id of the statutory calendar, {@value}. */
    public static final String STATUTORY_ID = "DK";

    private static final DanishCalendar STATUTORY =
            new DanishCalendar(CalendarDefinition.statutory(), WorkingDayTable.statutory());

    private final CalendarDefinition definition;
    private final String id;
    private final WorkingDayTable table;
    private final AgreedClosingDay[] agreedClosingDays;
    private final Map<LocalDate, LocalClosingDay> localClosingDays;
    private final Set<LocalDate> extraWorkingDays;

    private DanishCalendar(CalendarDefinition definition, WorkingDayTable table) {
        this.definition = definition;
        this.id = definition.id();
        this.table = table;
        this.agreedClosingDays = definition.agreedClosingDays().toArray(new AgreedClosingDay[0]);
        Map<LocalDate, LocalClosingDay> local = new HashMap<>();
        for (LocalClosingDay day : definition.localClosingDays()) {
            local.put(day.date(), day);
        }
        this.localClosingDays = Map.copyOf(local);
        this.extraWorkingDays = Set.copyOf(definition.extraWorkingDays());
    }

    /**
     * Returns the statutory Danish calendar, id {@code DK}: Saturdays, Sundays and the helligdage are closed.
     *
     * @return the shared statutory calendar
     */
    public static DanishCalendar statutory() {
        return STATUTORY;
    }

    /**
     * Returns the calendar a definition describes. The statutory definition gives the shared {@link #statutory()}
     * calendar; any other builds its tables, which takes a few milliseconds, so keep the calendar rather than
     * rebuilding it per call.
     *
     * @param definition the definition, valid by construction
     * @return the calendar
     * @throws NullPointerException if {@code definition} is null
     */
    public static DanishCalendar of(CalendarDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        if (definition.isStatutory()) {
            return STATUTORY;
        }
        long[] bits = STATUTORY.table.copyBits();
        for (int year = Coverage.FIRST_YEAR; year <= Coverage.LAST_YEAR; year++) {
            for (AgreedClosingDay day : definition.agreedClosingDays()) {
                WorkingDayTable.clear(bits, Coverage.index(day.dateIn(year), definition.id()));
            }
        }
        for (LocalClosingDay day : definition.localClosingDays()) {
            WorkingDayTable.clear(bits, Coverage.index(day.date(), definition.id()));
        }
        for (LocalDate date : definition.extraWorkingDays()) {
            WorkingDayTable.set(bits, Coverage.index(date, definition.id()));
        }
        return new DanishCalendar(definition, WorkingDayTable.of(bits));
    }

    /**
     * Returns a builder of a calendar with its own id, starting from the statutory calendar.
     *
     * @param id the id, letters and digits joined by single hyphens, such as {@code DK-101}
     * @return the builder
     * @throws NullPointerException if {@code id} is null
     */
    public static Builder builder(String id) {
        return new Builder(Objects.requireNonNull(id, "id"));
    }

    /**
     * Returns a builder of a municipality's calendar with the id {@code DK-} and the municipality code, such as
     * {@code DK-101} for København.
     *
     * @param municipality the municipality
     * @return the builder
     * @throws NullPointerException if {@code municipality} is null
     */
    public static Builder builder(MunicipalityCode municipality) {
        Objects.requireNonNull(municipality, "municipality");
        return new Builder(STATUTORY_ID + "-" + municipality.format());
    }

    /**
     * Returns the definition of this calendar, to store it as JSON or to derive another.
     *
     * @return the definition
     */
    public CalendarDefinition definition() {
        return definition;
    }

    @Override
    public String id() {
        return id;
    }

    /** Returns 1950-01-01. */
    @Override
    public LocalDate coverageStart() {
        return Coverage.START;
    }

    /** Returns 2199-12-31. */
    @Override
    public LocalDate coverageEnd() {
        return Coverage.END;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return table.isWorkingDay(Coverage.index(date, id));
    }

    @Override
    public Optional<Holiday> findHoliday(LocalDate date) {
        Coverage.index(date, id);
        return Optional.ofNullable(holidayOn(date));
    }

    private Holiday holidayOn(LocalDate date) {
        StatutoryHoliday helligdag = StatutoryHoliday.on(date);
        if (helligdag != null) {
            return helligdag.holidayOn(date);
        }
        if (extraWorkingDays.contains(date)) {
            return null;
        }
        for (AgreedClosingDay day : agreedClosingDays) {
            if (day.isOn(date)) {
                return day.holidayOn(date);
            }
        }
        LocalClosingDay local = localClosingDays.get(date);
        return local == null ? null : local.toHoliday();
    }

    @Override
    public List<Holiday> holidaysIn(int year) {
        Coverage.checkYear(year, "calendar " + id);
        List<Holiday> holidays = new ArrayList<>();
        for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
            Holiday holiday = holidayOn(date);
            if (holiday != null) {
                holidays.add(holiday);
            }
        }
        return List.copyOf(holidays);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
        int index = Coverage.index(date, id);
        if (workingDays == 0) {
            return date;
        }
        // The k-th working day (from 0) is table.workingDay(k); rank(i) counts the working days before index i.
        long target = workingDays > 0
                ? (long) table.rank(index + 1) + workingDays - 1
                : (long) table.rank(index) + workingDays;
        if (target < 0 || target >= table.workingDayCount()) {
            throw new DateTimeException(date + " plus " + workingDays + " working days is "
                    + (target < 0 ? "before" : "after") + " the coverage of calendar " + id + ": "
                    + Coverage.range());
        }
        return Coverage.date(table.workingDay((int) target));
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code endExclusive} (and {@code startInclusive}, in an empty range) may be 2200-01-01, the day after the
     * coverage.
     */
    @Override
    public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        int start = Coverage.boundaryIndex(startInclusive, id);
        int end = Coverage.boundaryIndex(endExclusive, id);
        if (end < start) {
            throw new IllegalArgumentException("endExclusive: expected a date on or after startInclusive "
                    + startInclusive + ", got " + endExclusive);
        }
        return table.rank(end) - table.rank(start);
    }

    @Override
    public LocalDate nextWorkingDayOrSame(LocalDate date) {
        return table.isWorkingDay(Coverage.index(date, id)) ? date : plusWorkingDays(date, 1);
    }

    @Override
    public LocalDate previousWorkingDayOrSame(LocalDate date) {
        return table.isWorkingDay(Coverage.index(date, id)) ? date : plusWorkingDays(date, -1);
    }

    /**
     * Compares the definitions.
     *
     * @param obj the other object
     * @return true if {@code obj} is a Danish calendar with an equal definition
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof DanishCalendar other && definition.equals(other.definition);
    }

    @Override
    public int hashCode() {
        return definition.hashCode();
    }

    /** Returns the id and what the calendar adds to the statutory one, such as {@code DanishCalendar[DK-101, ...]}. */
    @Override
    public String toString() {
        if (definition.isStatutory()) {
            return "DanishCalendar[DK]";
        }
        return "DanishCalendar[" + id + ", agreedClosingDays=" + definition.agreedClosingDays()
                + ", localClosingDays=" + definition.localClosingDays().size() + ", extraWorkingDays="
                + definition.extraWorkingDays().size() + "]";
    }

    /**
     * Builds a municipal calendar: the statutory calendar plus named agreed closing days, local closing days and
     * extra working days. Each addition is optional; the rules are those of {@link CalendarDefinition}. Not
     * thread-safe; the calendar it builds is.
     */
    public static final class Builder {

        private final String id;
        private final Set<AgreedClosingDay> agreedClosingDays = EnumSet.noneOf(AgreedClosingDay.class);
        private final List<LocalClosingDay> localClosingDays = new ArrayList<>();
        private final List<LocalDate> extraWorkingDays = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Closes the calendar on agreed closing days, every year.
         *
         * @param days the days, such as {@link AgreedClosingDay#CHRISTMAS_EVE}
         * @return this builder
         * @throws NullPointerException if {@code days} or one of them is null
         */
        public Builder addAgreedClosingDays(AgreedClosingDay... days) {
            Objects.requireNonNull(days, "days");
            return addAgreedClosingDays(Arrays.asList(days));
        }

        /**
         * Closes the calendar on agreed closing days, every year, such as {@link AgreedClosingDay#limitationActDays()}.
         *
         * @param days the days
         * @return this builder
         * @throws NullPointerException if {@code days} or one of them is null
         */
        public Builder addAgreedClosingDays(Collection<AgreedClosingDay> days) {
            Objects.requireNonNull(days, "days");
            for (AgreedClosingDay day : days) {
                agreedClosingDays.add(Objects.requireNonNull(day, "days contains null"));
            }
            return this;
        }

        /**
         * Closes the calendar on one date of the municipality's own.
         *
         * @param date the date, a day that would otherwise be a working day
         * @param name the municipality's name for the day, such as "Julelukning"
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the name is blank
         */
        public Builder addLocalClosingDay(LocalDate date, String name) {
            localClosingDays.add(LocalClosingDay.of(date, name));
            return this;
        }

        /**
         * Opens the calendar on a date that would otherwise be closed: a weekend day or an agreed closing day, not a
         * helligdag.
         *
         * @param date the date
         * @return this builder
         * @throws NullPointerException if {@code date} is null
         */
        public Builder addExtraWorkingDay(LocalDate date) {
            extraWorkingDays.add(Objects.requireNonNull(date, "date"));
            return this;
        }

        /**
         * Returns the definition built so far.
         *
         * @return the definition
         * @throws IllegalArgumentException if a rule of {@link CalendarDefinition} is broken; the message names the
         *     field and the value
         */
        public CalendarDefinition toDefinition() {
            return new CalendarDefinition(id, agreedClosingDays, localClosingDays, extraWorkingDays);
        }

        /**
         * Builds the calendar.
         *
         * @return the calendar
         * @throws IllegalArgumentException if a rule of {@link CalendarDefinition} is broken; the message names the
         *     field and the value
         */
        public DanishCalendar build() {
            return of(toDefinition());
        }
    }
}
