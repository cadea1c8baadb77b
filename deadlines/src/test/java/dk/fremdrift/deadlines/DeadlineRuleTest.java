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
    void builder_everySetting_endsUpInTheRule() {
        DeadlineRule r = DeadlineRule.builder("KK-FOLLOW-UP-8W", Duty.of("LOCAL_FOLLOW_UP"))
                .title("Opfølgning inden 8 uger", "Follow-up within 8 weeks")
                .law(LegalReference.of(Law.BARNETS_LOV, "95"), InForcePeriod.from(LocalDate.of(2025, 1, 1)))
                .on(Trigger.interventionStarted(InterventionScope.PLACEMENTS), Completion.of(CompletionKind.FOLLOW_UP))
                .length(8, DeadlineUnit.WEEKS)
                .roll(RollPolicy.NEXT_WORKING_DAY)
                .calendar("DK-101")
                .recurrence(Recurrence.every(3, DeadlineUnit.MONTHS))
                .modifiers(DueModifier.EARLIER_OF_PARALLEL_INVESTIGATION_END)
                .obligation(Obligation.PARTY)
                .dueSoon(java.time.Duration.ofDays(5))
                .configurable()
                .note("Kommunalbestyrelsens beslutning af 1. december 2024.")
                .source(RuleSource.STATUTORY)
                .build();

        assertThat(r.trigger().interventionScope()).isEqualTo(InterventionScope.PLACEMENTS);
        assertThat(r.length()).isEqualTo(8);
        assertThat(r.unit()).isEqualTo(DeadlineUnit.WEEKS);
        assertThat(r.roll()).isEqualTo(RollPolicy.NEXT_WORKING_DAY);
        assertThat(r.calendar()).isEqualTo("DK-101");
        assertThat(r.recurrence()).contains(Recurrence.every(3, DeadlineUnit.MONTHS));
        assertThat(r.modifiers()).containsExactly(DueModifier.EARLIER_OF_PARALLEL_INVESTIGATION_END);
        assertThat(r.obligation()).isEqualTo(Obligation.PARTY);
        assertThat(r.dueSoon()).isEqualTo(java.time.Duration.ofDays(5));
        assertThat(r.configurable()).isTrue();
        assertThat(r.certainty()).isEqualTo(Certainty.CONFIRMED);
        assertThat(r.note()).contains("Kommunalbestyrelsens beslutning af 1. december 2024.");
        assertThat(r.source()).isEqualTo(RuleSource.STATUTORY);
        assertThat(r.toBuilder().build()).isEqualTo(r);
    }

    static Stream<Arguments> lengths() {
        return Stream.of(
                Arguments.of(valid().length(0, DeadlineUnit.CALENDAR_DAYS), "0 days", "0 dage"),
                Arguments.of(
                        valid().length(7, DeadlineUnit.CALENDAR_DAYS).dayCounting(DayCounting.INCLUDE_TRIGGER_DAY),
                        "7 days (counting the trigger day)",
                        "7 dage (udløsende dag medregnet)"),
                Arguments.of(
                        DeadlineRule.builder("BL-111-DECISION-BEFORE-18", Duty.DECISION_BEFORE_ADULTHOOD)
                                .title("Afgørelse før 18 år", "Decision before 18")
                                .law(
                                        LegalReference.of(Law.BARNETS_LOV, "111"),
                                        InForcePeriod.from(LocalDate.of(2024, 1, 1)))
                                .on(
                                        Trigger.atAge(TriggerKind.BIRTHDAY_WHILE_SUPPORTED, 18),
                                        Completion.of(CompletionKind.YOUTH_SUPPORT_DECISION))
                                .length(-6, DeadlineUnit.MONTHS),
                        "6 months before",
                        "6 måneder før"));
    }

    @ParameterizedTest
    @MethodSource("lengths")
    void describeLength_zeroIncludedAndBefore_inWords(DeadlineRule.Builder rule, String english, String danish) {
        DeadlineRule r = rule.build();

        assertThat(r.describeLength(Locale.ENGLISH)).isEqualTo(english);
        assertThat(r.describeLength(Locale.forLanguageTag("da-DK"))).isEqualTo(danish);
    }

    @Test
    void build_triggerDayCountedWithLengthBelowOne_rejected() {
        assertThat(valid().length(1, DeadlineUnit.WORKING_DAYS)
                        .dayCounting(DayCounting.INCLUDE_TRIGGER_DAY)
                        .build()
                        .length())
                .isEqualTo(1);
        assertThatThrownBy(() -> valid().length(0, DeadlineUnit.WORKING_DAYS)
                        .dayCounting(DayCounting.INCLUDE_TRIGGER_DAY)
                        .build())
                .hasMessage("rule KK-SCREENING-5WD: length: expected 1 or more when the trigger day counts, got 0");
    }

    @Test
    void build_hoursWithACompletionThatIsADate_rejected() {
        assertThatThrownBy(() -> valid().length(24, DeadlineUnit.HOURS).build())
                .hasMessage("rule KK-SCREENING-5WD: unit HOURS needs a completion that is a moment, got SCREENED,"
                        + " which is a date");
    }

    static Stream<Arguments> decisionTriggers() {
        return Stream.of(
                Arguments.of(TriggerKind.DECISION_MADE, true),
                Arguments.of(TriggerKind.DECISION_NOTIFIED, true),
                Arguments.of(TriggerKind.EMERGENCY_IMPLEMENTED, true),
                Arguments.of(TriggerKind.NOTIFICATION_RECEIVED, false),
                Arguments.of(TriggerKind.INTERVENTION_STARTED, false),
                Arguments.of(TriggerKind.COMPLAINT_RECEIVED, false));
    }

    @ParameterizedTest
    @MethodSource("decisionTriggers")
    void trigger_decisionKinds_onlyOnDecisionTriggers(TriggerKind kind, boolean accepted) {
        if (accepted) {
            assertThat(Trigger.ofDecisions(kind, DecisionKind.SUPPORT).decisionKinds())
                    .containsExactly(DecisionKind.SUPPORT);
        } else {
            assertThatThrownBy(() -> Trigger.ofDecisions(kind, DecisionKind.SUPPORT))
                    .hasMessage("trigger.decisionKinds: expected none for trigger kind " + kind + ", got [SUPPORT]");
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {-1, 0, 25, 26})
    void trigger_age_zeroToTwentyFiveYears(int age) {
        if (age >= 0 && age <= 25) {
            assertThat(Trigger.atAge(TriggerKind.SUPPORT_FROM_AGE, age).age()).contains(age);
        } else {
            assertThatThrownBy(() -> Trigger.atAge(TriggerKind.SUPPORT_FROM_AGE, age))
                    .hasMessage("trigger.age: expected 0 to 25 years, got " + age);
        }
    }

    @Test
    void trigger_factories_setTheKindAndTheFilter() {
        Trigger notification = Trigger.notificationFrom(NotifierKind.CHILD, NotifierKind.PROFESSIONAL);
        Trigger decision = Trigger.decision(DecisionKind.SUPPORT, DecisionKind.YOUTH_SUPPORT);
        Trigger started = Trigger.interventionStarted(InterventionScope.SUPPORT);
        Trigger birthday = Trigger.atAge(TriggerKind.BIRTHDAY_WHILE_SUPPORTED, 18);

        assertThat(notification.kind()).isEqualTo(TriggerKind.NOTIFICATION_RECEIVED);
        assertThat(notification.notifierKinds())
                .containsExactlyInAnyOrder(NotifierKind.CHILD, NotifierKind.PROFESSIONAL);
        assertThat(decision.kind()).isEqualTo(TriggerKind.DECISION_MADE);
        assertThat(decision.decisionKinds())
                .containsExactlyInAnyOrder(DecisionKind.SUPPORT, DecisionKind.YOUTH_SUPPORT);
        assertThat(started.kind()).isEqualTo(TriggerKind.INTERVENTION_STARTED);
        assertThat(started.interventionScope()).isEqualTo(InterventionScope.SUPPORT);
        assertThat(birthday.kind()).isEqualTo(TriggerKind.BIRTHDAY_WHILE_SUPPORTED);
        assertThat(birthday.age()).contains(18);
        assertThat(Completion.planOf(dk.fremdrift.model.PlanKind.values()[0]).kind())
                .isEqualTo(CompletionKind.PLAN_EXISTS);
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
