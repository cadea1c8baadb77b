package dk.fremdrift.metrics.flow;

import dk.fremdrift.metrics.Indicator;
import java.util.List;

/**
 * The standard indicators of the flow of cases (investigations, decisions, interventions), each in a file of its own.
 * Not API: the indicators reach vendors through {@code Indicators.standard()} and the reports.
 */
public final class FlowIndicators {

    /** Days from awareness to a finished investigation. */
    public static final Indicator INVESTIGATION_DAYS = InvestigationDays.INDICATOR;

    /** Open investigations by months since awareness. */
    public static final Indicator OPEN_INVESTIGATIONS_BY_AGE = OpenInvestigationsByAge.INDICATOR;

    /** Decisions preceded by a conversation with the child. */
    public static final Indicator CHILD_CONVERSATION_BEFORE_DECISION = ConversationBeforeDecision.INDICATOR;

    /** Interventions active at asOf, by preventive support and placement. */
    public static final Indicator INTERVENTION_MIX_ACTIVE = InterventionMixActive.INDICATOR;

    /** Placements active at asOf in kinship foster care or foster care. */
    public static final Indicator PLACEMENTS_IN_FAMILY_CARE = PlacementsInFamilyCare.INDICATOR;

    /** Interventions started in the period, by preventive support and placement. */
    public static final Indicator INTERVENTION_MIX_STARTED = InterventionMixStarted.INDICATOR;

    /**
     * The steps of the flow through the handletrin that have indicators of their own, in the order of the steps: the
     * assessments, the days to screening, the screenings, the decisions, the days from decision to start, the
     * days from a finished investigation to the decision made on its basis, the interventions started by ladder step,
     * the closings.
     */
    public static final List<Indicator> STEPS = List.of(
            StepAssessments.INDICATOR,
            NotificationToScreeningDays.INDICATOR,
            StepScreenings.INDICATOR,
            InvestigationToDecisionDays.INDICATOR,
            StepDecisions.INDICATOR,
            DecisionToStartDays.INDICATOR,
            StepStartedByLadder.INDICATOR,
            StepClosings.INDICATOR);

    private FlowIndicators() {}
}
