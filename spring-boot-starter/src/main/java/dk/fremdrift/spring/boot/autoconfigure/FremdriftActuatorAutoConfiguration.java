package dk.fremdrift.spring.boot.autoconfigure;

import dk.fremdrift.spring.boot.FremdriftSettings;
import dk.fremdrift.spring.boot.actuate.CalendarCoverage;
import dk.fremdrift.spring.boot.actuate.FremdriftInfo;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Actuator's {@code info} section {@code fremdrift} and the health check {@code fremdriftCalendars}, when Actuator is
 * on the class path. The health check's type moved in Spring Boot 4 (to {@code spring-boot-health}); each nested
 * configuration is read only where its type exists. Not API.
 */
@AutoConfiguration(after = FremdriftAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.info.InfoContributor")
public class FremdriftActuatorAutoConfiguration {

    /** Creates the configuration; Spring calls it. */
    public FremdriftActuatorAutoConfiguration() {}

    /**
     * The {@code fremdrift} section of {@code info}.
     *
     * @param settings the settings
     * @return the contributor
     */
    @Bean
    @ConditionalOnMissingBean(name = "fremdriftInfoContributor")
    public org.springframework.boot.actuate.info.InfoContributor fremdriftInfoContributor(FremdriftSettings settings) {
        return builder -> builder.withDetail("fremdrift", FremdriftInfo.of(settings));
    }

    /**
     * The calendars' coverage check, shared by the health indicators below.
     *
     * @param settings the settings
     * @param clock the application's clock, if any
     * @return the check
     */
    @Bean
    @ConditionalOnMissingBean
    public CalendarCoverage fremdriftCalendarCoverage(FremdriftSettings settings, ObjectProvider<Clock> clock) {
        return new CalendarCoverage(settings, clock.getIfAvailable(() -> Clock.system(settings.zone())));
    }

    /** Spring Boot 4: {@code org.springframework.boot.health.contributor.HealthIndicator}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    public static class Boot4Health {

        /** Creates the configuration; Spring calls it. */
        public Boot4Health() {}

        /**
         * The health check {@code fremdriftCalendars}.
         *
         * @param coverage the check
         * @return the indicator
         */
        @Bean
        @ConditionalOnMissingBean(name = "fremdriftCalendarsHealthIndicator")
        public org.springframework.boot.health.contributor.HealthIndicator fremdriftCalendarsHealthIndicator(
                CalendarCoverage coverage) {
            return () -> (coverage.isCovered()
                            ? org.springframework.boot.health.contributor.Health.up()
                            : org.springframework.boot.health.contributor.Health.down())
                    .withDetails(coverage.details())
                    .build();
        }
    }

    /** Spring Boot 3: {@code org.springframework.boot.actuate.health.HealthIndicator}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    public static class Boot3Health {

        /** Creates the configuration; Spring calls it. */
        public Boot3Health() {}

        /**
         * The health check {@code fremdriftCalendars}.
         *
         * @param coverage the check
         * @return the indicator
         */
        @Bean
        @ConditionalOnMissingBean(name = "fremdriftCalendarsHealthIndicator")
        public org.springframework.boot.actuate.health.HealthIndicator fremdriftCalendarsHealthIndicator(
                CalendarCoverage coverage) {
            return () -> (coverage.isCovered()
                            ? org.springframework.boot.actuate.health.Health.up()
                            : org.springframework.boot.actuate.health.Health.down())
                    .withDetails(coverage.details())
                    .build();
        }
    }
}
