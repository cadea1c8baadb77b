package dk.fremdrift.metrics.flow;

import dk.fremdrift.metrics.Indicator;

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

    private FlowIndicators() {}
}
