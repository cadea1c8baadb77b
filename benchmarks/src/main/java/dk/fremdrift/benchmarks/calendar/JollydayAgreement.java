package dk.fremdrift.benchmarks.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Compares the statutory {@link DanishCalendar} with jollyday's Danish holidays on every date of the calendar's
 * coverage, 1950 to 2199, so that the benchmark compares two calendars that agree, and prints every date on which
 * they do not.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dk.fremdrift.benchmarks.calendar.JollydayAgreement
 * </pre>
 */
public final class JollydayAgreement {

    private JollydayAgreement() {}

    /**
     * Prints the dates on which the two calendars disagree and a summary; exits with 1 if there are any.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        DanishCalendar fremdrift = DanishCalendar.statutory();
        HolidayManager jollyday = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.DENMARK));
        Map<LocalDate, String> differences = new TreeMap<>();
        int checked = 0;
        for (int year = fremdrift.coverageStart().getYear();
                year <= fremdrift.coverageEnd().getYear();
                year++) {
            Map<LocalDate, String> theirs = jollyday.getHolidays(Year.of(year)).stream()
                    .collect(Collectors.toMap(Holiday::getDate, h -> h.getDescription(Locale.ENGLISH), (a, b) -> a));
            Set<LocalDate> ours = fremdrift.holidaysIn(year).stream()
                    .map(dk.fremdrift.deadlines.calendar.Holiday::date)
                    .collect(Collectors.toSet());
            for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
                checked++;
                boolean jollydayHoliday = theirs.containsKey(date);
                if (jollydayHoliday != ours.contains(date)) {
                    differences.put(
                            date,
                            jollydayHoliday
                                    ? "jollyday only: " + theirs.get(date)
                                    : "Fremdrift only: "
                                            + fremdrift
                                                    .findHoliday(date)
                                                    .orElseThrow()
                                                    .danishName());
                }
            }
        }
        differences.forEach((date, what) -> System.out.println(date + " " + date.getDayOfWeek() + ": " + what));
        System.out.println(checked + " dates of " + fremdrift.coverageStart() + " to " + fremdrift.coverageEnd()
                + " compared, " + differences.size() + " differences");
        if (!differences.isEmpty()) {
            System.exit(1);
        }
    }
}
