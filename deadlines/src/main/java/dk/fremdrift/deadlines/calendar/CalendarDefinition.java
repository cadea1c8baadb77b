package dk.fremdrift.deadlines.calendar;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Danish working-day calendar described as data, so that a municipality's closing days can change without a new
 * release: the statutory calendar ({@link DanishCalendar#statutory()}) plus agreed closing days, local closing
 * days and extra working days. {@link DanishCalendar#of(CalendarDefinition)} turns it into a calendar.
 *
 * <p>The JSON form, read and written with the caller's own Jackson 2 or 3:
 *
 * <pre>{@code
 * {
 *   "id": "DK-101",
 *   "agreedClosingDays": ["CONSTITUTION_DAY", "CHRISTMAS_EVE", "NEW_YEARS_EVE"],
 *   "localClosingDays": [{"date": "2026-12-28", "name": "Julelukning"}],
 *   "extraWorkingDays": ["2026-12-31"]
 * }
 * }</pre>
 *
 * <p>A definition is valid by construction; a bad one fails with an {@link IllegalArgumentException} (wrapped by
 * Jackson when read from JSON) whose message names the field and the value. The rules:
 *
 * <ul>
 *   <li>{@code id}: letters and digits in groups joined by single hyphens, at most 64 characters, such as {@code
 *       DK-101}. {@code DK} is the statutory calendar's id and is valid only without changes.
 *   <li>A missing (null) list or set reads as empty. Lists are kept sorted by date.
 *   <li>{@code localClosingDays}: dates within the coverage, 1950-01-01 to 2199-12-31, each once, and each on a
 *       day that would otherwise be a working day (not a weekend day, a helligdag or one of the calendar's agreed
 *       closing days).
 *   <li>{@code extraWorkingDays}: dates within the coverage, each once, each a day that would otherwise be closed
 *       (a weekend day or one of the calendar's agreed closing days) and not a helligdag nor a local closing day:
 *       the law's helligdage cannot be made working days.
 * </ul>
 *
 * @param id the calendar's id, such as {@code DK-101}
 * @param agreedClosingDays the agreed closing days on which the calendar is closed every year
 * @param localClosingDays the municipality's own closing days, in date order
 * @param extraWorkingDays dates that are working days although the rules would close them, in date order
 */
@JsonPropertyOrder({"id", "agreedClosingDays", "localClosingDays", "extraWorkingDays"})
public record CalendarDefinition(
        String id,
        Set<AgreedClosingDay> agreedClosingDays,
        List<LocalClosingDay> localClosingDays,
        @JsonFormat(shape = JsonFormat.Shape.STRING) List<LocalDate> extraWorkingDays) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");
    private static final int MAX_ID_LENGTH = 64;

    /**
     * Checks the definition and normalises it: null collections read as empty, lists are sorted by date.
     *
     * @param id the calendar's id
     * @param agreedClosingDays the agreed closing days
     * @param localClosingDays the local closing days
     * @param extraWorkingDays the extra working days
     * @throws NullPointerException if {@code id} or an element of a collection is null
     * @throws IllegalArgumentException if a rule above is broken; the message names the field and the value
     */
    public CalendarDefinition {
        Objects.requireNonNull(id, "id");
        if (id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id: expected letters and digits joined by single hyphens, at most "
                    + MAX_ID_LENGTH + " characters, such as DK-101, got \"" + id + "\"");
        }
        agreedClosingDays = agreedClosingDays(agreedClosingDays);
        localClosingDays = localClosingDays(localClosingDays, agreedClosingDays);
        extraWorkingDays = extraWorkingDays(extraWorkingDays, agreedClosingDays, localClosingDays);
        boolean changed = !agreedClosingDays.isEmpty() || !localClosingDays.isEmpty() || !extraWorkingDays.isEmpty();
        if (changed && id.equals(DanishCalendar.STATUTORY_ID)) {
            throw new IllegalArgumentException("id: " + DanishCalendar.STATUTORY_ID
                    + " is the statutory calendar's id and cannot have agreed or local closing days or extra"
                    + " working days; use an id of its own, such as DK-101");
        }
    }

    /**
     * Returns the definition of the statutory calendar, {@code DK}: weekends and helligdage only.
     *
     * @return the statutory definition
     */
    public static CalendarDefinition statutory() {
        return new CalendarDefinition(DanishCalendar.STATUTORY_ID, Set.of(), List.of(), List.of());
    }

    /** Tells whether this is the statutory calendar's definition. */
    boolean isStatutory() {
        return id.equals(DanishCalendar.STATUTORY_ID);
    }

    private static Set<AgreedClosingDay> agreedClosingDays(Collection<AgreedClosingDay> days) {
        if (days == null) {
            return Collections.unmodifiableSet(EnumSet.noneOf(AgreedClosingDay.class));
        }
        EnumSet<AgreedClosingDay> copy = EnumSet.noneOf(AgreedClosingDay.class);
        for (AgreedClosingDay day : days) {
            copy.add(Objects.requireNonNull(day, "agreedClosingDays contains null"));
        }
        return Collections.unmodifiableSet(copy);
    }

    private static List<LocalClosingDay> localClosingDays(
            List<LocalClosingDay> days, Set<AgreedClosingDay> agreedClosingDays) {
        if (days == null) {
            return List.of();
        }
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            LocalClosingDay day = Objects.requireNonNull(days.get(i), "localClosingDays[" + i + "] is null");
            String field = "localClosingDays[" + i + "].date";
            LocalDate date = day.date();
            checkCovered(field, date);
            Integer before = seen.putIfAbsent(date, i);
            if (before != null) {
                throw new IllegalArgumentException(
                        field + ": " + date + " is listed twice, also at localClosingDays[" + before + "]");
            }
            if (isWeekend(date)) {
                throw new IllegalArgumentException(field + ": " + date + " is a " + weekday(date)
                        + ", a weekend day and closed already; expected a date that would be a working day");
            }
            StatutoryHoliday helligdag = StatutoryHoliday.on(date);
            if (helligdag != null) {
                throw new IllegalArgumentException(field + ": " + date + " is " + helligdag.danishName()
                        + ", a helligdag and closed already; expected a date that would be a working day");
            }
            AgreedClosingDay agreed = agreedOn(date, agreedClosingDays);
            if (agreed != null) {
                throw new IllegalArgumentException(field + ": " + date + " is " + agreed.danishName()
                        + ", one of the calendar's agreedClosingDays (" + agreed
                        + ") and closed already; expected a date that would be a working day");
            }
        }
        List<LocalClosingDay> sorted = new ArrayList<>(days);
        sorted.sort(Comparator.comparing(LocalClosingDay::date));
        return List.copyOf(sorted);
    }

    private static List<LocalDate> extraWorkingDays(
            List<LocalDate> dates, Set<AgreedClosingDay> agreedClosingDays, List<LocalClosingDay> localClosingDays) {
        if (dates == null) {
            return List.of();
        }
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < dates.size(); i++) {
            String field = "extraWorkingDays[" + i + "]";
            LocalDate date = Objects.requireNonNull(dates.get(i), field + " is null");
            checkCovered(field, date);
            Integer before = seen.putIfAbsent(date, i);
            if (before != null) {
                throw new IllegalArgumentException(
                        field + ": " + date + " is listed twice, also at extraWorkingDays[" + before + "]");
            }
            StatutoryHoliday helligdag = StatutoryHoliday.on(date);
            if (helligdag != null) {
                throw new IllegalArgumentException(field + ": " + date + " is " + helligdag.danishName()
                        + ", a helligdag; a helligdag cannot be made a working day");
            }
            for (LocalClosingDay local : localClosingDays) {
                if (local.date().equals(date)) {
                    throw new IllegalArgumentException(
                            field + ": " + date + " is also one of the localClosingDays; expected one or the other");
                }
            }
            if (!isWeekend(date) && agreedOn(date, agreedClosingDays) == null) {
                throw new IllegalArgumentException(field + ": " + date + " is a " + weekday(date)
                        + " and a working day already; expected a weekend day or one of the calendar's"
                        + " agreedClosingDays " + agreedClosingDays);
            }
        }
        List<LocalDate> sorted = new ArrayList<>(dates);
        Collections.sort(sorted);
        return List.copyOf(sorted);
    }

    private static void checkCovered(String field, LocalDate date) {
        if (!Coverage.contains(date)) {
            throw new IllegalArgumentException(
                    field + ": " + date + " is outside the coverage of the Danish calendars, " + Coverage.range());
        }
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private static String weekday(LocalDate date) {
        String name = date.getDayOfWeek().name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static AgreedClosingDay agreedOn(LocalDate date, Set<AgreedClosingDay> agreedClosingDays) {
        for (AgreedClosingDay day : agreedClosingDays) {
            if (day.isOn(date)) {
                return day;
            }
        }
        return null;
    }

    // Jackson 3 ignores unknown fields by default; a misspelt field would silently drop closing days, so the
    // format rejects unknown fields on both Jackson lines. Jackson calls this private method reflectively.
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw new IllegalArgumentException(
                "\"" + name
                        + "\": expected one of the fields of CalendarDefinition (id, agreedClosingDays, localClosingDays, extraWorkingDays), got an unknown field");
    }
}
