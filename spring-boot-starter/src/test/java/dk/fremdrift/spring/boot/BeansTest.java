package dk.fremdrift.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.vendor.TestApplication;
import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.calendar.WorkingDayCalendar;
import dk.fremdrift.metrics.MetricsConfig;
import dk.fremdrift.metrics.ReportingPeriod;
import dk.fremdrift.validation.review.CaseReview;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

/** The beans and the Actuator contributions from application.yml, on Spring Boot 3. */
class BeansTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Nested
    @SpringBootTest(
            classes = {TestApplication.class, BeansTest.FixedClock.class},
            properties = {
                "fremdrift.rules=classpath:rules-101.json",
                "fremdrift.calendars=classpath:calendar-101.json",
                "fremdrift.metrics.stalled-after-days=90",
                "management.endpoints.web.exposure.include=info,health",
                "management.endpoint.health.show-details=always",
                "management.info.defaults.enabled=false"
            })
    @AutoConfigureMockMvc
    class Configured {

        @Autowired
        DeadlineEngine engine;

        @Autowired
        CaseReview review;

        @Autowired
        FremdriftSettings settings;

        @Autowired
        MockMvc mvc;

        @Test
        void engine_municipalRulesAndCalendarFromApplicationYml() {
            assertThat(engine.rules().find("KK-SCREENING-5WD")).isPresent();
            assertThat(settings.calendars()).extracting(WorkingDayCalendar::id).containsExactly("DK", "DK-101");
            assertThat(engine.zone()).isEqualTo(ZoneId.of("Europe/Copenhagen"));
            assertThat(review.engine()).isSameAs(engine);
            // The municipal rule counts working days on the municipal calendar: Christmas Eve, 28-30 December and
            // New Year's Eve are closed there (on the statutory calendar the fifth working day is 28 December).
            assertThat(engine.dueFor(
                                    dk.fremdrift.deadlines.Duty.of("LOCAL_SCREENING"),
                                    Instant.parse("2026-12-18T09:00:00Z"))
                            .dueDate())
                    .isEqualTo(LocalDate.of(2027, 1, 5));
        }

        @Test
        void metricsConfig_thresholdsFromApplicationYml() {
            MetricsConfig c = settings.metricsConfig(NOW, ReportingPeriod.ofYear(2025));
            assertThat(c.stalledAfterDays()).isEqualTo(90);
            assertThat(c.recommendedCaseload()).isEqualTo(MetricsConfig.DEFAULT_RECOMMENDED_CASELOAD);
            assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Copenhagen"));
        }

        @Test
        void info_ruleBookAndCalendars() throws Exception {
            mvc.perform(get("/actuator/info"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.fremdrift.ruleBook.municipality").value("101"))
                    .andExpect(
                            jsonPath("$.fremdrift.ruleBook.municipalRules[0]").value("KK-SCREENING-5WD"))
                    .andExpect(jsonPath("$.fremdrift.ruleBook.sha256").isString())
                    .andExpect(jsonPath("$.fremdrift.calendars.DK.coverage").value("1950-01-01/2199-12-31"))
                    .andExpect(jsonPath("$.fremdrift.calendars.DK-101.localClosingDaysThrough")
                            .value("2026-12-30"));
        }

        @Test
        void health_calendarsCoverTwoYears_up() throws Exception {
            mvc.perform(get("/actuator/health"))
                    .andExpect(status().isOk())
                    .andExpect(
                            jsonPath("$.components.fremdriftCalendars.status").value("UP"))
                    .andExpect(jsonPath("$.components.fremdriftCalendars.details.required")
                            .value("2026-11-23/2028-11-23"));
        }
    }

    @Nested
    @SpringBootTest(
            classes = {TestApplication.class, BeansTest.FixedClock.class, BeansTest.ShortCalendar.class},
            properties = {
                "management.endpoints.web.exposure.include=health",
                "management.endpoint.health.show-details=always"
            })
    @AutoConfigureMockMvc
    class CalendarEndingTooSoon {

        @Autowired
        MockMvc mvc;

        @Test
        void health_calendarEndsWithinTwoYears_down() throws Exception {
            mvc.perform(get("/actuator/health"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(
                            jsonPath("$.components.fremdriftCalendars.status").value("DOWN"))
                    .andExpect(jsonPath("$.components.fremdriftCalendars.details.calendars.SHORT.covered")
                            .value(false))
                    .andExpect(jsonPath("$.components.fremdriftCalendars.details.calendars.DK.covered")
                            .value(true));
        }
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Copenhagen"));
        }
    }

    /** A vendor's own calendar bean whose coverage ends at the end of 2027, within two years of NOW. */
    @TestConfiguration
    static class ShortCalendar {
        @Bean
        WorkingDayCalendar shortCalendar() {
            return new WorkingDayCalendar() {
                @Override
                public String id() {
                    return "SHORT";
                }

                @Override
                public LocalDate coverageStart() {
                    return LocalDate.of(2020, 1, 1);
                }

                @Override
                public LocalDate coverageEnd() {
                    return LocalDate.of(2027, 12, 31);
                }

                @Override
                public boolean isWorkingDay(LocalDate date) {
                    return date.getDayOfWeek().getValue() < 6;
                }

                @Override
                public java.util.Optional<dk.fremdrift.deadlines.calendar.Holiday> findHoliday(LocalDate date) {
                    return java.util.Optional.empty();
                }

                @Override
                public List<dk.fremdrift.deadlines.calendar.Holiday> holidaysIn(int year) {
                    return List.of();
                }

                @Override
                public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }
}
