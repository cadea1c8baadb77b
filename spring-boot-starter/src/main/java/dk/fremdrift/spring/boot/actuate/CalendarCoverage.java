package dk.fremdrift.spring.boot.actuate;

import dk.fremdrift.deadlines.calendar.WorkingDayCalendar;
import dk.fremdrift.spring.boot.FremdriftSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Whether every calendar covers today and the configured horizon ahead ({@code fremdrift.calendar-horizon}, two
 * years by default): a deadline due beyond a calendar's coverage cannot be computed, so a calendar that ends too
 * soon must be replaced before it does. The health check of Spring Boot 3 and of Spring Boot 4 both ask this.
 *
 * <p>Today is the clock's date in the settings' zone. The details name each calendar with the dates it covers.
 */
public final class CalendarCoverage {

    private final FremdriftSettings settings;
    private final Clock clock;

    /**
     * Creates the check.
     *
     * @param settings the settings with the calendars and the horizon
     * @param clock the clock that says what today is
     */
    public CalendarCoverage(FremdriftSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Tells whether every calendar covers the days from today to the horizon.
     *
     * @return true if all do
     */
    public boolean isCovered() {
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        LocalDate until = today.plus(settings.calendarHorizon());
        return settings.calendars().stream().allMatch(c -> covers(c, today, until));
    }

    /**
     * Returns the details: the dates required and, per calendar id, the dates it covers and whether that suffices.
     *
     * @return the details, for the health check
     */
    public Map<String, Object> details() {
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        LocalDate until = today.plus(settings.calendarHorizon());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("required", today + "/" + until);
        Map<String, Object> calendars = new LinkedHashMap<>();
        for (WorkingDayCalendar c : settings.calendars()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("coverage", c.coverageStart() + "/" + c.coverageEnd());
            one.put("covered", covers(c, today, until));
            calendars.put(c.id(), one);
        }
        details.put("calendars", calendars);
        return details;
    }

    private static boolean covers(WorkingDayCalendar c, LocalDate from, LocalDate until) {
        return !c.coverageStart().isAfter(from) && !c.coverageEnd().isBefore(until);
    }
}
