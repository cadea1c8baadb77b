package dk.fremdrift.deadlines;

import static dk.fremdrift.deadlines.DeadlineUnit.CALENDAR_DAYS;
import static dk.fremdrift.deadlines.DeadlineUnit.HOURS;
import static dk.fremdrift.deadlines.DeadlineUnit.MONTHS;
import static dk.fremdrift.deadlines.DeadlineUnit.WEEKS;
import static dk.fremdrift.deadlines.DeadlineUnit.WORKING_DAYS;
import static dk.fremdrift.deadlines.DeadlineUnit.YEARS;

import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.PlacementDecisionKind;
import dk.fremdrift.model.PlanKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The built-in statutory rules, one per duty and law period. DOMAIN.md of the project is the specification; every
 * rule cites its provision, and unconfirmed facts are marked and configurable with the stricter default.
 */
final class StatutoryRules {

    /**
     * The first date the statutory rule book covers: 1 January 2011, when barnereformen (lov nr. 628 af 11/06/2010)
     * came into force. An event before a rule of its duty was in force is reported as such, not judged.
     */
    static final LocalDate COVERAGE_START = LocalDate.of(2011, 1, 1);

    /**
     * The day overgrebspakken (lov nr. 496 af 21/05/2013) brought the 24-hour assessment of notifications and the
     * receipt to professional notifiers into serviceloven: 1 October 2013.
     */
    static final LocalDate OVERGREBSPAKKEN = LocalDate.of(2013, 10, 1);

    /** The day the present offentlighedslov (lov nr. 606 af 12/06/2013) came into force: 1 January 2014. */
    static final LocalDate OFFENTLIGHEDSLOVEN_2013 = LocalDate.of(2014, 1, 1);

    static final LocalDate BARNETS_LOV_START = LocalDate.of(2024, 1, 1);

    private static final InForcePeriod SEL = InForcePeriod.between(COVERAGE_START, BARNETS_LOV_START);
    private static final InForcePeriod SEL_FROM_2013 = InForcePeriod.between(OVERGREBSPAKKEN, BARNETS_LOV_START);
    private static final InForcePeriod BL = InForcePeriod.from(BARNETS_LOV_START);
    private static final InForcePeriod ALWAYS = InForcePeriod.from(COVERAGE_START);
    private static final InForcePeriod OFL = InForcePeriod.from(OFFENTLIGHEDSLOVEN_2013);

    /** The recorded kinds of a decision to place a child without consent (barnets lov § 47; serviceloven § 58). */
    private static final Set<PlacementDecisionKind> PLACEMENT_47 =
            Set.of(PlacementDecisionKind.PLACEMENT, PlacementDecisionKind.PLACEMENT_AFTER_RECENT_PLACEMENT);

    /** The recorded kinds after which the child has been placed in the year before the current placement. */
    private static final Set<PlacementDecisionKind> AFTER_PLACEMENT =
            Set.of(PlacementDecisionKind.PLACEMENT_AFTER_RECENT_PLACEMENT, PlacementDecisionKind.MAINTENANCE);

    private static final String KIND_NOT_RECORDED = " A decision on placement without consent that does not record"
            + " its kind (placement or maintenance) gets an UNDETERMINED evaluation: the engine cannot tell whether"
            + " the rule applies.";

    private static final String INVESTIGATION_NAMED = "Met by the completion of the investigation the decision names"
            + " (Decision.investigationId); a decision that names none gets an UNDETERMINED evaluation.";

    private static final DecisionKind[] PLACEMENTS = {
        DecisionKind.PLACEMENT_WITH_CONSENT, DecisionKind.PLACEMENT_WITHOUT_CONSENT, DecisionKind.PERMANENT_PLACEMENT
    };

    private StatutoryRules() {}

    static List<DeadlineRule> all() {
        List<DeadlineRule> rules = new ArrayList<>();

        // 1. Notifications: assessment within 24 hours.
        rules.add(rule(
                        "SEL-155-ASSESSMENT-24H",
                        Duty.NOTIFICATION_ASSESSMENT,
                        ref(Law.SERVICELOVEN, "155", 2),
                        SEL_FROM_2013)
                .title("Vurdering af underretning inden for 24 timer", "Assessment of a notification within 24 hours")
                .on(Trigger.of(TriggerKind.NOTIFICATION_RECEIVED), Completion.of(CompletionKind.NOTIFICATION_ASSESSED))
                .length(24, HOURS)
                .note("Elapsed hours from the receipt: across a daylight-saving change 24 hours are 24 real hours."
                        + " In force from 1 October 2013 (overgrebspakken); a notification received before then is"
                        + " reported as before the rule.")
                .build());
        rules.add(rule("BL-136-ASSESSMENT-24H", Duty.NOTIFICATION_ASSESSMENT, ref(Law.BARNETS_LOV, "136"), BL)
                .title("Vurdering af underretning inden for 24 timer", "Assessment of a notification within 24 hours")
                .on(Trigger.of(TriggerKind.NOTIFICATION_RECEIVED), Completion.of(CompletionKind.NOTIFICATION_ASSESSED))
                .length(24, HOURS)
                .note("Elapsed hours from the receipt: across a daylight-saving change 24 hours are 24 real hours.")
                .build());

        // 2. Receipt to a professional notifier.
        rules.add(rule("SEL-155B-RECEIPT-6WD", Duty.NOTIFIER_RECEIPT, ref(Law.SERVICELOVEN, "155 b", 1), SEL_FROM_2013)
                .title("Kvittering til fagperson for modtaget underretning", "Receipt to a professional notifier")
                .on(Trigger.notificationFrom(NotifierKind.PROFESSIONAL), Completion.of(CompletionKind.RECEIPT_SENT))
                .length(6, WORKING_DAYS)
                .unconfirmed("UNCONFIRMED unit: the provision's '6 hverdage' is counted as 6 working days (Monday to"
                        + " Friday without holidays); a municipality that reads it as calendar days sets unit"
                        + " CALENDAR_DAYS in its rule file. In force from 1 October 2013 (overgrebspakken),"
                        + " UNCONFIRMED.")
                .build());
        rules.add(rule("BL-135-RECEIPT-6WD", Duty.NOTIFIER_RECEIPT, ref(Law.BARNETS_LOV, "135"), BL)
                .title("Kvittering til fagperson for modtaget underretning", "Receipt to a professional notifier")
                .on(Trigger.notificationFrom(NotifierKind.PROFESSIONAL), Completion.of(CompletionKind.RECEIPT_SENT))
                .length(6, WORKING_DAYS)
                .unconfirmed("UNCONFIRMED paragraph and unit: the barnets lov provision that continues serviceloven"
                        + " § 155 b, stk. 1 is cited as § 135; '6 hverdage' is counted as 6 working days. A"
                        + " municipality that reads it as calendar days sets unit CALENDAR_DAYS in its rule file.")
                .build());

        // 3. The child-welfare investigation within 4 months of awareness, and the preliminary assessment.
        rules.add(rule("SEL-50-INVESTIGATION-4M", Duty.INVESTIGATION, ref(Law.SERVICELOVEN, "50"), SEL)
                .title(
                        "Børnefaglig undersøgelse afsluttet inden 4 måneder",
                        "Child-welfare investigation within 4 months")
                .on(
                        Trigger.of(TriggerKind.INVESTIGATION_AWARENESS),
                        Completion.of(CompletionKind.INVESTIGATION_COMPLETED))
                .length(4, MONTHS)
                .note("Counted from the date the municipality became aware that the child may need support, not"
                        + " from the decision to investigate.")
                .build());
        rules.add(rule("BL-20-INVESTIGATION-4M", Duty.INVESTIGATION, ref(Law.BARNETS_LOV, "20", 3), BL)
                .title(
                        "Børnefaglig undersøgelse afsluttet inden 4 måneder",
                        "Child-welfare investigation within 4 months")
                .on(
                        Trigger.of(TriggerKind.INVESTIGATION_AWARENESS),
                        Completion.of(CompletionKind.INVESTIGATION_COMPLETED))
                .length(4, MONTHS)
                .note("Counted from the date the municipality became aware that the child may need support, not"
                        + " from the decision to investigate.")
                .build());
        rules.add(rule("SEL-50-PRELIMINARY-4M", Duty.PRELIMINARY_ASSESSMENT, ref(Law.SERVICELOVEN, "50"), SEL)
                .title(
                        "Foreløbig vurdering ved fristen for undersøgelsen",
                        "Preliminary assessment at the investigation deadline")
                .on(
                        Trigger.of(TriggerKind.INVESTIGATION_AWARENESS),
                        Completion.of(CompletionKind.PRELIMINARY_ASSESSMENT))
                .length(4, MONTHS)
                .note("Applies only when the investigation is not finished within 4 months.")
                .build());
        rules.add(rule("BL-20-PRELIMINARY-4M", Duty.PRELIMINARY_ASSESSMENT, ref(Law.BARNETS_LOV, "20", 3), BL)
                .title(
                        "Foreløbig vurdering ved fristen for undersøgelsen",
                        "Preliminary assessment at the investigation deadline")
                .on(
                        Trigger.of(TriggerKind.INVESTIGATION_AWARENESS),
                        Completion.of(CompletionKind.PRELIMINARY_ASSESSMENT))
                .length(4, MONTHS)
                .note("Applies only when the investigation is not finished within 4 months.")
                .build());

        // 4. Investigation without consent.
        rules.add(rule(
                        "SEL-51-INVESTIGATION-WITHOUT-CONSENT-2M",
                        Duty.INVESTIGATION_WITHOUT_CONSENT,
                        ref(Law.SERVICELOVEN, "51"),
                        SEL)
                .title(
                        "Undersøgelse uden samtykke afsluttet inden 2 måneder",
                        "Investigation without consent within 2 months")
                .on(
                        Trigger.decision(DecisionKind.INVESTIGATION_WITHOUT_CONSENT),
                        Completion.of(CompletionKind.INVESTIGATION_COMPLETED))
                .length(2, MONTHS)
                .note(INVESTIGATION_NAMED)
                .build());
        rules.add(rule(
                        "BL-23-INVESTIGATION-WITHOUT-CONSENT-2M",
                        Duty.INVESTIGATION_WITHOUT_CONSENT,
                        ref(Law.BARNETS_LOV, "23"),
                        BL)
                .title(
                        "Undersøgelse uden samtykke afsluttet inden 2 måneder",
                        "Investigation without consent within 2 months")
                .on(
                        Trigger.decision(DecisionKind.INVESTIGATION_WITHOUT_CONSENT),
                        Completion.of(CompletionKind.INVESTIGATION_COMPLETED))
                .length(2, MONTHS)
                .unconfirmed("UNCONFIRMED length: barnets lov's deadline for an investigation without consent is not"
                        + " confirmed; serviceloven § 51's 2 months is the default. " + INVESTIGATION_NAMED)
                .build());

        // 5. The plan: within 3 months of a placement decision, and before a placement without consent.
        rules.add(rule("SEL-140-PLAN-4M", Duty.PLAN, ref(Law.SERVICELOVEN, "140", 1), SEL)
                .title(
                        "Handleplan senest 4 måneder efter afgørelse om anbringelse",
                        "Action plan no later than 4 months after a placement decision")
                .on(Trigger.decision(PLACEMENT_47, PLACEMENTS), Completion.of(CompletionKind.PLAN_EXISTS))
                .length(4, MONTHS)
                .note("Serviceloven § 140, stk. 1: the plan is made 'inden der træffes afgørelse om foranstaltninger';"
                        + " where the child cannot wait, a short statement of purpose suffices and the municipality"
                        + " must 'snarest muligt og senest inden 4 måneder' make the plan (the text as quoted in the"
                        + " preparatory works of barnets lov § 91). The rule judges the outer limit, 4 months after the"
                        + " decision; a plan made or revised in the 6 months before the decision counts as existing,"
                        + " otherwise the first plan made or revised after it. Judged for placements only. Not for an"
                        + " emergency decision by the committee chair (§ 75) or a decision to maintain a placement"
                        + " (§ 62)."
                        + KIND_NOT_RECORDED)
                .build());
        rules.add(rule("BL-91-PLAN-3M", Duty.PLAN, ref(Law.BARNETS_LOV, "91"), BL)
                .title(
                        "Barnets plan inden 3 måneder efter afgørelse om anbringelse",
                        "Child's plan within 3 months of a placement decision")
                .on(Trigger.decision(PLACEMENT_47, PLACEMENTS), Completion.of(CompletionKind.PLAN_EXISTS))
                .length(3, MONTHS)
                .note("Barnets lov § 91, stk. 2: 'Planen skal foreligge, senest 3 måneder efter at der er truffet"
                        + " afgørelse om anbringelse' under §§ 46 or 47. A plan made or revised in the 6 months before"
                        + " the decision counts as existing; otherwise the first plan made or revised after it. Not for"
                        + " an emergency decision by the committee chair (§ 143) or a decision to maintain a placement"
                        + " (§ 50): § 91 asks for no new plan then; the committee's § 47 decision after an emergency"
                        + " decision starts this deadline, and § 95, stk. 4, has the plan's revision weighed at each"
                        + " follow-up."
                        + KIND_NOT_RECORDED)
                .build());
        rules.add(rule(
                        "SEL-140-PLAN-BEFORE-58",
                        Duty.PLAN_BEFORE_PLACEMENT_WITHOUT_CONSENT,
                        ref(Law.SERVICELOVEN, "140"),
                        SEL)
                .title(
                        "Handleplan før afgørelse om anbringelse uden samtykke",
                        "Action plan before a placement without consent")
                .on(
                        Trigger.decision(PLACEMENT_47, DecisionKind.PLACEMENT_WITHOUT_CONSENT),
                        Completion.of(CompletionKind.PLAN_EXISTS))
                .length(0, CALENDAR_DAYS)
                .note("Due on the day of the decision under serviceloven § 58. Not for an emergency decision by the"
                        + " chair (§ 75), which is not a § 58 decision, nor for a decision to maintain a placement"
                        + " (§ 62)."
                        + KIND_NOT_RECORDED)
                .build());
        rules.add(
                rule("BL-91-PLAN-BEFORE-47", Duty.PLAN_BEFORE_PLACEMENT_WITHOUT_CONSENT, ref(Law.BARNETS_LOV, "91"), BL)
                        .title(
                                "Barnets plan før afgørelse om anbringelse uden samtykke",
                                "Child's plan before a placement without consent")
                        .on(
                                Trigger.decision(PLACEMENT_47, DecisionKind.PLACEMENT_WITHOUT_CONSENT),
                                Completion.of(CompletionKind.PLAN_EXISTS))
                        .length(0, CALENDAR_DAYS)
                        .note("Barnets lov § 91, stk. 2: 'Sker anbringelsen uden samtykke efter § 47, skal planen dog"
                                + " foreligge, inden der træffes afgørelse om anbringelse'. Due on the day of the § 47"
                                + " decision. Not for an emergency decision by the chair (§ 143), which is not a § 47"
                                + " decision, nor for a decision to maintain a placement (§ 50)."
                                + KIND_NOT_RECORDED)
                        .build());

        // 6. The youth plan from 16.
        rules.add(rule("BL-108-YOUTH-PLAN-3M", Duty.YOUTH_PLAN, ref(Law.BARNETS_LOV, "108"), BL)
                .title(
                        "Ungeplan inden 3 måneder fra 16 år eller afgørelse",
                        "Youth plan within 3 months of turning 16 or the decision")
                .on(Trigger.atAge(TriggerKind.SUPPORT_FROM_AGE, 16), Completion.planOf(PlanKind.YOUTH_PLAN))
                .length(3, MONTHS)
                .note("Barnets lov §§ 108-109: counted from the later of the 16th birthday and the start of the"
                        + " support.")
                .build());

        // 7. Follow-up: first within 3 months, then every 6 months (serviceloven) or at the municipality's frequency.
        rules.add(rule("SEL-70-FOLLOW-UP", Duty.FOLLOW_UP, ref(Law.SERVICELOVEN, "70", 1), SEL)
                .title(
                        "Opfølgning senest 3 måneder efter iværksættelse og derefter hver 6. måned",
                        "Follow-up within 3 months of the start, then at least every 6 months")
                .on(Trigger.interventionStarted(InterventionScope.ALL), Completion.of(CompletionKind.FOLLOW_UP))
                .length(3, MONTHS)
                .recurrence(Recurrence.every(6, MONTHS))
                .build());
        rules.add(rule("BL-95-FOLLOW-UP", Duty.FOLLOW_UP, ref(Law.BARNETS_LOV, "95"), BL)
                .title(
                        "Første opfølgning senest 3 måneder efter iværksættelse",
                        "First follow-up within 3 months of the start")
                .on(Trigger.interventionStarted(InterventionScope.ALL), Completion.of(CompletionKind.FOLLOW_UP))
                .length(3, MONTHS)
                .modifiers(DueModifier.EARLIER_OF_PARALLEL_INVESTIGATION_END)
                .note("Barnets lov § 95, stk. 2: the first follow-up at the earliest of 'Når afdækningen eller"
                        + " undersøgelsen ... er afsluttet' and '3 måneder efter iværksættelse af indsatsen'. The statute"
                        + " sets no later frequency: § 95, stk. 3, has the municipality decide 'den fremadrettede"
                        + " tilrettelæggelse af opfølgningen' at the first follow-up. A later follow-up is due by the"
                        + " date the previous follow-up recorded (FollowUp.nextFollowUpBy), else by the municipality's"
                        + " default frequency from its rule file (cited as the municipality's, not as § 95), else"
                        + " UNDETERMINED.")
                .build());

        // 8. Supervision visits to placed children: at least two a year.
        String supervisionNote = "At least two visits a year, read as at most 6 months from the placement to the"
                + " first visit and between visits (the stricter rolling reading). Only a visit with a conversation"
                + " with the child meets it: barnets lov § 156, stk. 5, 'mindst to årlige tilsynsbesøg på"
                + " anbringelsesstedet, hvor kommunen taler med barnet eller den unge'.";
        rules.add(rule("SEL-148-SUPERVISION", Duty.SUPERVISION, ref(Law.SERVICELOVEN, "148"), SEL)
                .title("Tilsynsbesøg mindst to gange om året", "Supervision visits at least twice a year")
                .on(
                        Trigger.interventionStarted(InterventionScope.PLACEMENTS),
                        Completion.of(CompletionKind.SUPERVISION_VISIT))
                .length(6, MONTHS)
                .recurrence(Recurrence.every(6, MONTHS))
                .unconfirmed(supervisionNote
                        + " UNCONFIRMED for serviceloven § 148: secondary sources read it as a conversation 'som"
                        + " udgangspunkt'; the statute's text was not confirmed, so by the stricter reading a visit"
                        + " without a conversation does not count here either, and the review asks about an omission"
                        + " with a recorded reason.")
                .build());
        rules.add(rule("BL-156-SUPERVISION", Duty.SUPERVISION, ref(Law.BARNETS_LOV, "156", 5), BL)
                .title("Tilsynsbesøg mindst to gange om året", "Supervision visits at least twice a year")
                .on(
                        Trigger.interventionStarted(InterventionScope.PLACEMENTS),
                        Completion.of(CompletionKind.SUPERVISION_VISIT))
                .length(6, MONTHS)
                .recurrence(Recurrence.every(6, MONTHS))
                .configurable()
                .note(supervisionNote)
                .build());

        // 9. Re-treatment of a placement without consent.
        rules.add(rule("SEL-62-RETREATMENT-1Y", Duty.RETREATMENT_FIRST, ref(Law.SERVICELOVEN, "62"), SEL)
                .title(
                        "Genbehandling af anbringelse uden samtykke inden 1 år",
                        "Re-treatment of a placement without consent within 1 year")
                .on(
                        Trigger.decision(
                                Set.of(PlacementDecisionKind.PLACEMENT), DecisionKind.PLACEMENT_WITHOUT_CONSENT),
                        Completion.of(CompletionKind.LATER_PLACEMENT_DECISION))
                .length(1, YEARS)
                .note("Serviceloven § 62, stk. 1: when the child 'ikke har været anbragt uden for hjemmet inden for"
                        + " det seneste år før datoen for den aktuelle anbringelse', maintaining it 'ud over 1 år fra"
                        + " børn og unge-udvalgets afgørelse' needs a new decision. Triggered by a decision recorded as"
                        + " PLACEMENT; counted date to date (17 April 2013 to 17 April 2014). An emergency decision by"
                        + " the chair (§ 75) starts none: the committee's ordinary decision does. The shorter or longer"
                        + " periods the committee may set (stk. 3-4) and the 3 years for a child under 1 (stk. 5) are"
                        + " not encoded; a permanent placement ends re-treatment."
                        + KIND_NOT_RECORDED)
                .build());
        rules.add(rule("SEL-62-RETREATMENT-2Y", Duty.RETREATMENT_REPEAT, ref(Law.SERVICELOVEN, "62"), SEL)
                .title(
                        "Fornyet genbehandling af anbringelse uden samtykke inden 2 år",
                        "Repeated re-treatment of a placement without consent within 2 years")
                .on(
                        Trigger.decision(AFTER_PLACEMENT, DecisionKind.PLACEMENT_WITHOUT_CONSENT),
                        Completion.of(CompletionKind.LATER_PLACEMENT_DECISION))
                .length(2, YEARS)
                .note("Serviceloven § 62, stk. 2: when the child 'har været anbragt uden for hjemmet inden for det"
                        + " seneste år før datoen for den aktuelle anbringelse', 'ud over 2 år'. Triggered by a decision"
                        + " recorded as PLACEMENT_AFTER_RECENT_PLACEMENT or MAINTENANCE (a child whose placement is"
                        + " maintained has been placed in the year before); counted date to date.")
                .build());
        rules.add(rule("BL-50-RETREATMENT-1Y", Duty.RETREATMENT_FIRST, ref(Law.BARNETS_LOV, "50"), BL)
                .title(
                        "Genbehandling af anbringelse uden samtykke inden 1 år",
                        "Re-treatment of a placement without consent within 1 year")
                .on(
                        Trigger.decision(
                                Set.of(PlacementDecisionKind.PLACEMENT), DecisionKind.PLACEMENT_WITHOUT_CONSENT),
                        Completion.of(CompletionKind.LATER_PLACEMENT_DECISION))
                .length(1, YEARS)
                .unconfirmed(
                        "UNCONFIRMED length: barnets lov § 50's text was not confirmed; serviceloven § 62, stk. 1's"
                                + " 1 year is the default. Triggered by a decision recorded as PLACEMENT (§ 47); an emergency"
                                + " decision by the chair (§ 143) starts none. Counted date to date."
                                + KIND_NOT_RECORDED)
                .build());
        rules.add(rule("BL-50-RETREATMENT-2Y", Duty.RETREATMENT_REPEAT, ref(Law.BARNETS_LOV, "50"), BL)
                .title(
                        "Fornyet genbehandling af anbringelse uden samtykke inden 2 år",
                        "Repeated re-treatment of a placement without consent within 2 years")
                .on(
                        Trigger.decision(AFTER_PLACEMENT, DecisionKind.PLACEMENT_WITHOUT_CONSENT),
                        Completion.of(CompletionKind.LATER_PLACEMENT_DECISION))
                .length(2, YEARS)
                .unconfirmed(
                        "UNCONFIRMED length: barnets lov § 50's text was not confirmed; serviceloven § 62, stk. 2's"
                                + " 2 years is the default. Triggered by a decision recorded as PLACEMENT_AFTER_RECENT_PLACEMENT"
                                + " or MAINTENANCE (§ 50). Counted date to date.")
                .build());

        // 10. Emergency decisions by the committee chair.
        for (boolean sel : new boolean[] {true, false}) {
            Law law = sel ? Law.SERVICELOVEN : Law.BARNETS_LOV;
            String p = sel ? "75" : "143";
            String prefix = (sel ? "SEL-" : "BL-") + p;
            InForcePeriod period = sel ? SEL : BL;
            rules.add(rule(prefix + "-EMERGENCY-NOTICE-24H", Duty.EMERGENCY_NOTICE, ref(law, p), period)
                    .title(
                            "Skriftlig meddelelse om formandsafgørelse inden 24 timer",
                            "Written notice of an emergency decision within 24 hours")
                    .on(
                            Trigger.ofDecisions(TriggerKind.EMERGENCY_IMPLEMENTED),
                            Completion.of(CompletionKind.PARTIES_NOTIFIED))
                    .length(24, HOURS)
                    .note("Counted from the moment of implementation (EmergencyDecision.implemented).")
                    .build());
            rules.add(rule(prefix + "-EMERGENCY-APPROVAL-7D", Duty.EMERGENCY_APPROVAL, ref(law, p), period)
                    .title(
                            "Børne- og ungeudvalgets godkendelse af formandsafgørelse inden 7 dage",
                            "Committee approval of an emergency decision within 7 days")
                    .on(
                            Trigger.ofDecisions(TriggerKind.EMERGENCY_IMPLEMENTED),
                            Completion.of(CompletionKind.EMERGENCY_APPROVED))
                    .length(7, CALENDAR_DAYS)
                    .dayCounting(DayCounting.INCLUDE_TRIGGER_DAY)
                    .roll(RollPolicy.NONE)
                    .note("7 calendar days counting the day of implementation, Sundays and holidays; no extension."
                            + " Counted from the implementation: the committees' rules of procedure (BEK nr. 727 af"
                            + " 10/07/2019 § 3, stk. 3) put the decision to the committee 'senest inden 7 dage efter"
                            + " iværksættelsen af afgørelsen'.")
                    .build());
            rules.add(rule(prefix + "-EMERGENCY-VALIDITY-1M", Duty.EMERGENCY_VALIDITY, ref(law, p), period)
                    .title(
                            "Formandsafgørelse gælder højst 1 måned",
                            "An emergency decision is valid for at most 1 month")
                    .on(
                            Trigger.ofDecisions(TriggerKind.EMERGENCY_IMPLEMENTED),
                            Completion.of(CompletionKind.ORDINARY_DECISION))
                    .length(1, MONTHS)
                    .note("Met by an ordinary decision that replaces the emergency one. Counted from the date of"
                            + " implementation.")
                    .build());
        }

        // 11. Transition to adulthood: the decision on support after 18.
        rules.add(rule("BL-111-DECISION-BEFORE-18", Duty.DECISION_BEFORE_ADULTHOOD, ref(Law.BARNETS_LOV, "111"), BL)
                .title(
                        "Afgørelse om støtte efter 18 år senest 6 måneder før 18-årsdagen",
                        "Decision on support after 18 no later than 6 months before the 18th birthday")
                .on(
                        Trigger.atAge(TriggerKind.BIRTHDAY_WHILE_SUPPORTED, 18),
                        Completion.of(CompletionKind.YOUTH_SUPPORT_DECISION))
                .length(-6, MONTHS)
                .note("Applies to a young person with support or a placement on the due date; the deadline is listed"
                        + " from the 17th birthday.")
                .build());

        // 12. Complaints and access to documents (both law periods).
        rules.add(
                rule("RSL-66-REASSESSMENT-4W", Duty.COMPLAINT_REASSESSMENT, ref(Law.RETSSIKKERHEDSLOVEN, "66"), ALWAYS)
                        .title("Genvurdering af klage inden 4 uger", "Reassessment of a complaint within 4 weeks")
                        .on(
                                Trigger.of(TriggerKind.COMPLAINT_RECEIVED),
                                Completion.of(CompletionKind.COMPLAINT_REASSESSED))
                        .length(4, WEEKS)
                        .note("The municipality's own duty: the deadline does not move off a closed day.")
                        .build());
        rules.add(
                rule("RSL-67-COMPLAINT-PERIOD-4W", Duty.COMPLAINT_PERIOD, ref(Law.RETSSIKKERHEDSLOVEN, "67", 1), ALWAYS)
                        .title(
                                "Klagefrist 4 uger fra modtagelsen af afgørelsen",
                                "Complaint period of 4 weeks from receipt of the decision")
                        .on(
                                Trigger.ofDecisions(TriggerKind.DECISION_NOTIFIED),
                                Completion.of(CompletionKind.COMPLAINT_MADE))
                        .length(4, WEEKS)
                        .roll(RollPolicy.NEXT_WORKING_DAY)
                        .obligation(Obligation.PARTY)
                        .note(
                                "A party's period: if it ends on a Saturday, a Sunday or a helligdag it ends on the next working"
                                        + " day, at 23:59 (Justitsministeriets vejledning nr. 9533 af 2018).")
                        .build());
        rules.add(rule("OFL-36-ACCESS-7WD", Duty.ACCESS_TO_DOCUMENTS, ref(Law.OFFENTLIGHEDSLOVEN, "36"), OFL)
                .title(
                        "Svar på anmodning om aktindsigt inden 7 arbejdsdage",
                        "Answer to a request for access within 7 working days")
                .on(
                        Trigger.of(TriggerKind.ACCESS_REQUEST_RECEIVED),
                        Completion.of(CompletionKind.ACCESS_REQUEST_ANSWERED))
                .length(7, WORKING_DAYS)
                .calendar(DeadlineRule.STATUTORY_CALENDAR)
                .note("Forvaltningsloven § 16, stk. 2 sets the same for parties. A holiday closure does not suspend"
                        + " the deadline, so it counts on the statutory calendar, not on a municipality's closing days."
                        + " In force with the present offentlighedslov from 1 January 2014.")
                .build());
        return List.copyOf(rules);
    }

    private static DeadlineRule.Builder rule(String id, Duty duty, LegalReference basis, InForcePeriod period) {
        return DeadlineRule.builder(id, duty).law(basis, period).source(RuleSource.STATUTORY);
    }

    private static LegalReference ref(Law law, String paragraph) {
        return LegalReference.of(law, paragraph);
    }

    private static LegalReference ref(Law law, String paragraph, int subsection) {
        return LegalReference.of(law, paragraph, subsection);
    }
}
