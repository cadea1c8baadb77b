package dk.fremdrift.metrics.goals;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.GoalProgress;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.Plan;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What the goal indicators by intervention kind share: the pairing of each goal with the kinds of the interventions
 * that work toward it, as the plan records them ({@link Goal#interventionIds()}), never guessed from the order of the
 * parts.
 */
final class GoalsByIntervention {

    static final LocalizedText POPULATION = LocalizedText.of(
            GoalTexts.POPULATION.da() + " Hvert mål tælles én gang for hver type indsats, som planen siger arbejder"
                    + " mod det (målets interventionIds); et mål med to indsatser af samme type tælles én gang for"
                    + " typen.",
            GoalTexts.POPULATION.en() + " Each goal counts once for each kind of intervention the plan says works"
                    + " toward it (the goal's interventionIds); a goal with two interventions of one kind counts once"
                    + " for that kind.");

    static final LocalizedText EXCLUSIONS = LocalizedText.of(
            "Mål, der ikke nævner nogen indsats: de kan ikke henføres til en type. Mål i sager, der er lukket på"
                    + " asOf's dato.",
            "Goals that name no intervention: they cannot be put to a kind. Goals in cases closed on asOf's date.");

    static final LocalizedText CAUTION = LocalizedText.of(
            " Beskriver, beviser ikke: et barn har ofte flere indsatser, og målet kan nås af andre grunde.",
            " It describes and does not prove: a child often has several interventions, and a goal may be reached for"
                    + " other reasons.");

    private GoalsByIntervention() {}

    /**
     * Calls {@code each} with every goal's progress and each distinct kind of the interventions it names, in the
     * order of {@link CaseFacts#goalProgress()} (the plans made on or before asOf and their goals).
     */
    static void forEach(CaseFacts facts, BiConsumer<GoalProgress, InterventionKind> each) {
        forEachGoal(facts, (goal, kinds) -> kinds.forEach(kind -> each.accept(goal, kind)));
    }

    /**
     * Calls {@code each} with every goal's progress and the distinct kinds of the interventions it names, for each goal
     * that names one, in the order of {@link CaseFacts#goalProgress()}.
     */
    static void forEachGoal(CaseFacts facts, BiConsumer<GoalProgress, Set<InterventionKind>> each) {
        List<GoalProgress> progress = facts.goalProgress();
        List<Intervention> interventions = facts.childCase().interventions();
        int k = 0;
        for (Plan plan : facts.childCase().plans()) {
            if (plan.created().isAfter(facts.asOfDate())) {
                continue;
            }
            for (Goal goal : plan.goals()) {
                GoalProgress p = progress.get(k++);
                if (goal.interventionIds().isEmpty()) {
                    continue;
                }
                EnumSet<InterventionKind> kinds = EnumSet.noneOf(InterventionKind.class);
                for (PartId id : goal.interventionIds()) {
                    for (int i = 0; i < interventions.size(); i++) {
                        if (interventions.get(i).id().equals(id)) {
                            kinds.add(interventions.get(i).kind());
                        }
                    }
                }
                each.accept(p, kinds);
            }
        }
    }
}
