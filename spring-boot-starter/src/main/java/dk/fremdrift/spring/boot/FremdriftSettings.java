package dk.fremdrift.spring.boot;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.MunicipalRules;
import dk.fremdrift.deadlines.RuleBook;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.deadlines.calendar.WorkingDayCalendar;
import dk.fremdrift.metrics.MetricsConfig;
import dk.fremdrift.metrics.ReportingPeriod;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the application runs with, read once from {@link FremdriftProperties}: the rule book (statutory, with the
 * municipality's rule file if there is one), the calendars, the zone, the default language and the metrics
 * thresholds. A bean of the starter; the engine, the review, Actuator's info and health are built from it.
 *
 * <pre>{@code
 * MetricsConfig config = settings.metricsConfig(Instant.parse("2026-01-01T08:00:00Z"), ReportingPeriod.ofYear(2025));
 * MetricsAggregator aggregator = MetricsAggregator.of(config);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class FremdriftSettings {

    private final RuleBook ruleBook;
    private final Optional<MunicipalRules> municipalRules;
    private final List<WorkingDayCalendar> calendars;
    private final ZoneId zone;
    private final Locale locale;
    private final FremdriftProperties.Metrics metrics;
    private final Period calendarHorizon;

    /**
     * Creates the settings.
     *
     * @param municipalRules the municipality's rule file, if any
     * @param calendars the calendars besides the statutory one, which is added first
     * @param properties the properties for zone, language, metrics and the health check's horizon
     * @throws dk.fremdrift.deadlines.RuleConflictException if the rule file conflicts with the statutory book
     * @throws IllegalArgumentException if two calendars have the same id
     */
    public FremdriftSettings(
            Optional<MunicipalRules> municipalRules,
            List<? extends WorkingDayCalendar> calendars,
            FremdriftProperties properties) {
        this.municipalRules = Objects.requireNonNull(municipalRules, "municipalRules");
        this.ruleBook =
                municipalRules.map(RuleBook.statutory()::withMunicipalRules).orElse(RuleBook.statutory());
        Map<String, WorkingDayCalendar> byId = new LinkedHashMap<>();
        byId.put(DanishCalendar.STATUTORY_ID, DanishCalendar.statutory());
        for (WorkingDayCalendar c : calendars) {
            if (byId.put(c.id(), c) != null && !c.id().equals(DanishCalendar.STATUTORY_ID)) {
                throw new IllegalArgumentException("fremdrift.calendars: calendar id " + c.id() + " is used twice");
            }
        }
        this.calendars = List.copyOf(byId.values());
        this.zone = properties.zone();
        this.locale = properties.locale();
        this.metrics = properties.metrics();
        this.calendarHorizon = properties.calendarHorizon();
    }

    /**
     * Builds a deadline engine of these settings.
     *
     * @param clock the clock of {@link DeadlineEngine#evaluateNow}
     * @return the engine
     * @throws IllegalArgumentException if the rule book counts on a calendar that is not configured
     */
    public DeadlineEngine engine(Clock clock) {
        DeadlineEngine.Builder b = DeadlineEngine.builder(DanishCalendar.statutory())
                .rules(ruleBook)
                .zone(zone)
                .clock(clock);
        calendars.forEach(b::calendar);
        return b.build();
    }

    /**
     * Returns a metrics configuration with the zone and thresholds of these settings.
     *
     * @param asOf the moment the cases are seen at
     * @param period the reporting period
     * @return the configuration
     */
    public MetricsConfig metricsConfig(Instant asOf, ReportingPeriod period) {
        return MetricsConfig.of(asOf, period)
                .withZone(zone)
                .withStalledAfterDays(metrics.stalledAfterDays())
                .withRecommendedCaseload(metrics.recommendedCaseload());
    }

    /**
     * Returns the rule book: the statutory book, with the municipality's rules if a rule file is configured.
     *
     * @return the rule book
     */
    public RuleBook ruleBook() {
        return ruleBook;
    }

    /**
     * Returns the municipality's rule file.
     *
     * @return the rules, if configured
     */
    public Optional<MunicipalRules> municipalRules() {
        return municipalRules;
    }

    /**
     * Returns the calendars, the statutory one first.
     *
     * @return the calendars
     */
    public List<WorkingDayCalendar> calendars() {
        return calendars;
    }

    /**
     * Returns the zone of Danish dates.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the language of texts when a request names none.
     *
     * @return Danish or English
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns how far ahead of today every calendar must reach for the health check.
     *
     * @return the horizon
     */
    public Period calendarHorizon() {
        return calendarHorizon;
    }
}
