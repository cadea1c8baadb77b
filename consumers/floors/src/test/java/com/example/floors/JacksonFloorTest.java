package com.example.floors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.MunicipalRules;
import dk.fremdrift.deadlines.RuleBook;
import dk.fremdrift.deadlines.calendar.CalendarDefinition;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.metrics.AggregateDocument;
import dk.fremdrift.metrics.MetricsAggregator;
import dk.fremdrift.metrics.MetricsConfig;
import dk.fremdrift.metrics.ReportProfile;
import dk.fremdrift.metrics.ReportingPeriod;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.testing.RandomCases;
import dk.fremdrift.validation.review.CaseReview;
import dk.fremdrift.validation.review.ReviewResult;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a vendor does with Jackson 2 at the floor the libraries declare: read and write cases (seeded random cases
 * of every kind of part, from fremdrift-testing), a municipality's rule and calendar files, and the review's and the
 * report's JSON. The mapper is the README's: {@code new ObjectMapper().findAndRegisterModules()}.
 */
class JacksonFloorTest {

    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    static final Instant AS_OF = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void jackson_isTheFloor() {
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
                .isEqualTo(System.getProperty("jackson.floor"));
    }

    @Test
    void randomCases_writeRead_equalOriginal() throws Exception {
        long seed = 2012_2026L;
        RandomCases random = new RandomCases(seed);
        for (int i = 0; i < 400; i++) {
            ChildCase c = random.nextCase();
            String json = MAPPER.writeValueAsString(c);
            assertThat(MAPPER.readValue(json, ChildCase.class))
                    .as("seed %d, case %d", seed, i)
                    .isEqualTo(c);
        }
    }

    @Test
    void exampleCase_read() throws Exception {
        try (InputStream in = ChildCase.class.getResourceAsStream(ChildCase.JSON_EXAMPLE_RESOURCE)) {
            ChildCase c = MAPPER.readValue(in, ChildCase.class);
            assertThat(c.notifications()).isNotEmpty();
        }
    }

    @Test
    void unknownField_rejected() {
        String json = "{\"id\":\"S-1\",\"child\":{\"birthDate\":\"2015-03-04\"},\"municipality\":\"101\","
                + "\"kle\":\"27.24.00-G01\",\"opened\":\"2026-03-27\",\"zzz\":1}";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MAPPER.readValue(json, ChildCase.class))
                .hasMessageContaining("unknown field")
                .hasMessageNotContaining("zzz"); // a field's name may be a CPR number: it is never echoed
    }

    @Test
    void ruleAndCalendarFiles_read() throws Exception {
        String rules = "{\"municipality\":\"101\",\"rules\":[{\"id\":\"KK-SCREENING-5WD\",\"duty\":\"LOCAL_SCREENING\","
                + "\"titleDa\":\"Screening\",\"titleEn\":\"Screening\",\"legalBasis\":{\"law\":\"RETSSIKKERHEDSLOVEN\","
                + "\"paragraph\":\"3\",\"subsection\":2},\"inForce\":{\"startInclusive\":\"2025-01-01\"},"
                + "\"trigger\":{\"kind\":\"NOTIFICATION_RECEIVED\"},\"completion\":{\"kind\":\"SCREENED\"},"
                + "\"length\":5,\"unit\":\"WORKING_DAYS\",\"calendar\":\"DK-101\"}]}";
        String calendar = "{\"id\":\"DK-101\",\"agreedClosingDays\":[\"CHRISTMAS_EVE\"],"
                + "\"localClosingDays\":[{\"date\":\"2026-12-28\",\"name\":\"Julelukning\"}]}";
        RuleBook book = RuleBook.statutory().withMunicipalRules(MAPPER.readValue(rules, MunicipalRules.class));
        DanishCalendar dk101 = DanishCalendar.of(MAPPER.readValue(calendar, CalendarDefinition.class));
        DeadlineEngine engine = DeadlineEngine.builder(DanishCalendar.statutory())
                .rules(book)
                .calendar(dk101)
                .build();
        assertThat(engine.rules().find("KK-SCREENING-5WD")).isPresent();
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(dk101.definition()), CalendarDefinition.class))
                .isEqualTo(dk101.definition());
    }

    @Test
    void reviewAndReport_written() throws Exception {
        DeadlineEngine engine =
                DeadlineEngine.builder(DanishCalendar.statutory()).build();
        CaseReview review = CaseReview.of(engine);
        MetricsAggregator metrics = MetricsAggregator.of(MetricsConfig.of(AS_OF, ReportingPeriod.ofYear(2025)));
        RandomCases random = new RandomCases(17L);
        int findings = 0;
        for (int i = 0; i < 200; i++) {
            ChildCase c = random.nextCase();
            List<DeadlineEvaluation> evaluations = engine.evaluate(c, AS_OF);
            ReviewResult result = review.review(c, AS_OF, evaluations);
            findings += result.findings().size();
            JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(result));
            assertThat(written.get("findings").size())
                    .isEqualTo(result.findings().size());
            metrics.add(c, evaluations);
        }
        assertThat(findings).isPositive();
        JsonNode report = MAPPER.readTree(MAPPER.writeValueAsString(metrics.report(ReportProfile.POLITICAL)));
        assertThat(report.toString()).contains("indicators");
    }

    @Test
    void aggregateDocument_writeRead_equalAndMerges() throws Exception {
        DeadlineEngine engine =
                DeadlineEngine.builder(DanishCalendar.statutory()).build();
        MetricsConfig config = MetricsConfig.of(AS_OF, ReportingPeriod.ofYear(2025));
        MetricsAggregator odense = MetricsAggregator.of(config);
        MetricsAggregator aarhus = MetricsAggregator.of(config);
        RandomCases random = new RandomCases(23L);
        for (int i = 0; i < 200; i++) {
            ChildCase c = random.nextCase();
            (i % 2 == 0 ? odense : aarhus).add(c, engine.evaluate(c, AS_OF));
        }
        AggregateDocument a = odense.toDocument(MunicipalityCode.of(461), engine.rules());
        AggregateDocument b = aarhus.toDocument(MunicipalityCode.of(751), engine.rules());

        AggregateDocument readA = MAPPER.readValue(MAPPER.writeValueAsString(a), AggregateDocument.class);
        AggregateDocument readB = MAPPER.readValue(MAPPER.writeValueAsString(b), AggregateDocument.class);

        assertThat(readA).isEqualTo(a);
        assertThat(AggregateDocument.merge(List.of(readA, readB))).isEqualTo(AggregateDocument.merge(List.of(a, b)));
        assertThat(MetricsAggregator.fromDocument(readA).report(ReportProfile.POLITICAL))
                .isEqualTo(odense.report(ReportProfile.POLITICAL));
    }
}
