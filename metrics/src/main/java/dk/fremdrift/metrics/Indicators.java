package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Dimension.AGE_BAND;
import static dk.fremdrift.metrics.Dimension.CASEWORKER;
import static dk.fremdrift.metrics.Dimension.INTERVENTION_KIND;
import static dk.fremdrift.metrics.Dimension.MONTH;
import static dk.fremdrift.metrics.Dimension.TEAM;
import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.EVENT_DIMENSIONS;
import static dk.fremdrift.metrics.internal.Definitions.NONE;
import static dk.fremdrift.metrics.internal.Definitions.NO_CENSORING_STOCK;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.metrics.caseload.CaseloadIndicators;
import dk.fremdrift.metrics.flow.FlowIndicators;
import dk.fremdrift.metrics.goals.GoalIndicators;
import dk.fremdrift.metrics.management.ManagementIndicators;
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

    /** The categories of {@link #OPEN_INVESTIGATIONS_BY_AGE}: whole months since awareness. */
    public static final List<String> INVESTIGATION_AGE_CATEGORIES = List.of("0-1", "1-2", "2-3", "3-4", "4+");

    /** The preventive-support category of the intervention mix: every kind that is not a placement. */
    public static final String PREVENTIVE_SUPPORT = "PREVENTIVE_SUPPORT";

    /** The placement category of the intervention mix. */
    public static final String PLACEMENT = "PLACEMENT";

    /** The categories of {@link #CASELOAD_DISTRIBUTION}: open cases per caseworker. */
    static final List<String> CASELOAD_CATEGORIES = List.of("1-9", "10-19", "20-25", "26-30", "31-35", "36-40", "41+");

    /** The lower bounds of {@link #CASELOAD_CATEGORIES}. */
    static final int[] CASELOAD_LOWER_BOUNDS = {1, 10, 20, 26, 31, 36, 41};

    private Indicators() {}

    /**
     * Returns the standard indicators with the default settings ({@link MetricsConfig#DEFAULT_STALLED_DAYS}, {@link
     * MetricsConfig#DEFAULT_RECOMMENDED_CASELOAD}), in the order a report shows them.
     *
     * @return the definitions
     */
    public static List<IndicatorDefinition> standard() {
        return definitions(MetricsConfig.DEFAULT_STALLED_DAYS, MetricsConfig.DEFAULT_RECOMMENDED_CASELOAD);
    }

    /**
     * Returns the standard indicators with the settings of an aggregation, as its report carries them.
     *
     * @param config the settings
     * @return the definitions
     */
    public static List<IndicatorDefinition> standard(MetricsConfig config) {
        Objects.requireNonNull(config, "config");
        return definitions(config.stalledAfterDays(), config.recommendedCaseload());
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
        units.add(FlowIndicators.INVESTIGATION_DAYS);
        units.add(FlowIndicators.OPEN_INVESTIGATIONS_BY_AGE);
        units.add(FlowIndicators.CHILD_CONVERSATION_BEFORE_DECISION);
        units.add(FlowIndicators.INTERVENTION_MIX_ACTIVE);
        units.add(FlowIndicators.INTERVENTION_MIX_STARTED);
        units.add(GoalIndicators.GOAL_STATUS);
        units.add(GoalIndicators.GOAL_PROGRESS);
        units.add(CaseloadIndicators.OPEN_CASES_UNASSIGNED);
        units.add(CaseloadIndicators.CASEWORKER_CHANGES_PER_CASE_YEAR);
        units.add(CaseloadIndicators.stalledCases(config.stalledAfterDays()));
        units.add(ManagementIndicators.MANAGEMENT_REVIEW_COVERAGE);
        units.add(ManagementIndicators.MANAGEMENT_REVIEW_SERIOUS_COVERAGE);
        return List.copyOf(units);
    }

    private static List<IndicatorDefinition> definitions(int stalledDays, int recommended) {
        List<IndicatorDefinition> list = new ArrayList<>();

        // ---- notifications ------------------------------------------------------------------------------------
        list.add(new IndicatorDefinition(
                NOTIFICATIONS_RECEIVED,
                IndicatorKind.COUNT,
                text("Modtagne underretninger", "Notifications received"),
                text(
                        "Antal underretninger modtaget i rapportperioden.",
                        "The number of notifications of concern received in the reporting period."),
                List.of(),
                APPLIES,
                text(
                        "Underretninger modtaget i rapportperioden (efter den danske dato for modtagelsen), til og med"
                                + " asOf.",
                        "Notifications received in the reporting period (by the Danish date of receipt), up to"
                                + " asOf."),
                text("Antallet af dem.", "Their number."),
                NONE,
                text("Ingen: en modtaget underretning tælles.", "None: a notification received counts."),
                Optional.empty(),
                Optional.empty(),
                List.of(TEAM, CASEWORKER, AGE_BAND, MONTH),
                List.of()));
        list.add(new IndicatorDefinition(
                NOTIFICATIONS_PER_CHILD,
                IndicatorKind.MEAN,
                text("Underretninger pr. barn", "Notifications per child"),
                text(
                        "Gennemsnitligt antal underretninger pr. barn, der fik mindst én underretning i perioden.",
                        "The mean number of notifications per child notified at least once in the period."),
                List.of(),
                APPLIES,
                text(
                        "Børn (sager) med mindst én underretning modtaget i rapportperioden, til og med asOf. Et barn"
                                + " med flere sager tælles én gang pr. sag.",
                        "Children (cases) with at least one notification received in the reporting period, up to"
                                + " asOf. A child with more than one case counts once per case."),
                text(
                        "Deres underretninger modtaget i perioden; gennemsnit = underretninger / børn. I opdelingerne"
                                + " placeres barnet med alle sine underretninger i perioden efter sin første"
                                + " underretning i perioden (team, sagsbehandler, alder og måned for den).",
                        "Their notifications received in the period; mean = notifications / children. Breakdowns"
                                + " place each child, with all its notifications in the period, by its first"
                                + " notification in the period (the team, caseworker, age and month of that one)."),
                NONE,
                text("Ingen.", "None."),
                Optional.empty(),
                Optional.empty(),
                EVENT_DIMENSIONS,
                List.of()));
        list.add(new IndicatorDefinition(
                REPEAT_NOTIFICATIONS_12M,
                IndicatorKind.PROPORTION,
                text("Gentagne underretninger inden for 12 måneder", "Repeat notifications within 12 months"),
                text(
                        "Andel af periodens underretninger, der kom inden for 12 måneder efter en tidligere"
                                + " underretning om samme barn.",
                        "Share of the period's notifications that came within 12 months of an earlier notification"
                                + " about the same child."),
                List.of(),
                APPLIES,
                text(
                        "Underretninger modtaget i rapportperioden (efter den danske dato for modtagelsen), til og med"
                                + " asOf.",
                        "Notifications received in the reporting period (by the Danish date of receipt), up to"
                                + " asOf."),
                text(
                        "Dem, hvor samme sag har en anden underretning modtaget før, tidligst 12 måneder før"
                                + " (modtaget på eller efter tidspunktet 12 måneder før og før denne). Underretninger,"
                                + " som ikke er registreret på sagen (fx i en anden kommune), ses ikke.",
                        "Those where the same case has another notification received before it, at most 12 months"
                                + " before (received at or after the moment 12 months before, and before this one)."
                                + " Notifications not recorded on the case (in another municipality, say) are not"
                                + " seen."),
                NONE,
                text(
                        "Ingen: der ses tilbage i tid, så hver underretning kan bedømmes ved modtagelsen.",
                        "None: the look is backward, so every notification can be judged when received."),
                Optional.empty(),
                Optional.empty(),
                EVENT_DIMENSIONS,
                List.of()));
        list.add(TimelinessIndicators.ASSESSMENT_24H_ON_TIME.definition());

        // ---- investigations -----------------------------------------------------------------------------------
        list.add(TimelinessIndicators.INVESTIGATION_4M_ON_TIME.definition());
        list.add(FlowIndicators.INVESTIGATION_DAYS.definition());
        list.add(FlowIndicators.OPEN_INVESTIGATIONS_BY_AGE.definition());

        // ---- decisions and plans ------------------------------------------------------------------------------
        list.add(FlowIndicators.CHILD_CONVERSATION_BEFORE_DECISION.definition());
        list.add(TimelinessIndicators.PLAN_ON_TIME.definition());

        // ---- follow-up and supervision ------------------------------------------------------------------------
        list.add(TimelinessIndicators.FIRST_FOLLOW_UP_ON_TIME.definition());
        // The visit rate rests on the provisions of the visits' deadlines.
        List<LegalBasis> supervision =
                TimelinessIndicators.SUPERVISION_ON_TIME.definition().legalBasis();
        list.add(TimelinessIndicators.SUPERVISION_ON_TIME.definition());
        list.add(new IndicatorDefinition(
                SUPERVISION_VISITS_PER_PLACED_CHILD_YEAR,
                IndicatorKind.RATE,
                text("Tilsynsbesøg pr. anbragt barn pr. år", "Supervision visits per placed child per year"),
                text(
                        "Antal tilsynsbesøg pr. år, et anbragt barn har været anbragt i perioden; loven kræver mindst"
                                + " to om året.",
                        "Supervision visits per year of placement in the period; the law requires at least two a"
                                + " year."),
                supervision,
                APPLIES,
                text(
                        "Dage i rapportperioden, til og med asOf, hvor barnet havde mindst én aktiv anbringelse (en"
                                + " indsats af en anbringelsestype, fra start til slut, begge dage med); pr. sag, så"
                                + " overlappende anbringelser tælles én gang.",
                        "Days in the reporting period, up to asOf, on which the child had at least one active"
                                + " placement (an intervention of a placement kind, from its start to its end, both"
                                + " days included); per case, so overlapping placements count once."),
                text(
                        "Tilsynsbesøg med samtale med barnet dateret på sådan en dag, de besøg der opfylder"
                                + " pligten, som fristmotoren tæller dem; rate = besøg / (anbringelsesdage / 365)."
                                + " Opdelinger efter dagen: team, sagsbehandler og alder den dag, og typen af den"
                                + " anbringelse, besøget angiver, ellers den tidligst startede aktive.",
                        "Supervision visits with a conversation with the child dated on such a day, the visits that"
                                + " meet the duty, as the deadline engine counts them; rate = visits / (placement days"
                                + " / 365). Breakdowns by the day: the team, caseworker and age that day, and the kind"
                                + " of the placement the visit names, else of the earliest-started active one."),
                text(
                        "Besøg på dage uden aktiv anbringelse, og besøg uden samtale med barnet (de opfylder ikke"
                                + " pligten; sagsgennemgangen rejser dem).",
                        "Visits on days without an active placement, and visits without a conversation with the"
                                + " child (they do not meet the duty; the case review raises them)."),
                text(
                        "Ingen: en anbringelse, der stadig løber, tæller med sine dage til og med asOf.",
                        "None: a placement still running counts with its days up to asOf."),
                Optional.of(2.0),
                Optional.empty(),
                List.of(TEAM, CASEWORKER, AGE_BAND, INTERVENTION_KIND, MONTH),
                List.of()));

        // ---- goals ---------------------------------------------------------------------------------------------
        list.add(GoalIndicators.GOAL_STATUS.definition());
        list.add(GoalIndicators.GOAL_PROGRESS.definition());

        // ---- interventions -------------------------------------------------------------------------------------
        list.add(FlowIndicators.INTERVENTION_MIX_ACTIVE.definition());
        list.add(FlowIndicators.INTERVENTION_MIX_STARTED.definition());

        // ---- caseload and continuity ---------------------------------------------------------------------------
        LocalizedText caseworkers = text(
                "Sagsbehandlere med mindst én åben sag på asOf's dato efter den sagsbehandlertildeling, der gælder den"
                        + " dag. Kun de sager, aggregatoren har fået, tælles: sagsbehandlerens andre sager (andre"
                        + " sagstyper, andre systemer) ses ikke. Team: det team, flest af sagsbehandlerens sager"
                        + " hører til (ved lighed det første efter nøgle).",
                "Caseworkers responsible for at least one open case on asOf's date by the assignment in force that"
                        + " day. Only the cases given to the aggregator count: a caseworker's other cases (other case"
                        + " types, other systems) are not seen. Team: the team most of the caseworker's cases belong"
                        + " to (on a tie the first by key).");
        LocalizedText unassignedLeftOut = text(
                "Åbne sager uden sagsbehandler på asOf's dato; OPEN_CASES_UNASSIGNED viser dem.",
                "Open cases with no caseworker on asOf's date; OPEN_CASES_UNASSIGNED shows them.");
        list.add(new IndicatorDefinition(
                CASELOAD_MEAN,
                IndicatorKind.MEAN,
                text("Sager pr. sagsbehandler", "Cases per caseworker"),
                text(
                        "Gennemsnitligt antal åbne sager pr. sagsbehandler på asOf's dato. Dansk"
                                + " Socialrådgiverforening anbefaler 20-30 børne- og familiesager.",
                        "The mean number of open cases per caseworker on asOf's date. Dansk Socialrådgiverforening"
                                + " recommends 20-30 child-and-family cases."),
                List.of(),
                APPLIES,
                caseworkers,
                text(
                        "De åbne sager med sagsbehandler; gennemsnit = sager / sagsbehandlere.",
                        "The open cases with a caseworker; mean = cases / caseworkers."),
                unassignedLeftOut,
                NO_CENSORING_STOCK,
                Optional.of((double) recommended),
                Optional.of(ReferenceFigure.of(
                        31, "2023", LocalizedText.of("Landsgennemsnit 2023", "National average 2023"))),
                List.of(TEAM, CASEWORKER),
                List.of()));
        list.add(new IndicatorDefinition(
                CASELOAD_DISTRIBUTION,
                IndicatorKind.DISTRIBUTION,
                text("Sagsbehandlere efter antal sager", "Caseworkers by caseload"),
                text(
                        "Sagsbehandlere fordelt efter antal åbne sager på asOf's dato.",
                        "Caseworkers by their number of open cases on asOf's date."),
                List.of(),
                APPLIES,
                caseworkers,
                text(
                        "Fordelt efter antal åbne sager: 1-9, 10-19, 20-25, 26-30, 31-35, 36-40, 41+.",
                        "By number of open cases: 1-9, 10-19, 20-25, 26-30, 31-35, 36-40, 41+."),
                unassignedLeftOut,
                NO_CENSORING_STOCK,
                Optional.empty(),
                Optional.empty(),
                List.of(TEAM),
                CASELOAD_CATEGORIES));
        list.add(new IndicatorDefinition(
                CASELOAD_ABOVE_RECOMMENDED,
                IndicatorKind.PROPORTION,
                text("Sagsbehandlere over det anbefalede antal sager", "Caseworkers above the recommended caseload"),
                text(
                        "Andel af sagsbehandlere med flere end " + recommended + " åbne sager på asOf's dato.",
                        "Share of caseworkers with more than " + recommended + " open cases on asOf's date."),
                List.of(),
                APPLIES,
                caseworkers,
                text(
                        "Dem med flere end " + recommended + " åbne sager (Dansk Socialrådgiverforening anbefaler"
                                + " 20-30 børne- og familiesager pr. sagsbehandler).",
                        "Those with more than " + recommended + " open cases (Dansk Socialrådgiverforening recommends"
                                + " 20-30 child-and-family cases per caseworker)."),
                unassignedLeftOut,
                NO_CENSORING_STOCK,
                Optional.of(0.0),
                Optional.empty(),
                List.of(TEAM),
                List.of()));
        list.add(CaseloadIndicators.OPEN_CASES_UNASSIGNED.definition());
        list.add(CaseloadIndicators.CASEWORKER_CHANGES_PER_CASE_YEAR.definition());

        // ---- flow and leadership -------------------------------------------------------------------------------
        list.add(CaseloadIndicators.stalledCases(stalledDays).definition());
        list.add(ManagementIndicators.MANAGEMENT_REVIEW_COVERAGE.definition());
        list.add(ManagementIndicators.MANAGEMENT_REVIEW_SERIOUS_COVERAGE.definition());
        return List.copyOf(list);
    }

    private static LocalizedText text(String da, String en) {
        return LocalizedText.of(da, en);
    }
}
