package dk.fremdrift.deadlines;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.PlacementDecisionKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What starts a deadline: a {@link TriggerKind} and the filters that narrow it.
 *
 * <p>Filters apply only to the kinds that have them: notifier kinds to {@link TriggerKind#NOTIFICATION_RECEIVED};
 * decision kinds to the decision triggers; placement kinds to {@link TriggerKind#DECISION_MADE}; the intervention
 * scope to {@link TriggerKind#INTERVENTION_STARTED}; the age to the age triggers, which require it. An empty set of
 * kinds means every kind.
 *
 * <p>Placement kinds filter the decisions on placement without consent by the kind each records ({@code
 * Decision.placementKind}): a placement under barnets lov § 47 or a maintenance under § 50, and their serviceloven
 * counterparts. Decisions of other kinds pass the filter. A decision on placement without consent that records no
 * kind cannot be told apart: the engine gives it an evaluation with status {@link DeadlineStatus#UNDETERMINED} from
 * the rule whose placement kinds include {@link PlacementDecisionKind#PLACEMENT}, and none from the others.
 *
 * @param kind the event
 * @param notifierKinds the notifier kinds that count; empty for all
 * @param decisionKinds the decision kinds that count; empty for all
 * @param placementKinds the recorded kinds of decisions on placement without consent that count; empty for all
 * @param interventionScope which interventions count
 * @param age the child's age in years, for the age triggers
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"kind", "notifierKinds", "decisionKinds", "placementKinds", "interventionScope", "age"})
public record Trigger(
        TriggerKind kind,
        Set<NotifierKind> notifierKinds,
        Set<DecisionKind> decisionKinds,
        Set<PlacementDecisionKind> placementKinds,
        InterventionScope interventionScope,
        Optional<Integer> age) {

    /**
     * Checks the trigger and fills defaults: absent sets are empty, the scope {@link InterventionScope#ALL}.
     *
     * @param kind the event
     * @param notifierKinds the notifier kinds that count
     * @param decisionKinds the decision kinds that count
     * @param placementKinds the recorded placement kinds that count
     * @param interventionScope which interventions count
     * @param age the age, for the age triggers
     * @throws NullPointerException if {@code kind} is null
     * @throws IllegalArgumentException if a filter is given for a kind that has none, or an age trigger has no age
     *     between 0 and 25
     */
    public Trigger {
        Objects.requireNonNull(kind, "kind");
        notifierKinds =
                notifierKinds == null || notifierKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(notifierKinds));
        decisionKinds =
                decisionKinds == null || decisionKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(decisionKinds));
        placementKinds = placementKinds == null || placementKinds.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(placementKinds));
        interventionScope = interventionScope == null ? InterventionScope.ALL : interventionScope;
        age = age == null ? Optional.empty() : age;
        if (!notifierKinds.isEmpty() && kind != TriggerKind.NOTIFICATION_RECEIVED) {
            throw new IllegalArgumentException(
                    "trigger.notifierKinds: expected none for trigger kind " + kind + ", got " + notifierKinds);
        }
        boolean decisionTrigger = kind == TriggerKind.DECISION_MADE
                || kind == TriggerKind.DECISION_NOTIFIED
                || kind == TriggerKind.EMERGENCY_IMPLEMENTED;
        if (!decisionKinds.isEmpty() && !decisionTrigger) {
            throw new IllegalArgumentException(
                    "trigger.decisionKinds: expected none for trigger kind " + kind + ", got " + decisionKinds);
        }
        if (!placementKinds.isEmpty() && kind != TriggerKind.DECISION_MADE) {
            throw new IllegalArgumentException(
                    "trigger.placementKinds: expected none for trigger kind " + kind + ", got " + placementKinds);
        }
        if (interventionScope != InterventionScope.ALL && kind != TriggerKind.INTERVENTION_STARTED) {
            throw new IllegalArgumentException(
                    "trigger.interventionScope: expected ALL for trigger kind " + kind + ", got " + interventionScope);
        }
        boolean ageTrigger = kind == TriggerKind.SUPPORT_FROM_AGE || kind == TriggerKind.BIRTHDAY_WHILE_SUPPORTED;
        if (ageTrigger) {
            int a = age.orElseThrow(() -> new IllegalArgumentException(
                    "trigger.age: expected an age in years for trigger kind " + kind + ", got none"));
            if (a < 0 || a > 25) {
                throw new IllegalArgumentException("trigger.age: expected 0 to 25 years, got " + a);
            }
        } else if (age.isPresent()) {
            throw new IllegalArgumentException(
                    "trigger.age: expected none for trigger kind " + kind + ", got " + age.get());
        }
    }

    /**
     * Returns a trigger of the given kind with no filters.
     *
     * @param kind the event; not an age trigger
     * @return the trigger
     */
    public static Trigger of(TriggerKind kind) {
        return new Trigger(kind, null, null, null, null, null);
    }

    /**
     * Returns a trigger on notifications from the given kinds of notifier.
     *
     * @param kinds the notifier kinds
     * @return the trigger
     */
    public static Trigger notificationFrom(NotifierKind... kinds) {
        return new Trigger(TriggerKind.NOTIFICATION_RECEIVED, Set.of(kinds), null, null, null, null);
    }

    /**
     * Returns a trigger on every granted decision of the given kinds.
     *
     * @param kinds the decision kinds
     * @return the trigger
     */
    public static Trigger decision(DecisionKind... kinds) {
        return new Trigger(TriggerKind.DECISION_MADE, null, Set.of(kinds), null, null, null);
    }

    /**
     * Returns a trigger on granted decisions of the given kinds where a decision on placement without consent counts
     * only if it records one of the given placement kinds.
     *
     * @param placementKinds the recorded placement kinds that count
     * @param kinds the decision kinds
     * @return the trigger
     */
    public static Trigger decision(Set<PlacementDecisionKind> placementKinds, DecisionKind... kinds) {
        return new Trigger(TriggerKind.DECISION_MADE, null, Set.of(kinds), placementKinds, null, null);
    }

    /**
     * Returns a trigger of a decision kind ({@link TriggerKind#DECISION_NOTIFIED} or {@link
     * TriggerKind#EMERGENCY_IMPLEMENTED}) on decisions of the given kinds.
     *
     * @param kind the trigger kind
     * @param kinds the decision kinds; none for all
     * @return the trigger
     */
    public static Trigger ofDecisions(TriggerKind kind, DecisionKind... kinds) {
        return new Trigger(kind, null, Set.copyOf(Arrays.asList(kinds)), null, null, null);
    }

    /**
     * Returns a trigger on the start of interventions in the given scope.
     *
     * @param scope which interventions
     * @return the trigger
     */
    public static Trigger interventionStarted(InterventionScope scope) {
        return new Trigger(TriggerKind.INTERVENTION_STARTED, null, null, null, scope, null);
    }

    /**
     * Returns an age trigger.
     *
     * @param kind {@link TriggerKind#SUPPORT_FROM_AGE} or {@link TriggerKind#BIRTHDAY_WHILE_SUPPORTED}
     * @param age the age in years
     * @return the trigger
     */
    public static Trigger atAge(TriggerKind kind, int age) {
        return new Trigger(kind, null, null, null, null, Optional.of(age));
    }
}
