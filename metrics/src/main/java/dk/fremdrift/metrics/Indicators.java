package dk.fremdrift.metrics;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.metrics.appeals.AppealIndicators;
import dk.fremdrift.metrics.caseload.CaseloadIndicators;
import dk.fremdrift.metrics.concerns.ConcernIndicators;
import dk.fremdrift.metrics.flow.FlowIndicators;
import dk.fremdrift.metrics.goals.GoalIndicators;
import dk.fremdrift.metrics.handover.HandoverIndicators;
import dk.fremdrift.metrics.management.ManagementIndicators;
import dk.fremdrift.metrics.notifications.NotificationIndicators;
import dk.fremdrift.metrics.supervision.SupervisionIndicators;
import dk.fremdrift.metrics.timeliness.TimelinessIndicators;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The indicator catalogue: the ids of the standard indicators and their definitions.
 *
 * <p>{@link #standard()} lists the definitions with the default settings; {@link #standard(MetricsConfig)} with the
 * settings of an aggregation (the stalled threshold and the recommended caseload appear in the words of two
 * definitions), which is what a report carries. Deadline indicators are computed from the deadline engine's
 * evaluations of a duty ({@link Duty}), so they follow the rule in force on each event's date: serviceloven until
 * 2023, barnets lov from 2024.
 *
 * <pre>{@code
 * for (IndicatorDefinition d : Indicators.standard()) {
 *     System.out.println(d.id() + ": " + d.name().en());
 * }
 * }</pre>
 */
public final class Indicators {

    /** Share of notifications assessed within 24 hours (duty {@link Duty#NOTIFICATION_ASSESSMENT}). */
    public static final String ASSESSMENT_24H_ON_TIME = "ASSESSMENT_24H_ON_TIME";
    /** Notifications received in the period. */
    public static final String NOTIFICATIONS_RECEIVED = "NOTIFICATIONS_RECEIVED";
    /** Notifications per child notified in the period. */
    public static final String NOTIFICATIONS_PER_CHILD = "NOTIFICATIONS_PER_CHILD";
    /** Share of notifications that repeat one received in the 12 months before. */
    public static final String REPEAT_NOTIFICATIONS_12M = "REPEAT_NOTIFICATIONS_12M";

    /**
     * Share of the period's screened notifications that the screening ended with no action (barnets lov § 18; from
     * 2024).
     */
    public static final String NOTIFICATIONS_NO_ACTION = "NOTIFICATIONS_NO_ACTION";

    /**
     * Share of the notifications a screening ended with no action that a new notification about the same child
     * followed within 6 months of the screening, counted when the 6 months ended, in the period (from 2024).
     */
    public static final String RENOTIFIED_AFTER_NO_ACTION_6M = "RENOTIFIED_AFTER_NO_ACTION_6M";

    /** As {@link #RENOTIFIED_AFTER_NO_ACTION_6M}, within 12 months. */
    public static final String RENOTIFIED_AFTER_NO_ACTION_12M = "RENOTIFIED_AFTER_NO_ACTION_12M";

    /**
     * Share of the period's notifications about a child who already had support or a placement, which must be
     * reassessed (barnets lov § 137; serviceloven § 155 a until 2023).
     */
    public static final String NOTIFICATIONS_ABOUT_SUPPORTED = "NOTIFICATIONS_ABOUT_SUPPORTED";
    /** Share of child-welfare investigations finished within 4 months (duty {@link Duty#INVESTIGATION}). */
    public static final String INVESTIGATION_4M_ON_TIME = "INVESTIGATION_4M_ON_TIME";
    /** Median and 90th percentile of days from awareness to a finished investigation. */
    public static final String INVESTIGATION_DAYS = "INVESTIGATION_DAYS";
    /** Investigations open at asOf, by months since awareness. */
    public static final String OPEN_INVESTIGATIONS_BY_AGE = "OPEN_INVESTIGATIONS_BY_AGE";
    /** Share of decisions with a conversation with the child before them. */
    public static final String CHILD_CONVERSATION_BEFORE_DECISION = "CHILD_CONVERSATION_BEFORE_DECISION";
    /** Share of plans made on time after a placement decision (duty {@link Duty#PLAN}). */
    public static final String PLAN_ON_TIME = "PLAN_ON_TIME";
    /** Share of first follow-ups on time (duty {@link Duty#FOLLOW_UP}, first occurrence). */
    public static final String FIRST_FOLLOW_UP_ON_TIME = "FIRST_FOLLOW_UP_ON_TIME";
    /** Share of supervision visits on time (duty {@link Duty#SUPERVISION}). */
    public static final String SUPERVISION_ON_TIME = "SUPERVISION_ON_TIME";
    /** Supervision visits per placed child per year. */
    public static final String SUPERVISION_VISITS_PER_PLACED_CHILD_YEAR = "SUPERVISION_VISITS_PER_PLACED_CHILD_YEAR";
    /** Goals of open cases by status. */
    public static final String GOAL_STATUS = "GOAL_STATUS";
    /** Mean progress of goals from baseline toward target. */
    public static final String GOAL_PROGRESS = "GOAL_PROGRESS";
    /** Active interventions at asOf: preventive support and placements. */
    public static final String INTERVENTION_MIX_ACTIVE = "INTERVENTION_MIX_ACTIVE";
    /** Interventions started in the period: preventive support and placements. */
    public static final String INTERVENTION_MIX_STARTED = "INTERVENTION_MIX_STARTED";

    /** Placements active at asOf in kinship foster care or foster care, of all active placements. */
    public static final String PLACEMENTS_IN_FAMILY_CARE = "PLACEMENTS_IN_FAMILY_CARE";
    /**
     * The flow through the handletrin, first step: the period's notifications by assessment outcome, or not assessed.
     */
    public static final String STEP_ASSESSMENTS = "STEP_ASSESSMENTS";

    /** Days from a notification to the first screening that covers it (barnets lov § 18; from 2024). */
    public static final String NOTIFICATION_TO_SCREENING_DAYS = "NOTIFICATION_TO_SCREENING_DAYS";

    /** The period's screenings by outcome: no action, exploration, investigation (barnets lov § 18; from 2024). */
    public static final String STEP_SCREENINGS = "STEP_SCREENINGS";

    /**
     * Days from a finished child-welfare investigation to the first decision made on its basis ({@link
     * dk.fremdrift.model.Decision#basedOn()}; barnets lov § 22, stk. 6).
     */
    public static final String INVESTIGATION_TO_DECISION_DAYS = "INVESTIGATION_TO_DECISION_DAYS";

    /** The period's decisions: granted ones by kind, refusals apart. */
    public static final String STEP_DECISIONS = "STEP_DECISIONS";

    /** Days from a decision granting an intervention to its start. */
    public static final String DECISION_TO_START_DAYS = "DECISION_TO_START_DAYS";

    /** Interventions started in the period by the step of the intervention ladder. */
    public static final String STEP_STARTED_BY_LADDER = "STEP_STARTED_BY_LADDER";

    /** Cases closed in the period by reason. */
    public static final String STEP_CLOSINGS = "STEP_CLOSINGS";

    /**
     * The indicators of the flow through the handletrin, in the order of the steps: notifications and their
     * assessment, screening, investigation (with {@link #INVESTIGATION_DAYS}), decision, start, closing.
     */
    public static final List<String> FLOW_STEPS = List.of(
            NOTIFICATIONS_RECEIVED,
            STEP_ASSESSMENTS,
            NOTIFICATION_TO_SCREENING_DAYS,
            STEP_SCREENINGS,
            INVESTIGATION_DAYS,
            INVESTIGATION_TO_DECISION_DAYS,
            STEP_DECISIONS,
            DECISION_TO_START_DAYS,
            STEP_STARTED_BY_LADDER,
            STEP_CLOSINGS);

    /** Mean open cases per caseworker at asOf. */
    public static final String CASELOAD_MEAN = "CASELOAD_MEAN";
    /** Caseworkers by number of open cases at asOf. */
    public static final String CASELOAD_DISTRIBUTION = "CASELOAD_DISTRIBUTION";
    /** Share of caseworkers with more open cases than recommended. */
    public static final String CASELOAD_ABOVE_RECOMMENDED = "CASELOAD_ABOVE_RECOMMENDED";
    /** Share of open cases with no caseworker at asOf. */
    public static final String OPEN_CASES_UNASSIGNED = "OPEN_CASES_UNASSIGNED";
    /** Caseworker changes per case per year. */
    public static final String CASEWORKER_CHANGES_PER_CASE_YEAR = "CASEWORKER_CHANGES_PER_CASE_YEAR";
    /** Share of open cases with no step for the stalled threshold. */
    public static final String STALLED_CASES = "STALLED_CASES";
    /** Share of open cases with a management review in the last 12 months. */
    public static final String MANAGEMENT_REVIEW_COVERAGE = "MANAGEMENT_REVIEW_COVERAGE";
    /** Share of open cases with a serious notification that have had a management review since. */
    public static final String MANAGEMENT_REVIEW_SERIOUS_COVERAGE = "MANAGEMENT_REVIEW_SERIOUS_COVERAGE";

    /**
     * Share of open cases with an intervention that has run 12 months or more whose goals show no measured progress
     * (none achieved or improving, or none measurable).
     */
    public static final String LONG_COURSES_WITHOUT_PROGRESS = "LONG_COURSES_WITHOUT_PROGRESS";

    /**
     * Share of young people with support or a placement turning 18 in the period whose decision on support after 18
     * came no later than 6 months before the birthday (duty {@link Duty#DECISION_BEFORE_ADULTHOOD}, barnets lov
     * § 111; from 2024).
     */
    public static final String DECISION_BEFORE_ADULTHOOD_ON_TIME = "DECISION_BEFORE_ADULTHOOD_ON_TIME";

    /**
     * Share of the complaints Ankestyrelsen decided on the merits in the period whose decision it remitted, changed
     * or annulled: the omgørelsesprocent (retssikkerhedsloven § 79 b).
     */
    public static final String APPEALS_REVERSED = "APPEALS_REVERSED";

    /**
     * The complaints of {@link #APPEALS_REVERSED} by the kind of the decision complained about, reversed or upheld
     * ({@code SUPPORT/REVERSED}, {@code SUPPORT/UPHELD}, ..., {@code UNLINKED/...}): the omgørelsesprocent per kind.
     */
    public static final String APPEALS_BY_DECISION_KIND = "APPEALS_BY_DECISION_KIND";

    /**
     * The goals of the open cases' plans by status, for each kind of intervention the plan says works toward them
     * ({@link dk.fremdrift.model.Goal#interventionIds()}).
     */
    public static final String GOAL_STATUS_BY_INTERVENTION = "GOAL_STATUS_BY_INTERVENTION";

    /**
     * The goals of the open cases' plans by the step of the intervention ladder of the interventions working toward
     * them and by status, in categories {@code STEP/STATUS}.
     */
    public static final String GOAL_STATUS_BY_LADDER_STEP = "GOAL_STATUS_BY_LADDER_STEP";

    /** The mean progress of the open cases' goals, for each kind of intervention working toward them. */
    public static final String GOAL_PROGRESS_BY_INTERVENTION = "GOAL_PROGRESS_BY_INTERVENTION";

    /**
     * Share of the areas of concern the period's finished investigations found ({@link
     * dk.fremdrift.model.Investigation#concerns()}) that a goal of the child's plan covers.
     */
    public static final String CONCERNS_COVERED_BY_GOALS = "CONCERNS_COVERED_BY_GOALS";

    /**
     * Interventions started in the period after a decision based on an investigation, by the areas of concern it found
     * and by intervention kind: which interventions are chosen for which concerns.
     */
    public static final String INTERVENTIONS_BY_CONCERN = "INTERVENTIONS_BY_CONCERN";

    /** The categories of {@link #OPEN_INVESTIGATIONS_BY_AGE}: whole months since awareness. */
    public static final List<String> INVESTIGATION_AGE_CATEGORIES = List.of("0-1", "1-2", "2-3", "3-4", "4+");

    /** The preventive-support category of the intervention mix: every kind that is not a placement. */
    public static final String PREVENTIVE_SUPPORT = "PREVENTIVE_SUPPORT";

    /** The placement category of the intervention mix. */
    public static final String PLACEMENT = "PLACEMENT";

    private Indicators() {}

    /**
     * Returns the standard indicators with the default settings ({@link MetricsConfig#DEFAULT_STALLED_DAYS}, {@link
     * MetricsConfig#DEFAULT_RECOMMENDED_CASELOAD}), in the order a report shows them.
     *
     * @return the definitions
     */
    public static List<IndicatorDefinition> standard() {
        return definitions(
                MetricsConfig.DEFAULT_STALLED_DAYS,
                MetricsConfig.DEFAULT_RECOMMENDED_CASELOAD,
                MetricsConfig.DEFAULT_LONG_COURSE_MONTHS);
    }

    /**
     * Returns the standard indicators with the settings of an aggregation, as its report carries them.
     *
     * @param config the settings
     * @return the definitions
     */
    public static List<IndicatorDefinition> standard(MetricsConfig config) {
        Objects.requireNonNull(config, "config");
        return definitions(config.stalledAfterDays(), config.recommendedCaseload(), config.longCourseMonths());
    }

    /**
     * Finds a standard indicator's definition, with the default settings, by its id.
     *
     * @param id the id, such as {@link #ASSESSMENT_24H_ON_TIME}
     * @return the definition, or empty if no standard indicator has that id
     */
    public static Optional<IndicatorDefinition> find(String id) {
        Objects.requireNonNull(id, "id");
        return standard().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The standard indicators that observe a case as units of their own, in the order of the report. */
    static List<Indicator> units(MetricsConfig config) {
        List<Indicator> units = new ArrayList<>(TimelinessIndicators.all());
        units.add(NotificationIndicators.NOTIFICATIONS_RECEIVED);
        units.add(NotificationIndicators.NOTIFICATIONS_PER_CHILD);
        units.add(NotificationIndicators.REPEAT_NOTIFICATIONS_12M);
        units.add(NotificationIndicators.NOTIFICATIONS_NO_ACTION);
        units.add(NotificationIndicators.RENOTIFIED_AFTER_NO_ACTION_6M);
        units.add(NotificationIndicators.RENOTIFIED_AFTER_NO_ACTION_12M);
        units.add(NotificationIndicators.NOTIFICATIONS_ABOUT_SUPPORTED);
        units.add(SupervisionIndicators.SUPERVISION_VISITS_PER_PLACED_CHILD_YEAR);
        units.add(FlowIndicators.INVESTIGATION_DAYS);
        units.add(FlowIndicators.OPEN_INVESTIGATIONS_BY_AGE);
        units.add(FlowIndicators.CHILD_CONVERSATION_BEFORE_DECISION);
        units.add(FlowIndicators.INTERVENTION_MIX_ACTIVE);
        units.add(FlowIndicators.INTERVENTION_MIX_STARTED);
        units.add(FlowIndicators.PLACEMENTS_IN_FAMILY_CARE);
        units.addAll(FlowIndicators.STEPS);
        units.add(GoalIndicators.GOAL_STATUS);
        units.add(GoalIndicators.GOAL_PROGRESS);
        units.add(GoalIndicators.GOAL_STATUS_BY_INTERVENTION);
        units.add(GoalIndicators.GOAL_PROGRESS_BY_INTERVENTION);
        units.add(GoalIndicators.GOAL_STATUS_BY_LADDER_STEP);
        units.add(ConcernIndicators.CONCERNS_COVERED_BY_GOALS);
        units.add(ConcernIndicators.INTERVENTIONS_BY_CONCERN);
        units.add(GoalIndicators.longCourses(config.longCourseMonths()));
        units.add(CaseloadIndicators.OPEN_CASES_UNASSIGNED);
        units.add(CaseloadIndicators.CASEWORKER_CHANGES_PER_CASE_YEAR);
        units.add(CaseloadIndicators.stalledCases(config.stalledAfterDays()));
        units.add(ManagementIndicators.MANAGEMENT_REVIEW_COVERAGE);
        units.add(ManagementIndicators.MANAGEMENT_REVIEW_SERIOUS_COVERAGE);
        units.add(HandoverIndicators.DECISION_BEFORE_ADULTHOOD_ON_TIME);
        units.add(AppealIndicators.APPEALS_REVERSED);
        units.add(AppealIndicators.APPEALS_BY_DECISION_KIND);
        return List.copyOf(units);
    }

    private static List<IndicatorDefinition> definitions(int stalledDays, int recommended, int longCourseMonths) {
        List<IndicatorDefinition> list = new ArrayList<>();

        // ---- notifications ------------------------------------------------------------------------------------
        list.add(NotificationIndicators.NOTIFICATIONS_RECEIVED.definition());
        list.add(NotificationIndicators.NOTIFICATIONS_PER_CHILD.definition());
        list.add(NotificationIndicators.REPEAT_NOTIFICATIONS_12M.definition());
        list.add(TimelinessIndicators.ASSESSMENT_24H_ON_TIME.definition());
        list.add(NotificationIndicators.NOTIFICATIONS_ABOUT_SUPPORTED.definition());

        // ---- sorting of concerns --------------------------------------------------------------------------------
        list.add(NotificationIndicators.NOTIFICATIONS_NO_ACTION.definition());
        list.add(NotificationIndicators.RENOTIFIED_AFTER_NO_ACTION_6M.definition());
        list.add(NotificationIndicators.RENOTIFIED_AFTER_NO_ACTION_12M.definition());

        // ---- investigations -----------------------------------------------------------------------------------
        list.add(TimelinessIndicators.INVESTIGATION_4M_ON_TIME.definition());
        list.add(FlowIndicators.INVESTIGATION_DAYS.definition());
        list.add(FlowIndicators.OPEN_INVESTIGATIONS_BY_AGE.definition());

        // ---- decisions and plans ------------------------------------------------------------------------------
        list.add(FlowIndicators.CHILD_CONVERSATION_BEFORE_DECISION.definition());
        list.add(TimelinessIndicators.PLAN_ON_TIME.definition());

        // ---- follow-up and supervision ------------------------------------------------------------------------
        list.add(TimelinessIndicators.FIRST_FOLLOW_UP_ON_TIME.definition());
        list.add(TimelinessIndicators.SUPERVISION_ON_TIME.definition());
        list.add(SupervisionIndicators.SUPERVISION_VISITS_PER_PLACED_CHILD_YEAR.definition());

        // ---- goals ---------------------------------------------------------------------------------------------
        list.add(GoalIndicators.GOAL_STATUS.definition());
        list.add(GoalIndicators.GOAL_PROGRESS.definition());
        list.add(GoalIndicators.GOAL_STATUS_BY_INTERVENTION.definition());
        list.add(GoalIndicators.GOAL_PROGRESS_BY_INTERVENTION.definition());
        list.add(GoalIndicators.GOAL_STATUS_BY_LADDER_STEP.definition());

        // ---- concerns, goals and interventions ------------------------------------------------------------------
        list.add(ConcernIndicators.CONCERNS_COVERED_BY_GOALS.definition());
        list.add(ConcernIndicators.INTERVENTIONS_BY_CONCERN.definition());
        list.add(GoalIndicators.longCourses(longCourseMonths).definition());

        // ---- interventions -------------------------------------------------------------------------------------
        list.add(FlowIndicators.INTERVENTION_MIX_ACTIVE.definition());
        list.add(FlowIndicators.INTERVENTION_MIX_STARTED.definition());
        list.add(FlowIndicators.PLACEMENTS_IN_FAMILY_CARE.definition());

        // ---- the flow through the handletrin --------------------------------------------------------------------
        FlowIndicators.STEPS.forEach(i -> list.add(i.definition()));

        // ---- caseload and continuity ---------------------------------------------------------------------------
        list.addAll(Caseload.definitions(recommended));
        list.add(CaseloadIndicators.OPEN_CASES_UNASSIGNED.definition());
        list.add(CaseloadIndicators.CASEWORKER_CHANGES_PER_CASE_YEAR.definition());

        // ---- flow and leadership -------------------------------------------------------------------------------
        list.add(CaseloadIndicators.stalledCases(stalledDays).definition());
        list.add(ManagementIndicators.MANAGEMENT_REVIEW_COVERAGE.definition());
        list.add(ManagementIndicators.MANAGEMENT_REVIEW_SERIOUS_COVERAGE.definition());

        // ---- handover and appeals -----------------------------------------------------------------------------
        list.add(HandoverIndicators.DECISION_BEFORE_ADULTHOOD_ON_TIME.definition());
        list.add(AppealIndicators.APPEALS_REVERSED.definition());
        list.add(AppealIndicators.APPEALS_BY_DECISION_KIND.definition());
        return List.copyOf(list);
    }

    private static LocalizedText text(String da, String en) {
        return LocalizedText.of(da, en);
    }
}
