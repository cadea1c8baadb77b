package dk.fremdrift.spring.boot.autoconfigure;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.MunicipalRules;
import dk.fremdrift.deadlines.calendar.CalendarDefinition;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.deadlines.calendar.WorkingDayCalendar;
import dk.fremdrift.spring.boot.FremdriftProperties;
import dk.fremdrift.spring.boot.FremdriftSettings;
import dk.fremdrift.validation.review.CaseReview;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;

/**
 * The engine, the review and the settings, from {@code fremdrift.*} in {@code application.yml}. Each bean backs off
 * when the application defines its own. Calendars are the statutory one, the files of {@code fremdrift.calendars}
 * and any {@link WorkingDayCalendar} beans of the application. Not API: the beans are.
 */
@AutoConfiguration
@EnableConfigurationProperties(FremdriftProperties.class)
public class FremdriftAutoConfiguration {

    /** Creates the configuration; Spring calls it. */
    public FremdriftAutoConfiguration() {}

    /**
     * Reads the rule and calendar files once.
     *
     * @param properties the properties
     * @param calendarBeans the application's own calendars
     * @return the settings
     */
    @Bean
    @ConditionalOnMissingBean
    public FremdriftSettings fremdriftSettings(
            FremdriftProperties properties, ObjectProvider<WorkingDayCalendar> calendarBeans) {
        Optional<MunicipalRules> rules =
                properties.findRules().map(file -> ConfigFiles.read(file, MunicipalRules.class, "fremdrift.rules"));
        List<WorkingDayCalendar> calendars = new ArrayList<>();
        for (Resource file : properties.calendars()) {
            calendars.add(DanishCalendar.of(ConfigFiles.read(file, CalendarDefinition.class, "fremdrift.calendars")));
        }
        calendarBeans.orderedStream().forEach(calendars::add);
        return new FremdriftSettings(rules, calendars, properties);
    }

    /**
     * The deadline engine, with the application's {@link Clock} bean if it has one, else the system clock.
     *
     * @param settings the settings
     * @param clock the application's clock, if any
     * @return the engine
     */
    @Bean
    @ConditionalOnMissingBean
    public DeadlineEngine fremdriftDeadlineEngine(FremdriftSettings settings, ObjectProvider<Clock> clock) {
        return settings.engine(clock.getIfAvailable(() -> Clock.system(settings.zone())));
    }

    /**
     * The case review (sagsgennemgang) on the engine.
     *
     * @param engine the engine
     * @return the review
     */
    @Bean
    @ConditionalOnMissingBean
    public CaseReview fremdriftCaseReview(DeadlineEngine engine) {
        return CaseReview.of(engine);
    }
}
