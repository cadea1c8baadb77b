package dk.fremdrift.deadlines;

import dk.fremdrift.model.PartId;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The evaluations of one case at one moment, as the engine returns them: an unmodifiable list in the rule book's
 * order of duties, then the order of the case's parts, with look-ups by duty and part.
 *
 * <p>A duty and a part name at most one evaluation for a deadline that does not recur, and one per occurrence for
 * a recurring one (follow-ups, supervision visits), numbered from 1. Look-ups go through the list: a case has tens
 * of evaluations, not thousands, so no index is built.
 *
 * <pre>{@code
 * DeadlineEvaluations evaluations = engine.evaluate(childCase, asOf);
 * evaluations.find(Duty.INVESTIGATION, PartId.of("u1"), 1).map(DeadlineEvaluation::status);   // Optional[OPEN]
 * evaluations.of(Duty.SUPERVISION, PartId.of("i2"));          // the visits' occurrences, in order
 * }</pre>
 */
public final class DeadlineEvaluations extends AbstractList<DeadlineEvaluation> implements RandomAccess {

    private final List<DeadlineEvaluation> evaluations;

    private DeadlineEvaluations(List<DeadlineEvaluation> evaluations) {
        this.evaluations = evaluations;
    }

    /**
     * Returns the evaluations as a {@code DeadlineEvaluations}, copied.
     *
     * @param evaluations the evaluations
     * @return the list
     * @throws NullPointerException if the list or an element is null
     */
    public static DeadlineEvaluations of(List<DeadlineEvaluation> evaluations) {
        return evaluations instanceof DeadlineEvaluations d ? d : new DeadlineEvaluations(List.copyOf(evaluations));
    }

    /** Wraps the engine's own list, which no one else holds. */
    static DeadlineEvaluations wrap(ArrayList<DeadlineEvaluation> evaluations) {
        return new DeadlineEvaluations(evaluations);
    }

    @Override
    public DeadlineEvaluation get(int index) {
        return evaluations.get(index);
    }

    @Override
    public int size() {
        return evaluations.size();
    }

    /** Returns the evaluations in an array, copied in one step rather than through an iterator. */
    @Override
    public Object[] toArray() {
        return evaluations.toArray();
    }

    /** Returns the evaluations in an array of the given type, copied in one step rather than through an iterator. */
    @Override
    public <T> T[] toArray(T[] a) {
        return evaluations.toArray(a);
    }

    /**
     * Returns the evaluations of a duty, in order.
     *
     * @param duty the duty
     * @return the evaluations; empty if none
     */
    public List<DeadlineEvaluation> of(Duty duty) {
        Objects.requireNonNull(duty, "duty");
        List<DeadlineEvaluation> out = new ArrayList<>();
        for (int i = 0; i < evaluations.size(); i++) {
            DeadlineEvaluation e = evaluations.get(i);
            if (e.duty().equals(duty)) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns the evaluations of a duty about a part of the case, one per occurrence, in order.
     *
     * @param duty the duty
     * @param part the key of the part the deadlines are about (a notification, an intervention...)
     * @return the evaluations; empty if none
     */
    public List<DeadlineEvaluation> of(Duty duty, PartId part) {
        Objects.requireNonNull(duty, "duty");
        Objects.requireNonNull(part, "part");
        List<DeadlineEvaluation> out = new ArrayList<>();
        for (int i = 0; i < evaluations.size(); i++) {
            DeadlineEvaluation e = evaluations.get(i);
            if (e.duty().equals(duty) && e.subjectId().filter(part::equals).isPresent()) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Finds the evaluation of one occurrence of a duty about a part of the case.
     *
     * @param duty the duty
     * @param part the key of the part
     * @param occurrence the occurrence, from 1; 1 for a deadline that does not recur
     * @return the evaluation, or empty
     * @throws IllegalArgumentException if the occurrence is less than 1
     */
    public Optional<DeadlineEvaluation> find(Duty duty, PartId part, int occurrence) {
        Objects.requireNonNull(duty, "duty");
        Objects.requireNonNull(part, "part");
        if (occurrence < 1) {
            throw new IllegalArgumentException("occurrence: expected 1 or more, got " + occurrence);
        }
        for (int i = 0; i < evaluations.size(); i++) {
            DeadlineEvaluation e = evaluations.get(i);
            if (e.occurrence() == occurrence
                    && e.duty().equals(duty)
                    && e.subjectId().filter(part::equals).isPresent()) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the evaluations that are pending ({@link DeadlineStatus#isPending()}), in order.
     *
     * @return the pending evaluations
     */
    public List<DeadlineEvaluation> pending() {
        List<DeadlineEvaluation> out = new ArrayList<>();
        for (int i = 0; i < evaluations.size(); i++) {
            if (evaluations.get(i).status().isPending()) {
                out.add(evaluations.get(i));
            }
        }
        return List.copyOf(out);
    }
}
