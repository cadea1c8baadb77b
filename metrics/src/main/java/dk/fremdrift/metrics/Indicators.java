package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Dimension.AGE_BAND;
import static dk.fremdrift.metrics.Dimension.CASEWORKER;
import static dk.fremdrift.metrics.Dimension.INTERVENTION_KIND;
import static dk.fremdrift.metrics.Dimension.MONTH;
import static dk.fremdrift.metrics.Dimension.TEAM;
import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.BARNOMETER_2024;
import static dk.fremdrift.metrics.internal.Definitions.BL;
import static dk.fremdrift.metrics.internal.Definitions.EVENT_DIMENSIONS;
import static dk.fremdrift.metrics.internal.Definitions.NONE;
import static dk.fremdrift.metrics.internal.Definitions.NO_CENSORING_STOCK;
import static dk.fremdrift.metrics.internal.Definitions.OPEN_CASES;
import static dk.fremdrift.metrics.internal.Definitions.SEL;
import static dk.fremdrift.metrics.internal.Definitions.STOCK_DIMENSIONS;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.metrics.goals.GoalIndicators;
import dk.fremdrift.metrics.management.ManagementIndicators;
import dk.fremdrift.metrics.timeliness.TimelinessIndicators;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
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
    static final List<String> INVESTIGATION_AGE_CATEGORIES = List.of("0-1", "1-2", "2-3", "3-4", "4+");

    /** The categories of the intervention mix. */
    static final String PREVENTIVE_SUPPORT = "PREVENTIVE_SUPPORT";

    /** The placement category of the intervention mix. */
    static final String PLACEMENT = "PLACEMENT";

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
    static List<Indicator> units() {
        List<Indicator> units = new ArrayList<>(TimelinessIndicators.all());
        units.add(GoalIndicators.GOAL_STATUS);
        units.add(GoalIndicators.GOAL_PROGRESS);
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
        // The days rest on the provisions of the on-time share.
        List<LegalBasis> investigation =
                TimelinessIndicators.INVESTIGATION_4M_ON_TIME.definition().legalBasis();
        list.add(TimelinessIndicators.INVESTIGATION_4M_ON_TIME.definition());
        list.add(new IndicatorDefinition(
                INVESTIGATION_DAYS,
                IndicatorKind.DAYS,
                text(
                        "Dage fra kendskab til afsluttet børnefaglig undersøgelse",
                        "Days from awareness to a finished child-welfare investigation"),
                text(
                        "Median og 90-procent-fraktil af antal dage fra kommunens kendskab til undersøgelsen blev"
                                + " afsluttet.",
                        "The median and 90th percentile of the days from the municipality's awareness to the"
                                + " finished investigation."),
                investigation,
                APPLIES,
                text(
                        "Børnefaglige undersøgelser, hvis kendskabsdato ligger i rapportperioden, til og med asOf, og"
                                + " som fristmotoren har bedømt efter pligten INVESTIGATION som afsluttet senest ved"
                                + " asOf (MET eller MET_LATE); dage = afslutningsdato minus kendskabsdato.",
                        "Child-welfare investigations whose awareness date is in the reporting period, up to asOf,"
                                + " that the deadline engine judged under duty INVESTIGATION as finished by asOf (MET"
                                + " or MET_LATE); days = completion date minus awareness date."),
                text(
                        "Median (50. percentil) og 90. percentil af disse dage efter nærmeste-rang-metoden: p-percentilen"
                                + " er det mindste antal dage d, så mindst p % af undersøgelserne tog d dage eller"
                                + " færre.",
                        "The median (50th percentile) and 90th percentile of those days by the nearest-rank method:"
                                + " the p-th percentile is the smallest number of days d such that at least p % of"
                                + " the investigations took d days or fewer."),
                text(
                        "Undersøgelser, hvis frist fristmotoren finder ikke relevant (NOT_APPLICABLE, fx sagen lukket"
                                + " før fristen) eller udløben (EXPIRED); de tælles for sig.",
                        "Investigations whose deadline the engine finds not applicable (NOT_APPLICABLE, say the case"
                                + " was closed before the deadline) or expired (EXPIRED); counted apart."),
                text(
                        "Undersøgelser, der ikke er afsluttet ved asOf (OPEN, DUE_SOON, OVERDUE): deres varighed er"
                                + " ukendt; de tælles for sig som censurerede. Mange censurerede undersøgelser får"
                                + " medianen til at undervurdere den reelle tid.",
                        "Investigations not finished by asOf (OPEN, DUE_SOON, OVERDUE): their duration is unknown;"
                                + " counted apart as censored. Many censored investigations make the median"
                                + " understate the true time."),
                Optional.empty(),
                Optional.empty(),
                EVENT_DIMENSIONS,
                List.of()));
        list.add(new IndicatorDefinition(
                OPEN_INVESTIGATIONS_BY_AGE,
                IndicatorKind.DISTRIBUTION,
                text("Igangværende undersøgelser efter alder", "Open investigations by age"),
                text(
                        "Børnefaglige undersøgelser, der ikke er afsluttet på asOf's dato, efter hvor mange måneder"
                                + " der er gået siden kendskabsdatoen.",
                        "Child-welfare investigations not finished on asOf's date, by the months passed since the"
                                + " awareness date."),
                investigation,
                APPLIES,
                text(
                        "Undersøgelser med kendskabsdato senest asOf's dato og ingen afslutningsdato senest den dag, i"
                                + " sager der er åbne på asOf's dato.",
                        "Investigations with an awareness date on or before asOf's date and no completion date on or"
                                + " before it, in cases open on asOf's date."),
                text(
                        "Fordelt efter hele kalendermåneder fra kendskabsdatoen til asOf's dato (samme dato i"
                                + " måneden): 0-1 (under 1), 1-2, 2-3, 3-4, 4+ (4 måneder eller mere: på eller efter"
                                + " fristen).",
                        "By whole calendar months from the awareness date to asOf's date (same date of the month):"
                                + " 0-1 (under 1), 1-2, 2-3, 3-4, 4+ (4 months or more: at or past the deadline)."),
                text(
                        "Undersøgelser i sager, der er lukket på asOf's dato.",
                        "Investigations in cases closed on asOf's date."),
                NO_CENSORING_STOCK,
                Optional.empty(),
                Optional.empty(),
                STOCK_DIMENSIONS,
                INVESTIGATION_AGE_CATEGORIES));

        // ---- decisions and plans ------------------------------------------------------------------------------
        list.add(new IndicatorDefinition(
                CHILD_CONVERSATION_BEFORE_DECISION,
                IndicatorKind.PROPORTION,
                text("Børnesamtale før afgørelse", "Conversation with the child before the decision"),
                text(
                        "Andel af afgørelser, hvor der blev holdt en børnesamtale før afgørelsen.",
                        "Share of decisions preceded by a conversation with the child."),
                List.of(
                        LegalBasis.of(LegalReference.of(Law.SERVICELOVEN, "48"), SEL),
                        LegalBasis.of(LegalReference.of(Law.BARNETS_LOV, "5", 3), BL)),
                APPLIES,
                text(
                        "Afgørelser (bevilget eller afslået) dateret i rapportperioden, til og med asOf, om et barn"
                                + " under 18 år på afgørelsens dato, fraregnet undtagelserne.",
                        "Decisions (granted or refused) dated in the reporting period, up to asOf, about a child"
                                + " under 18 on the decision date, less the exclusions."),
                text(
                        "Dem med en afholdt børnesamtale (HELD), der enten er knyttet til afgørelsen (decisionId) eller"
                                + " er dateret på eller før afgørelsens dato og højst 3 måneder før (på eller efter"
                                + " afgørelsens dato minus 3 måneder). Samtaler dateret efter asOf ses ikke.",
                        "Those with a held conversation (HELD) that is linked to the decision (decisionId) or dated on"
                                + " or before the decision date and no more than 3 months before it (on or after the"
                                + " decision date minus 3 months). Conversations dated after asOf are not seen."),
                text(
                        "Afgørelser om en ung på 18 år eller derover på afgørelsens dato; og afgørelser uden en sådan"
                                + " afholdt samtale, men med en registreret undladelse (OMITTED, med begrundelse),"
                                + " der er knyttet til afgørelsen eller dateret i samme 3-måneders vindue. De tælles"
                                + " for sig.",
                        "Decisions about a young person aged 18 or over on the decision date; and decisions without"
                                + " such a held conversation but with a recorded omission (OMITTED, with its reason)"
                                + " linked to the decision or dated in the same 3-month window. Counted apart."),
                text("Ingen: samtalen skal ligge før afgørelsen.", "None: the conversation must precede the decision."),
                Optional.of(1.0),
                Optional.of(ReferenceFigure.of(0.65, "2024", BARNOMETER_2024)),
                EVENT_DIMENSIONS,
                List.of()));
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
        LocalizedText mixCategories = text(
                "Fordelt på anbringelse (PLACEMENT: en indsatstype, hvor barnet er anbragt uden for hjemmet) og"
                        + " forebyggende støtte (PREVENTIVE_SUPPORT: alle andre typer).",
                "By placement (PLACEMENT: a kind that places the child outside the home) and preventive support"
                        + " (PREVENTIVE_SUPPORT: every other kind).");
        list.add(new IndicatorDefinition(
                INTERVENTION_MIX_ACTIVE,
                IndicatorKind.DISTRIBUTION,
                text(
                        "Aktive indsatser: forebyggende og anbringelser",
                        "Active interventions: preventive and placements"),
                text(
                        "Indsatser, der er aktive på asOf's dato, fordelt på forebyggende støtte og anbringelser.",
                        "Interventions active on asOf's date, by preventive support and placements."),
                List.of(),
                APPLIES,
                text(
                        "Indsatser aktive på asOf's dato (start senest den dag, slut tidligst den dag eller ingen), i"
                                + " sager der er åbne på asOf's dato.",
                        "Interventions active on asOf's date (started on or before it, ending on or after it or not"
                                + " at all), in cases open on asOf's date."),
                mixCategories,
                text(
                        "Indsatser i sager, der er lukket på asOf's dato.",
                        "Interventions in cases closed on asOf's date."),
                NO_CENSORING_STOCK,
                Optional.empty(),
                Optional.empty(),
                List.of(TEAM, CASEWORKER, AGE_BAND, INTERVENTION_KIND),
                List.of(PREVENTIVE_SUPPORT, PLACEMENT)));
        list.add(new IndicatorDefinition(
                INTERVENTION_MIX_STARTED,
                IndicatorKind.DISTRIBUTION,
                text(
                        "Iværksatte indsatser: forebyggende og anbringelser",
                        "Interventions started: preventive and placements"),
                text(
                        "Indsatser iværksat i perioden, fordelt på forebyggende støtte og anbringelser.",
                        "Interventions started in the period, by preventive support and placements."),
                List.of(),
                APPLIES,
                text(
                        "Indsatser med startdato i rapportperioden, til og med asOf.",
                        "Interventions with a start date in the reporting period, up to asOf."),
                mixCategories,
                NONE,
                text("Ingen: en iværksat indsats tælles.", "None: an intervention started counts."),
                Optional.empty(),
                Optional.empty(),
                List.of(TEAM, CASEWORKER, AGE_BAND, INTERVENTION_KIND, MONTH),
                List.of(PREVENTIVE_SUPPORT, PLACEMENT)));

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
        list.add(new IndicatorDefinition(
                OPEN_CASES_UNASSIGNED,
                IndicatorKind.PROPORTION,
                text("Åbne sager uden sagsbehandler", "Open cases without a caseworker"),
                text(
                        "Andel af åbne sager, der ikke har en sagsbehandler på asOf's dato.",
                        "Share of open cases with no caseworker on asOf's date."),
                List.of(),
                APPLIES,
                OPEN_CASES,
                text(
                        "Dem uden en sagsbehandlertildeling, der gælder på asOf's dato.",
                        "Those with no caseworker assignment in force on asOf's date."),
                NONE,
                NO_CENSORING_STOCK,
                Optional.of(0.0),
                Optional.empty(),
                List.of(AGE_BAND),
                List.of()));
        list.add(new IndicatorDefinition(
                CASEWORKER_CHANGES_PER_CASE_YEAR,
                IndicatorKind.RATE,
                text("Sagsbehandlerskift pr. sag pr. år", "Caseworker changes per case per year"),
                text(
                        "Kontinuitet: antal skift af sagsbehandler pr. år, en sag har været åben i perioden.",
                        "Continuity: caseworker changes per year a case was open in the period."),
                List.of(),
                APPLIES,
                text(
                        "Dage i rapportperioden, til og med asOf, hvor sagen var åben.",
                        "Days in the reporting period, up to asOf, on which the case was open."),
                text(
                        "Skift på sådan en dag: en tildeling, der starter med en anden sagsbehandler end tildelingen"
                                + " før den (efter startdato). Et teamskift med samme sagsbehandler eller en"
                                + " tilbagevenden til samme sagsbehandler efter et hul er ikke et skift. Rate = skift"
                                + " / (åbne dage / 365). Opdelinger efter dagen: team, sagsbehandler og alder den dag;"
                                + " et skift tælles hos den nye tildeling.",
                        "Changes on such a day: an assignment that starts with another caseworker than the"
                                + " assignment before it (by start date). A change of team with the same caseworker,"
                                + " or a return to the same caseworker after a gap, is not a change. Rate = changes /"
                                + " (open days / 365). Breakdowns by the day: the team, caseworker and age that day;"
                                + " a change counts with the new assignment."),
                text("Den første tildeling på en sag (intet skift).", "A case's first assignment (no change)."),
                text(
                        "Ingen: en sag, der stadig er åben, tæller med sine dage til og med asOf.",
                        "None: a case still open counts with its days up to asOf."),
                Optional.empty(),
                Optional.empty(),
                EVENT_DIMENSIONS,
                List.of()));

        // ---- flow and leadership -------------------------------------------------------------------------------
        list.add(new IndicatorDefinition(
                STALLED_CASES,
                IndicatorKind.PROPORTION,
                text("Sager i stå", "Stalled cases"),
                text(
                        "Andel af åbne sager uden et sagsskridt i " + stalledDays + " dage eller mere.",
                        "Share of open cases with no step for " + stalledDays + " days or more."),
                List.of(),
                APPLIES,
                OPEN_CASES,
                text(
                        "Dem, hvis seneste skridt er dateret " + stalledDays + " dage eller mere før asOf's dato."
                                + " Skridt er datoerne på sagens dele til og med asOf: oprettelse, underretninger"
                                + " (modtaget, vurderet, kvittering, orientering), screeninger, afdækninger,"
                                + " undersøgelser, børnesamtaler, afgørelser (truffet, meddelt, formandsafgørelse),"
                                + " planer (udarbejdet, revideret), målinger af mål, indsatser (start, slut),"
                                + " opfølgninger, tilsynsbesøg, klager og aktindsigter. Sagsbehandlertildelinger,"
                                + " ledelsestilsyn og begrundelser er ikke skridt i barnets sag.",
                        "Those whose latest step is dated " + stalledDays + " days or more before asOf's date. Steps"
                                + " are the dates on the case's parts up to asOf: opening, notifications (received,"
                                + " assessed, receipt sent, notifier informed), screenings, explorations,"
                                + " investigations, conversations with the child, decisions (made, notified,"
                                + " emergency), plans (made, revised), goal measurements, interventions (start, end),"
                                + " follow-ups, supervision visits, complaints and access requests. Caseworker"
                                + " assignments, management reviews and justifications are not steps in the child's"
                                + " case."),
                NONE,
                NO_CENSORING_STOCK,
                Optional.of(0.0),
                Optional.empty(),
                STOCK_DIMENSIONS,
                List.of()));
        list.add(ManagementIndicators.MANAGEMENT_REVIEW_COVERAGE.definition());
        list.add(ManagementIndicators.MANAGEMENT_REVIEW_SERIOUS_COVERAGE.definition());
        return List.copyOf(list);
    }

    private static LocalizedText text(String da, String en) {
        return LocalizedText.of(da, en);
    }
}
