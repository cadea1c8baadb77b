package dk.fremdrift.deadlines;

import static dk.fremdrift.deadlines.Cases.ENGINE;
import static dk.fremdrift.deadlines.Cases.aCase;
import static dk.fremdrift.deadlines.Cases.id;
import static dk.fremdrift.deadlines.Cases.local;
import static dk.fremdrift.deadlines.Cases.noon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.deadlines.calendar.AgreedClosingDay;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.model.AccessRequest;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.Screening;
import dk.fremdrift.model.ScreeningOutcome;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DeadlineEngineTest {

    private static final LocalDate WED_2026_12_23 = LocalDate.of(2026, 12, 23);

    @Test
    void dueFor_24HourAssessment_exactMomentLater() {
        Due due = ENGINE.dueFor(Duty.NOTIFICATION_ASSESSMENT, Instant.parse("2026-03-27T15:05:00Z"));

        assertThat(due.dueAt()).isEqualTo(Instant.parse("2026-03-28T15:05:00Z"));
        assertThat(due.dueDate()).isEqualTo(LocalDate.of(2026, 3, 28));
    }

    @Test
    void dueFor_dateDuties_byTheLawInForceOnTheTriggerDate() {
        assertThat(ENGINE.dueFor(Duty.INVESTIGATION, LocalDate.of(2023, 10, 31)).dueDate())
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(ENGINE.dueFor(Duty.COMPLAINT_PERIOD, LocalDate.of(2026, 4, 4))
                        .rolledFrom())
                .contains(LocalDate.of(2026, 5, 2));
    }

    @Test
    void dueFor_unknownDutyOrOutsideCoverageOrHoursWithADate_clearErrors() {
        assertThatThrownBy(() -> ENGINE.dueFor(Duty.of("NO_SUCH_DUTY"), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("duty: expected one of the rule book's duties [")
                .hasMessageEndingWith("got a duty it does not have");
        assertThatThrownBy(() -> ENGINE.dueFor(Duty.INVESTIGATION, LocalDate.of(2010, 1, 1)))
                .hasMessage("no rule of duty INVESTIGATION is in force on 2010-01-01; the duty's rules are in force "
                        + List.of(
                                ENGINE.rules().get("SEL-50-INVESTIGATION-4M").inForce(),
                                ENGINE.rules().get("BL-20-INVESTIGATION-4M").inForce()));
        assertThatThrownBy(() -> ENGINE.dueFor(Duty.NOTIFICATION_ASSESSMENT, LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("counts hours and needs a moment (Instant), got the date 2026-01-01");
    }

    @Test
    void judge_completionAtTheDueMomentOrOnTheDueDate_onTime() {
        Instant received = Instant.parse("2026-03-27T15:05:00Z");
        assertThat(ENGINE.judge(Duty.NOTIFICATION_ASSESSMENT, received, received.plusSeconds(24 * 3600)))
                .isEqualTo(DeadlineStatus.MET);
        assertThat(ENGINE.judge(Duty.NOTIFICATION_ASSESSMENT, received, received.plusSeconds(24 * 3600 + 1)))
                .isEqualTo(DeadlineStatus.MET_LATE);
        assertThat(ENGINE.judge(Duty.INVESTIGATION, LocalDate.of(2026, 1, 31), LocalDate.of(2026, 5, 31)))
                .isEqualTo(DeadlineStatus.MET);
        assertThat(ENGINE.judge(Duty.INVESTIGATION, LocalDate.of(2026, 1, 31), LocalDate.of(2026, 6, 1)))
                .isEqualTo(DeadlineStatus.MET_LATE);
        assertThatThrownBy(() -> ENGINE.judge(Duty.INVESTIGATION, LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 1)))
                .hasMessage("completion 2026-01-01 is before trigger 2026-01-31; expected on or after it");
    }

    /**
     * A working-day duty started by a moment (the receipt to a professional notifier, 6 working days) is judged by
     * the dates of the moments in the engine's zone. Received Thursday 26 March 2026 23:30 UTC, which is Friday
     * 00:30 in Copenhagen: due Thursday 9 April there (Easter closes 2 to 6 April), Wednesday 8 April in UTC.
     */
    @Test
    void judge_workingDayDutyByMoments_datesInTheEnginesZone() {
        Instant received = Instant.parse("2026-03-26T23:30:00Z");
        Instant thursdayNoon = Instant.parse("2026-04-09T10:00:00Z");
        DeadlineEngine utc = DeadlineEngine.builder(DanishCalendar.statutory())
                .zone(ZoneOffset.UTC)
                .build();

        assertThat(utc.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(ENGINE.zone()).isEqualTo(Cases.CPH);
        assertThat(ENGINE.judge(Duty.NOTIFIER_RECEIPT, received, thursdayNoon)).isEqualTo(DeadlineStatus.MET);
        assertThat(ENGINE.judge(Duty.NOTIFIER_RECEIPT, received, local("2026-04-10T00:00")))
                .isEqualTo(DeadlineStatus.MET_LATE);
        assertThat(utc.judge(Duty.NOTIFIER_RECEIPT, received, thursdayNoon)).isEqualTo(DeadlineStatus.MET_LATE);
        assertThat(utc.judge(Duty.NOTIFIER_RECEIPT, received, Instant.parse("2026-04-08T23:59:59Z")))
                .isEqualTo(DeadlineStatus.MET);
    }

    @Test
    void build_ruleCountsOnAnUnregisteredCalendar_refusedNamingIt() {
        MunicipalRules local = MunicipalRules.of(MunicipalityCode.of(101), List.of(screeningRule("DK-101")), List.of());
        RuleBook book = RuleBook.statutory().withMunicipalRules(local);

        assertThatThrownBy(() -> DeadlineEngine.builder(DanishCalendar.statutory())
                        .rules(book)
                        .build())
                .hasMessage("calendars: the rule book counts on calendar(s) [DK-101] but the engine has only [DK];"
                        + " register them with calendar(...)");
    }

    @Test
    void evaluate_municipalRuleOnMunicipalCalendar_countsItsClosingDays() {
        // Wednesday 23 December 2026. On the statutory calendar 5 working days end on Thursday 31 December; with
        // 24 and 31 December closed they are 28, 29, 30 December, 4 and 5 January.
        DanishCalendar kbh = DanishCalendar.builder(MunicipalityCode.of(101))
                .addAgreedClosingDays(AgreedClosingDay.CHRISTMAS_EVE, AgreedClosingDay.NEW_YEARS_EVE)
                .build();
        RuleBook book = RuleBook.statutory()
                .withMunicipalRules(
                        MunicipalRules.of(MunicipalityCode.of(101), List.of(screeningRule(kbh.id())), List.of()));
        DeadlineEngine engine = DeadlineEngine.builder(DanishCalendar.statutory())
                .calendar(kbh)
                .rules(book)
                .build();
        ChildCase c = aCase(WED_2026_12_23)
                .addNotification(Notification.of(id("n1"), local("2026-12-23T10:00"), NotifierKind.CITIZEN))
                .addScreening(Screening.of(id("s1"), LocalDate.of(2027, 1, 5), ScreeningOutcome.NO_ACTION, id("n1")))
                .build();

        DeadlineEvaluation e =
                Cases.only(engine.evaluate(c, noon(LocalDate.of(2027, 1, 20))), Duty.of("LOCAL_SCREENING"));

        assertThat(e.dueDate()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(e.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(e.rule().source()).isEqualTo(RuleSource.MUNICIPAL);
    }

    @Test
    void evaluateNow_readsTheInjectedClock() {
        Instant now = local("2026-12-28T09:00");
        DeadlineEngine engine = DeadlineEngine.builder(DanishCalendar.statutory())
                .clock(Clock.fixed(now, ZoneOffset.UTC))
                .build();
        ChildCase c = aCase(WED_2026_12_23)
                .addAccessRequest(AccessRequest.of(id("r1"), WED_2026_12_23))
                .build();

        assertThat(engine.evaluateNow(c)).isEqualTo(engine.evaluate(c, now));
        assertThat(engine.evaluateNow(c)).allMatch(e -> e.asOf().equals(now));
    }

    @Test
    void evaluate_sameInputTwice_equalResults() {
        ChildCase c = aCase(WED_2026_12_23)
                .addNotification(Notification.of(id("n1"), local("2026-12-23T10:00"), NotifierKind.PROFESSIONAL))
                .addAccessRequest(AccessRequest.of(id("r1"), WED_2026_12_23))
                .build();
        Instant asOf = noon(LocalDate.of(2027, 1, 4));

        List<DeadlineEvaluation> first = ENGINE.evaluate(c, asOf);

        assertThat(ENGINE.evaluate(c, asOf)).isEqualTo(first).hasSize(3);
        assertThat(first.get(0).toString()).doesNotContain("2014").contains("S-2026-000001");
    }

    @Test
    void explanation_noRollDueOnHoliday_flagsTheClosedDayInBothLanguages() {
        // Investigation aware Saturday 25 January 2025 + 4 months = Sunday 25 May 2025.
        ChildCase c = aCase(LocalDate.of(2025, 1, 25))
                .addInvestigation(dk.fremdrift.model.Investigation.of(
                        id("u1"), LocalDate.of(2025, 1, 25), LocalDate.of(2025, 1, 27)))
                .build();

        DeadlineEvaluation e = Cases.only(ENGINE.evaluate(c, noon(LocalDate.of(2025, 3, 1))), Duty.INVESTIGATION);

        assertThat(e.dueDate()).isEqualTo(LocalDate.of(2025, 5, 25));
        assertThat(e.explanation(Locale.ENGLISH))
                .isEqualTo("municipality aware Saturday 2025-01-25; 4 months → due Sunday 2025-05-25 (Sunday is not a"
                        + " working day; this duty does not move off closed days). Open: 85 days left.");
        assertThat(e.explanation(Locale.forLanguageTag("da")))
                .isEqualTo("kommunen blev opmærksom lørdag 2025-01-25; 4 måneder → frist søndag 2025-05-25 (søndag er"
                        + " ikke en arbejdsdag; fristen flyttes ikke for denne pligt). Åben: 85 dage tilbage.");
    }

    private static DeadlineRule screeningRule(String calendar) {
        return DeadlineRule.builder("KK-SCREENING-5WD", Duty.of("LOCAL_SCREENING"))
                .title("Screening inden 5 arbejdsdage", "Screening within 5 working days")
                .law(LegalReference.of(Law.RETSSIKKERHEDSLOVEN, "3", 2), InForcePeriod.from(LocalDate.of(2025, 1, 1)))
                .on(Trigger.of(TriggerKind.NOTIFICATION_RECEIVED), Completion.of(CompletionKind.SCREENED))
                .length(5, DeadlineUnit.WORKING_DAYS)
                .calendar(calendar)
                .build();
    }
}
