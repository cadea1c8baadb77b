package dk.fremdrift.spring.boot;

import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The settings under {@code fremdrift} in {@code application.yml}, all optional:
 *
 * <pre>{@code
 * fremdrift:
 *   zone: Europe/Copenhagen                      # the zone of every date in a case (the default)
 *   rules: file:/etc/fremdrift/rules-101.json    # the municipality's rule file (MunicipalRules)
 *   calendars:                                   # calendar definitions the rules count on (CalendarDefinition)
 *     - file:/etc/fremdrift/calendar-101.json
 *   language: da                                 # da or en: texts when a request names no language
 *   metrics:
 *     stalled-after-days: 60
 *     recommended-caseload: 30
 *   calendar-horizon: P2Y                        # the health check wants the calendars to cover this far ahead
 *   web:
 *     problem-details: true                      # answer bad requests with problem details without values
 * }</pre>
 *
 * <p>Files are Spring resources ({@code file:}, {@code classpath:}); they are read once, at start-up, and a bad file
 * stops the application with the file's name and the model's reason.
 *
 * @param zone the zone in which moments become Danish dates; Europe/Copenhagen
 * @param rules the municipality's rule file, if any
 * @param calendars calendar definition files, besides the statutory calendar, which is always there
 * @param language the language of texts when a request names none: {@code da} or {@code en}
 * @param metrics the thresholds of the management information
 * @param calendarHorizon how far from today the health check wants every calendar to reach
 * @param web the web settings
 */
@ConfigurationProperties("fremdrift")
public record FremdriftProperties(
        @DefaultValue("Europe/Copenhagen") ZoneId zone,
        Resource rules,
        @DefaultValue List<Resource> calendars,
        @DefaultValue("da") String language,
        @DefaultValue Metrics metrics,
        @DefaultValue("P2Y") Period calendarHorizon,
        @DefaultValue Web web) {

    /**
     * Checks the settings.
     *
     * @param zone the zone
     * @param rules the rule file, or null
     * @param calendars the calendar files
     * @param language {@code da} or {@code en}
     * @param metrics the metrics thresholds
     * @param calendarHorizon the health check's horizon, not negative
     * @param web the web settings
     * @throws IllegalArgumentException if the language is not da or en, or the horizon is negative
     */
    public FremdriftProperties {
        Objects.requireNonNull(zone, "zone");
        calendars = calendars == null ? List.of() : List.copyOf(calendars);
        if (!"da".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("fremdrift.language: expected da or en");
        }
        Objects.requireNonNull(metrics, "metrics");
        if (calendarHorizon.isNegative()) {
            throw new IllegalArgumentException("fremdrift.calendar-horizon: expected a period of zero or more");
        }
        Objects.requireNonNull(web, "web");
    }

    /**
     * Returns the municipality's rule file.
     *
     * @return the file, if one is set
     */
    public Optional<Resource> findRules() {
        return Optional.ofNullable(rules);
    }

    /**
     * Returns the language setting as a locale.
     *
     * @return Danish or English
     */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /**
     * The thresholds of the management information ({@code MetricsConfig}).
     *
     * @param stalledAfterDays a case with no step for this many days is stalled
     * @param recommendedCaseload the recommended number of open cases per caseworker
     */
    public record Metrics(
            @DefaultValue("60") int stalledAfterDays,
            @DefaultValue("30") int recommendedCaseload) {}

    /**
     * The web settings.
     *
     * @param problemDetails whether bad requests are answered with Fremdrift's problem details (naming field and
     *     rule, never the value) instead of Spring's default handling, which logs the rejected value
     */
    public record Web(@DefaultValue("true") boolean problemDetails) {}
}
