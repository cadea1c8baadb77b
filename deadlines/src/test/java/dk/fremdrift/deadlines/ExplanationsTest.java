package dk.fremdrift.deadlines;

import static dk.fremdrift.deadlines.Cases.CPH;
import static dk.fremdrift.deadlines.Cases.local;
import static dk.fremdrift.deadlines.Cases.noon;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.deadlines.internal.ZoneDates;
import dk.fremdrift.model.CaseId;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The explanation a caseworker reads, sentence by sentence: the trigger of each kind, the status of each kind with
 * the time left or the lateness in words, and the reasons a deadline does not apply. Evaluations are built directly,
 * so each sentence is checked on its own; the engine's scenario tests check the same text end to end.
 */
class ExplanationsTest {

    private static final Locale DA = Locale.forLanguageTag("da");
    private static final ZoneDates DAYS = ZoneDates.of(CPH);

    private static final LocalDate FRI_2026_03_27 = LocalDate.of(2026, 3, 27);
    private static final LocalDate MON_2026_03_30 = LocalDate.of(2026, 3, 30);
    private static final LocalDate FRI_2026_04_03 = LocalDate.of(2026, 4, 3);
    private static final LocalDate TUE_2026_04_07 = LocalDate.of(2026, 4, 7);
    private static final LocalDate THU_2026_04_09 = LocalDate.of(2026, 4, 9);
    private static final LocalDate TUE_2026_04_14 = LocalDate.of(2026, 4, 14);
    private static final LocalDate MON_2026_01_05 = LocalDate.of(2026, 1, 5);
    private static final LocalDate MON_2026_07_06 = LocalDate.of(2026, 7, 6);

    /** A complaint to reassess within 10 calendar days, received Monday 30 March 2026, due Thursday 9 April. */
    private static final DeadlineRule TEN_DAYS = rule(
                    "KK-COMPLAINT-10D", Trigger.of(TriggerKind.COMPLAINT_RECEIVED), CompletionKind.COMPLAINT_REASSESSED)
            .length(10, DeadlineUnit.CALENDAR_DAYS)
            .build();

    /** A notification to assess within 72 hours. */
    private static final DeadlineRule SEVENTY_TWO_HOURS = rule(
                    "KK-ASSESSMENT-72H",
                    Trigger.of(TriggerKind.NOTIFICATION_RECEIVED),
                    CompletionKind.NOTIFICATION_ASSESSED)
            .length(72, DeadlineUnit.HOURS)
            .build();

    private static DeadlineRule.Builder rule(String id, Trigger trigger, CompletionKind completion) {
        return DeadlineRule.builder(id, Duty.of(id.substring(3).replace('-', '_')))
                .title("Prøve", "Test")
                .law(LegalReference.of(Law.BARNETS_LOV, "1"), InForcePeriod.from(LocalDate.of(2024, 1, 1)))
                .on(trigger, Completion.of(completion));
    }

    /** An evaluation of {@link #TEN_DAYS} with the given status, evaluated at noon on 1 April 2026. */
    private static DeadlineEvaluation.Builder tenDays(DeadlineStatus status) {
        DeadlineEvaluation.Builder b = new DeadlineEvaluation.Builder();
        b.rule = TEN_DAYS;
        b.caseId = CaseId.of("S-2026-000001");
        b.subjectKind = SubjectKind.COMPLAINT;
        b.triggerDate = MON_2026_03_30;
        b.dueDate = THU_2026_04_09;
        b.dueAt = DAYS.endOfDay(THU_2026_04_09);
        b.status = status;
        b.asOf = noon(LocalDate.of(2026, 4, 1));
        b.zone = CPH;
        return b;
    }

    /** An evaluation of {@link #SEVENTY_TWO_HOURS} received Monday 6 April 2026 10:00, due Thursday 10:00. */
    private static DeadlineEvaluation.Builder seventyTwoHours(DeadlineStatus status) {
        DeadlineEvaluation.Builder b = new DeadlineEvaluation.Builder();
        b.rule = SEVENTY_TWO_HOURS;
        b.caseId = CaseId.of("S-2026-000001");
        b.subjectKind = SubjectKind.NOTIFICATION;
        b.triggerDate = LocalDate.of(2026, 4, 6);
        b.triggerAt = local("2026-04-06T10:00");
        b.dueDate = THU_2026_04_09;
        b.dueAt = local("2026-04-09T10:00");
        b.status = status;
        b.asOf = local("2026-04-06T10:00");
        b.zone = CPH;
        return b;
    }

    private static String en(DeadlineEvaluation.Builder b) {
        return new DeadlineEvaluation(b).explanation(Locale.ENGLISH);
    }

    private static String da(DeadlineEvaluation.Builder b) {
        return new DeadlineEvaluation(b).explanation(DA);
    }

    static Stream<Arguments> triggers() {
        return Stream.of(
                Arguments.of(
                        Trigger.notificationFrom(dk.fremdrift.model.NotifierKind.PROFESSIONAL),
                        CompletionKind.SCREENED,
                        "received",
                        "underretning modtaget"),
                Arguments.of(
                        Trigger.of(TriggerKind.INVESTIGATION_AWARENESS),
                        CompletionKind.PRELIMINARY_ASSESSMENT,
                        "municipality aware",
                        "kommunen blev opmærksom"),
                Arguments.of(
                        Trigger.decision(DecisionKind.SUPPORT),
                        CompletionKind.PLAN_EXISTS,
                        "decided",
                        "afgørelse truffet"),
                Arguments.of(
                        Trigger.ofDecisions(TriggerKind.DECISION_NOTIFIED),
                        CompletionKind.COMPLAINT_MADE,
                        "decision received by the parties",
                        "afgørelsen modtaget af parterne"),
                Arguments.of(
                        Trigger.ofDecisions(TriggerKind.EMERGENCY_IMPLEMENTED, DecisionKind.PLACEMENT_WITHOUT_CONSENT),
                        CompletionKind.EMERGENCY_APPROVED,
                        "emergency decision implemented",
                        "formandsafgørelse iværksat"),
                Arguments.of(
                        Trigger.interventionStarted(InterventionScope.ALL),
                        CompletionKind.FOLLOW_UP,
                        "intervention started",
                        "indsatsen startede"),
                Arguments.of(
                        Trigger.of(TriggerKind.COMPLAINT_RECEIVED),
                        CompletionKind.COMPLAINT_REASSESSED,
                        "complaint received",
                        "klage modtaget"),
                Arguments.of(
                        Trigger.of(TriggerKind.ACCESS_REQUEST_RECEIVED),
                        CompletionKind.ACCESS_REQUEST_ANSWERED,
                        "request for access received",
                        "anmodning om aktindsigt modtaget"),
                Arguments.of(
                        Trigger.atAge(TriggerKind.SUPPORT_FROM_AGE, 15),
                        CompletionKind.PLAN_EXISTS,
                        "support from age 15",
                        "støtte fra 15 år"),
                Arguments.of(
                        Trigger.atAge(TriggerKind.BIRTHDAY_WHILE_SUPPORTED, 18),
                        CompletionKind.YOUTH_SUPPORT_DECISION,
                        "18th birthday",
                        "18-årsdag"));
    }

    @ParameterizedTest
    @MethodSource("triggers")
    void explanation_eachTriggerKind_namesTheEventTheDeadlineRunsFrom(
            Trigger trigger, CompletionKind completion, String english, String danish) {
        DeadlineEvaluation.Builder b = tenDays(DeadlineStatus.OPEN);
        b.rule = rule("KK-TRIGGER-10D", trigger, completion)
                .length(10, DeadlineUnit.CALENDAR_DAYS)
                .build();
        b.subjectKind = trigger.kind().subject();

        assertThat(en(b)).startsWith(english + " Monday 2026-03-30; 10 days → due Thursday 2026-04-09. ");
        assertThat(da(b)).startsWith(danish + " mandag 2026-03-30; 10 dage → frist torsdag 2026-04-09. ");
    }

    @Test
    void explanation_laterOccurrence_runsFromThePreviousVisitOrFollowUp() {
        DeadlineEvaluation.Builder visit = tenDays(DeadlineStatus.OPEN);
        visit.rule = rule(
                        "KK-VISIT-3M",
                        Trigger.interventionStarted(InterventionScope.ALL),
                        CompletionKind.SUPERVISION_VISIT)
                .length(3, DeadlineUnit.MONTHS)
                .recurrence(Recurrence.every(6, DeadlineUnit.MONTHS))
                .build();
        visit.subjectKind = SubjectKind.INTERVENTION;
        visit.occurrence = 2;
        visit.triggerDate = MON_2026_01_05;
        visit.dueDate = MON_2026_07_06;
        visit.dueAt = DAYS.endOfDay(MON_2026_07_06);
        DeadlineEvaluation.Builder followUp = tenDays(DeadlineStatus.OPEN);
        followUp.rule = rule(
                        "KK-FOLLOW-UP-3M", Trigger.interventionStarted(InterventionScope.ALL), CompletionKind.FOLLOW_UP)
                .length(3, DeadlineUnit.MONTHS)
                .recurrence(Recurrence.every(6, DeadlineUnit.MONTHS))
                .build();
        followUp.subjectKind = SubjectKind.INTERVENTION;
        followUp.occurrence = 3;
        followUp.triggerDate = MON_2026_01_05;
        followUp.dueDate = MON_2026_07_06;
        followUp.dueAt = DAYS.endOfDay(MON_2026_07_06);

        assertThat(en(visit)).startsWith("previous visit Monday 2026-01-05; 6 months → due Monday 2026-07-06. ");
        assertThat(da(visit))
                .startsWith("forrige tilsynsbesøg mandag 2026-01-05; 6 måneder → frist mandag 2026-07-06. ");
        assertThat(en(followUp)).startsWith("previous follow-up Monday 2026-01-05; 6 months → due Monday 2026-07-06. ");
        assertThat(da(followUp))
                .startsWith("forrige opfølgning mandag 2026-01-05; 6 måneder → frist mandag 2026-07-06. ");
    }

    static Stream<Arguments> statuses() {
        DeadlineEvaluation.Builder met = tenDays(DeadlineStatus.MET);
        met.completedOn = TUE_2026_04_07;
        DeadlineEvaluation.Builder late = tenDays(DeadlineStatus.MET_LATE);
        late.completedOn = TUE_2026_04_14;
        late.asOf = noon(TUE_2026_04_14);
        DeadlineEvaluation.Builder overdue = tenDays(DeadlineStatus.OVERDUE);
        overdue.asOf = noon(TUE_2026_04_14);
        DeadlineEvaluation.Builder expired = tenDays(DeadlineStatus.EXPIRED);
        expired.asOf = noon(TUE_2026_04_14);
        DeadlineEvaluation.Builder hoursLate = seventyTwoHours(DeadlineStatus.MET_LATE);
        hoursLate.completedAt = local("2026-04-09T13:10");
        hoursLate.completedOn = THU_2026_04_09;
        hoursLate.asOf = local("2026-04-10T12:00");
        return Stream.of(
                Arguments.of(met, "Met Tuesday 2026-04-07.", "Overholdt tirsdag 2026-04-07."),
                Arguments.of(
                        late,
                        "Met late Tuesday 2026-04-14, 5 days after the deadline.",
                        "Overholdt for sent tirsdag 2026-04-14, 5 dage efter fristen."),
                Arguments.of(
                        overdue,
                        "Overdue: not done as of Tuesday 2026-04-14 12:00.",
                        "Overskredet: ikke sket pr. tirsdag 2026-04-14 kl. 12.00."),
                Arguments.of(
                        expired,
                        "Expired without the step (no breach).",
                        "Udløbet uden at det skete (ingen overtrædelse)."),
                // An hour deadline's lateness is in hours, rounded up: 3 hours 10 minutes is 4 hours.
                Arguments.of(
                        hoursLate,
                        "Met late Thursday 2026-04-09 13:10, 4 hours after the deadline.",
                        "Overholdt for sent torsdag 2026-04-09 kl. 13.10, 4 timer efter fristen."));
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void explanation_eachJudgedStatus_endsWithItsSentence(DeadlineEvaluation.Builder b, String english, String danish) {
        assertThat(en(b)).endsWith(". " + english);
        assertThat(da(b)).endsWith(". " + danish);
    }

    static Stream<Arguments> timesLeft() {
        return Stream.of(
                // Two days or more are told in days; less in hours, rounded up to the next whole hour.
                Arguments.of(DeadlineStatus.OPEN, Duration.ofDays(2), "Open: 2 days left.", "Åben: 2 dage tilbage."),
                Arguments.of(
                        DeadlineStatus.OPEN,
                        Duration.ofDays(2).minusMinutes(1),
                        "Open: 48 hours left.",
                        "Åben: 48 timer tilbage."),
                Arguments.of(
                        DeadlineStatus.DUE_SOON,
                        Duration.ofMinutes(61),
                        "Due soon: 2 hours left.",
                        "Frist nærmer sig: 2 timer tilbage."),
                Arguments.of(
                        DeadlineStatus.DUE_SOON,
                        Duration.ofMinutes(60),
                        "Due soon: 1 hour left.",
                        "Frist nærmer sig: 1 time tilbage."),
                Arguments.of(
                        DeadlineStatus.DUE_SOON,
                        Duration.ofMinutes(1),
                        "Due soon: 1 hour left.",
                        "Frist nærmer sig: 1 time tilbage."));
    }

    @ParameterizedTest
    @MethodSource("timesLeft")
    void explanation_pendingDateDeadline_tellsTheTimeLeft(
            DeadlineStatus status, Duration left, String english, String danish) {
        DeadlineEvaluation.Builder b = tenDays(status);
        b.asOf = b.dueAt.minus(left);

        assertThat(en(b))
                .isEqualTo("complaint received Monday 2026-03-30; 10 days → due Thursday 2026-04-09. " + english);
        assertThat(da(b)).isEqualTo("klage modtaget mandag 2026-03-30; 10 dage → frist torsdag 2026-04-09. " + danish);
    }

    @Test
    void explanation_pendingHourDeadline_tellsTheTimeLeftInHoursEvenBeyondTwoDays() {
        DeadlineEvaluation.Builder b = seventyTwoHours(DeadlineStatus.OPEN);

        assertThat(en(b))
                .isEqualTo("received Monday 2026-04-06 10:00; 72 hours → due Thursday 2026-04-09 10:00."
                        + " Open: 72 hours left.");
        assertThat(da(b))
                .isEqualTo("underretning modtaget mandag 2026-04-06 kl. 10.00; 72 timer → frist torsdag 2026-04-09"
                        + " kl. 10.00. Åben: 72 timer tilbage.");
    }

    static Stream<Arguments> inapplicable() {
        return Stream.of(
                Arguments.of(null, "Not applicable.", "Ikke relevant."),
                Arguments.of(
                        Inapplicability.INTERVENTION_ENDED,
                        "Not applicable: the intervention ended Friday 2026-04-03 before the deadline.",
                        "Ikke relevant: indsatsen sluttede fredag 2026-04-03 før fristen."),
                Arguments.of(
                        Inapplicability.CASE_CLOSED,
                        "Not applicable: the case was closed Friday 2026-04-03 before the deadline.",
                        "Ikke relevant: sagen blev lukket fredag 2026-04-03 før fristen."),
                Arguments.of(
                        Inapplicability.COMPLETED_IN_TIME,
                        "Not applicable: the investigation was completed Friday 2026-04-03 within the deadline.",
                        "Ikke relevant: undersøgelsen blev afsluttet fredag 2026-04-03 inden fristen."),
                Arguments.of(
                        Inapplicability.OUTSIDE_CALENDAR,
                        "Not applicable: a date lies outside the calendar's coverage.",
                        "Ikke relevant: en dato ligger uden for kalenderens dækning."),
                Arguments.of(Inapplicability.INVESTIGATION_NOT_NAMED, "Not applicable.", "Ikke relevant."));
    }

    @ParameterizedTest
    @MethodSource("inapplicable")
    void explanation_notApplicable_saysWhyAndFromWhen(Inapplicability why, String english, String danish) {
        DeadlineEvaluation.Builder b = tenDays(DeadlineStatus.NOT_APPLICABLE);
        b.inapplicability = why;
        b.inapplicableFrom = why == null ? null : FRI_2026_04_03;

        assertThat(en(b))
                .isEqualTo("complaint received Monday 2026-03-30; 10 days → due Thursday 2026-04-09. " + english);
        assertThat(da(b)).isEqualTo("klage modtaget mandag 2026-03-30; 10 dage → frist torsdag 2026-04-09. " + danish);
    }

    @Test
    void explanation_undeterminedWithoutANamedFact_saysOnlyThatItCannotTell() {
        DeadlineEvaluation.Builder b = tenDays(DeadlineStatus.UNDETERMINED);

        assertThat(en(b)).endsWith("2026-04-09. Cannot tell.");
        assertThat(da(b)).endsWith("2026-04-09. Kan ikke afgøres.");
    }

    @Test
    void explanation_rolledOffAClosedDay_namesTheDayInItsLanguage() {
        // Received Friday 27 March 2026 + 10 days = Monday 6 April, 2. påskedag: moved to Tuesday 7 April.
        DeadlineEvaluation.Builder b = tenDays(DeadlineStatus.OPEN);
        b.triggerDate = FRI_2026_03_27;
        b.rolledFrom = LocalDate.of(2026, 4, 6);
        b.closedDayDa = "2. påskedag";
        b.closedDayEn = "Easter Monday";
        b.dueDate = TUE_2026_04_07;
        b.dueAt = DAYS.endOfDay(TUE_2026_04_07);

        assertThat(en(b))
                .startsWith(
                        "complaint received Friday 2026-03-27; 10 days → due Monday 2026-04-06 (Easter Monday, not a"
                                + " working day) → moved to Tuesday 2026-04-07. Open: ");
        assertThat(da(b))
                .startsWith("klage modtaget fredag 2026-03-27; 10 dage → frist mandag 2026-04-06 (2. påskedag, ikke en"
                        + " arbejdsdag) → flyttet til tirsdag 2026-04-07. Åben: ");
    }

    /**
     * The Javadoc of {@code time} promises {@code String.format("%02d%s%02d", ...)} for any numbers, also outside a
     * clock's range, where the written-out digits would be wrong.
     */
    @Test
    void time_anyNumbers_sameAsStringFormat() {
        long seed = 0x5EEDL;
        Random random = new Random(seed);
        int[] edges = {Integer.MIN_VALUE, -100, -10, -1, 0, 9, 10, 23, 59, 99, 100, 1000, Integer.MAX_VALUE};
        for (int i = 0; i < 2_000; i++) {
            int hour = i < edges.length * edges.length ? edges[i % edges.length] : random.nextInt(-200, 200);
            int minute = i < edges.length * edges.length ? edges[i / edges.length] : random.nextInt(-200, 200);
            boolean da = random.nextBoolean();
            assertThat(Explanations.time(hour, minute, da))
                    .as("seed %d: time(%d, %d, %s)", seed, hour, minute, da)
                    .isEqualTo(String.format("%02d%s%02d", hour, da ? "." : ":", minute));
        }
    }
}
