package dk.fremdrift.deadlines;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A legal duty that deadlines are set for, the same obligation across successive laws: {@link
 * #NOTIFICATION_ASSESSMENT} is serviceloven § 155, stk. 2 until 2023 and barnets lov § 136 from 2024. Every rule of
 * the rule book belongs to one duty, and the engine judges an event by the rule of its duty in force on the event's
 * date.
 *
 * <p>The statutory duties are the constants of this class, so a misspelt duty fails at compile time. A municipality's
 * own processing deadlines (retssikkerhedsloven § 3, stk. 2) name their own duties, read from its rule file with
 * {@link #of(String)}. Two duties are equal when their names are; the statutory ones are single instances. In JSON a
 * duty is its name.
 *
 * <pre>{@code
 * engine.dueFor(Duty.NOTIFICATION_ASSESSMENT, Instant.parse("2026-03-27T15:05:00Z")).dueAt();
 * evaluations.of(Duty.INVESTIGATION, PartId.of("u1"));
 * }</pre>
 */
public final class Duty implements Comparable<Duty> {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Map<String, Duty> STATUTORY = new LinkedHashMap<>();

    /** The 24-hour assessment of a notification. */
    public static final Duty NOTIFICATION_ASSESSMENT = statutory("NOTIFICATION_ASSESSMENT");
    /** The receipt to a professional notifier. */
    public static final Duty NOTIFIER_RECEIPT = statutory("NOTIFIER_RECEIPT");
    /** The child-welfare investigation within 4 months of awareness. */
    public static final Duty INVESTIGATION = statutory("INVESTIGATION");
    /** The preliminary assessment when the investigation is late. */
    public static final Duty PRELIMINARY_ASSESSMENT = statutory("PRELIMINARY_ASSESSMENT");
    /** The investigation that a decision on an investigation without consent concerns. */
    public static final Duty INVESTIGATION_WITHOUT_CONSENT = statutory("INVESTIGATION_WITHOUT_CONSENT");
    /** The plan within 3 months of a decision on placement. */
    public static final Duty PLAN = statutory("PLAN");
    /** The plan before a decision to place a child without consent. */
    public static final Duty PLAN_BEFORE_PLACEMENT_WITHOUT_CONSENT = statutory("PLAN_BEFORE_PLACEMENT_WITHOUT_CONSENT");
    /** The youth plan from 16. */
    public static final Duty YOUTH_PLAN = statutory("YOUTH_PLAN");
    /** The follow-ups on an intervention. */
    public static final Duty FOLLOW_UP = statutory("FOLLOW_UP");
    /** The supervision visits, with a conversation with the child, to a placed child. */
    public static final Duty SUPERVISION = statutory("SUPERVISION");
    /**
     * The re-treatment of a placement without consent of a child not placed outside the home in the year before
     * (serviceloven § 62, stk. 1: 1 year).
     */
    public static final Duty RETREATMENT_FIRST = statutory("RETREATMENT_FIRST");
    /**
     * The re-treatment after a decision to maintain a placement without consent, or to place a child placed outside
     * the home in the year before (serviceloven § 62, stk. 2: 2 years).
     */
    public static final Duty RETREATMENT_REPEAT = statutory("RETREATMENT_REPEAT");
    /** Written notice of an emergency decision. */
    public static final Duty EMERGENCY_NOTICE = statutory("EMERGENCY_NOTICE");
    /** The committee's approval of an emergency decision. */
    public static final Duty EMERGENCY_APPROVAL = statutory("EMERGENCY_APPROVAL");
    /** The one-month validity of an emergency decision. */
    public static final Duty EMERGENCY_VALIDITY = statutory("EMERGENCY_VALIDITY");
    /** The decision on support after 18. */
    public static final Duty DECISION_BEFORE_ADULTHOOD = statutory("DECISION_BEFORE_ADULTHOOD");
    /** The reassessment of a complaint. */
    public static final Duty COMPLAINT_REASSESSMENT = statutory("COMPLAINT_REASSESSMENT");
    /** A party's complaint period. */
    public static final Duty COMPLAINT_PERIOD = statutory("COMPLAINT_PERIOD");
    /** The answer to a request for access to documents. */
    public static final Duty ACCESS_TO_DOCUMENTS = statutory("ACCESS_TO_DOCUMENTS");

    private final String name;

    private Duty(String name) {
        this.name = name;
    }

    private static Duty statutory(String name) {
        Duty d = new Duty(name);
        STATUTORY.put(name, d);
        return d;
    }

    /**
     * Returns the duty of the given name: the statutory constant of that name, or a municipal duty.
     *
     * @param name upper-case words joined by underscores, such as {@code LOCAL_SCREENING}
     * @return the duty
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if the name is not upper-case words joined by underscores
     */
    @JsonCreator
    public static Duty of(String name) {
        Objects.requireNonNull(name, "name");
        Duty known = STATUTORY.get(name);
        if (known != null) {
            return known;
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("duty: expected upper-case words joined by underscores such as"
                    + " 'NOTIFICATION_ASSESSMENT', got a text of another form");
        }
        return new Duty(name);
    }

    /**
     * Returns the statutory duties, in the order of the case steps.
     *
     * @return the statutory duties
     */
    public static List<Duty> statutory() {
        return List.copyOf(STATUTORY.values());
    }

    /**
     * Returns the duty's name, such as {@code NOTIFICATION_ASSESSMENT}.
     *
     * @return the name
     */
    @JsonValue
    public String name() {
        return name;
    }

    /**
     * Tells whether this is one of the statutory duties of the built-in rule book.
     *
     * @return true for the constants of this class
     */
    public boolean isStatutory() {
        return STATUTORY.get(name) == this;
    }

    @Override
    public int compareTo(Duty other) {
        return name.compareTo(other.name);
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof Duty d && name.equals(d.name));
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** Returns the name. */
    @Override
    public String toString() {
        return name;
    }
}
