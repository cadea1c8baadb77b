package dk.fremdrift.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.PlacementDecisionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

class DeadlineRuleTest {

    private static final ObjectMapper JACKSON2 = new ObjectMapper().findAndRegisterModules();
    private static final JsonMapper JACKSON3 = JsonMapper.builder().build();

    private static DeadlineRule.Builder valid() {
        return DeadlineRule.builder("KK-SCREENING-5WD", Duty.of("LOCAL_SCREENING"))
                .title("Screening inden 5 arbejdsdage", "Screening within 5 working days")
                .law(LegalReference.of(Law.RETSSIKKERHEDSLOVEN, "3", 2), InForcePeriod.from(LocalDate.of(2025, 1, 1)))
                .on(Trigger.of(TriggerKind.NOTIFICATION_RECEIVED), Completion.of(CompletionKind.SCREENED))
                .length(5, DeadlineUnit.WORKING_DAYS);
    }

    @Test
    void builder_defaults_areTheGeneralRulesOfDeadlineComputation() {
        DeadlineRule r = valid().build();

        assertThat(r.dayCounting()).isEqualTo(DayCounting.EXCLUDE_TRIGGER_DAY);
        assertThat(r.roll()).isEqualTo(RollPolicy.NONE);
        assertThat(r.calendar()).isEqualTo("DK");
        assertThat(r.obligation()).isEqualTo(Obligation.MUNICIPALITY);
        assertThat(r.source()).isEqualTo(RuleSource.MUNICIPAL);
        assertThat(r.dueSoon()).isEqualTo(java.time.Duration.ofDays(2));
        assertThat(r.describeLength(Locale.forLanguageTag("da"))).isEqualTo("5 arbejdsdage");
    }

    static Stream<Arguments> badRules() {
        return Stream.of(
                Arguments.of(
                        (UnaryOperator<DeadlineRule.Builder>) b -> b.length(24, DeadlineUnit.HOURS)
                                .on(
                                        Trigger.of(TriggerKind.COMPLAINT_RECEIVED),
                                        Completion.of(CompletionKind.COMPLAINT_REASSESSED)),
                        "unit HOURS needs a trigger that is a moment, got COMPLAINT_RECEIVED"),
                Arguments.of(
                        (UnaryOperator<DeadlineRule.Builder>) b -> b.on(
                                Trigger.of(TriggerKind.NOTIFICATION_RECEIVED), Completion.of(CompletionKind.FOLLOW_UP)),
                        "completion FOLLOW_UP cannot meet a deadline about a NOTIFICATION"),
                Arguments.of(
                        (UnaryOperator<DeadlineRule.Builder>) b -> b.length(-1, DeadlineUnit.WORKING_DAYS),
                        "length: expected 0 or more for trigger NOTIFICATION_RECEIVED, got -1"),
                Arguments.of(
                        (UnaryOperator<DeadlineRule.Builder>) b ->
                                b.dayCounting(DayCounting.INCLUDE_TRIGGER_DAY).length(2, DeadlineUnit.MONTHS),
                        "dayCounting INCLUDE_TRIGGER_DAY is for day units, got unit MONTHS"),
                Arguments.of(
                        (UnaryOperator<DeadlineRule.Builder>)
                                b -> b.recurrence(Recurrence.every(6, DeadlineUnit.MONTHS)),
                        "recurrence is for follow-ups and supervision visits"),
                Arguments.of(
                        (UnaryOperator<DeadlineRule.Builder>) b -> b.unconfirmed(" "),
                        "an UNCONFIRMED rule must be configurable and carry a note"));
    }

    @ParameterizedTest
    @MethodSource("badRules")
    void build_settingsThatDoNotFit_rejectedNamingTheRuleAndSetting(
            UnaryOperator<DeadlineRule.Builder> change, String message) {
        assertThatThrownBy(() -> change.apply(valid()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rule KK-SCREENING-5WD: ")
                .hasMessageContaining(message);
    }

    @Test
    void build_badIdAndDuty_rejectedWithTheValue() {
        assertThatThrownBy(
                        () -> DeadlineRule.builder("kk screening", Duty.of("X")).build())
                .hasMessageContaining("got 'kk screening'");
    }

    @Test
    void trigger_filtersOnTheWrongKind_rejected() {
        assertThatThrownBy(() -> new Trigger(
                        TriggerKind.COMPLAINT_RECEIVED, java.util.Set.of(NotifierKind.CHILD), null, null, null, null))
                .hasMessage("trigger.notifierKinds: expected none for trigger kind COMPLAINT_RECEIVED, got [CHILD]");
        assertThatThrownBy(() -> Trigger.atAge(TriggerKind.SUPPORT_FROM_AGE, 30))
                .hasMessage("trigger.age: expected 0 to 25 years, got 30");
        assertThatThrownBy(() -> new Trigger(
                        TriggerKind.NOTIFICATION_RECEIVED,
                        null,
                        null,
                        java.util.Set.of(PlacementDecisionKind.PLACEMENT),
                        null,
                        null))
                .hasMessage(
                        "trigger.placementKinds: expected none for trigger kind NOTIFICATION_RECEIVED, got [PLACEMENT]");
        assertThatThrownBy(() -> Duty.of("no such duty"))
                .hasMessageStartingWith("duty: expected upper-case words joined by underscores");
        assertThat(Trigger.decision(java.util.Set.of(PlacementDecisionKind.PLACEMENT), DecisionKind.SUPPORT)
                        .decisionKinds())
                .containsExactly(DecisionKind.SUPPORT);
    }

    @Test
    void json_everyStatutoryRule_roundTripsOnBothJacksonLines() throws Exception {
        for (DeadlineRule r : RuleBook.statutory().rules()) {
            String two = JACKSON2.writeValueAsString(r);
            String three = JACKSON3.writeValueAsString(r);
            assertThat(JACKSON2.readValue(two, DeadlineRule.class)).isEqualTo(r);
            assertThat(JACKSON3.readValue(three, DeadlineRule.class)).isEqualTo(r);
            assertThat(three).isEqualTo(two);
        }
        String json = JACKSON3.writeValueAsString(RuleBook.statutory().get("RSL-67-COMPLAINT-PERIOD-4W"));
        assertThat(json)
                .startsWith("{\"id\":\"RSL-67-COMPLAINT-PERIOD-4W\",\"duty\":\"COMPLAINT_PERIOD\"")
                .contains("\"legalBasis\":{\"law\":\"RETSSIKKERHEDSLOVEN\",\"paragraph\":\"67\",\"subsection\":1}")
                .contains("\"inForce\":{\"startInclusive\":\"2011-01-01\"}")
                .contains("\"roll\":\"NEXT_WORKING_DAY\"")
                .contains("\"dueSoon\":\"PT48H\"");
    }

    @Test
    void json_municipalRuleFile_readWithDefaults() throws Exception {
        String json = """
                {"municipality":"101",
                 "rules":[{"id":"KK-SCREENING-5WD","duty":"LOCAL_SCREENING",
                   "titleDa":"Screening inden 5 arbejdsdage","titleEn":"Screening within 5 working days",
                   "legalBasis":{"law":"RETSSIKKERHEDSLOVEN","paragraph":"3","subsection":2},
                   "inForce":{"startInclusive":"2025-01-01"},
                   "trigger":{"kind":"NOTIFICATION_RECEIVED"},"completion":{"kind":"SCREENED"},
                   "length":5,"unit":"WORKING_DAYS"}],
                 "overrides":[{"id":"BL-95-FOLLOW-UP","recurrence":{"length":3,"unit":"MONTHS"}}]}
                """;
        for (MunicipalRules file : List.of(
                JACKSON2.readValue(json, MunicipalRules.class), JACKSON3.readValue(json, MunicipalRules.class))) {
            assertThat(file.rules()).containsExactly(valid().build());
            assertThat(file.overrides().get(0).recurrence()).contains(Recurrence.every(3, DeadlineUnit.MONTHS));
        }
    }
}
