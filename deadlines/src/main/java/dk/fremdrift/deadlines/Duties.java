package dk.fremdrift.deadlines;

/**
 * The names of the statutory duties of the built-in rule book. A duty is the same legal obligation across
 * successive laws: {@link #NOTIFICATION_ASSESSMENT} is serviceloven § 155, stk. 2 until 2023 and barnets lov § 136
 * from 2024. Pass a duty to {@link DeadlineEngine#dueFor(String, java.time.Instant)} to get the deadline under the
 * law in force on the trigger's date.
 */
public final class Duties {

    /** The 24-hour assessment of a notification. */
    public static final String NOTIFICATION_ASSESSMENT = "NOTIFICATION_ASSESSMENT";
    /** The receipt to a professional notifier. */
    public static final String NOTIFIER_RECEIPT = "NOTIFIER_RECEIPT";
    /** The child-welfare investigation within 4 months of awareness. */
    public static final String INVESTIGATION = "INVESTIGATION";
    /** The preliminary assessment when the investigation is late. */
    public static final String PRELIMINARY_ASSESSMENT = "PRELIMINARY_ASSESSMENT";
    /** The investigation without consent. */
    public static final String INVESTIGATION_WITHOUT_CONSENT = "INVESTIGATION_WITHOUT_CONSENT";
    /** The plan within 3 months of a placement decision. */
    public static final String PLAN = "PLAN";
    /** The plan before a placement without consent. */
    public static final String PLAN_BEFORE_PLACEMENT_WITHOUT_CONSENT = "PLAN_BEFORE_PLACEMENT_WITHOUT_CONSENT";
    /** The youth plan from 16. */
    public static final String YOUTH_PLAN = "YOUTH_PLAN";
    /** The follow-ups on an intervention. */
    public static final String FOLLOW_UP = "FOLLOW_UP";
    /** The supervision visits to a placed child. */
    public static final String SUPERVISION = "SUPERVISION";
    /** The first re-treatment of a placement without consent. */
    public static final String RETREATMENT_FIRST = "RETREATMENT_FIRST";
    /** A repeated re-treatment of a placement without consent. */
    public static final String RETREATMENT_REPEAT = "RETREATMENT_REPEAT";
    /** Written notice of an emergency decision. */
    public static final String EMERGENCY_NOTICE = "EMERGENCY_NOTICE";
    /** The committee's approval of an emergency decision. */
    public static final String EMERGENCY_APPROVAL = "EMERGENCY_APPROVAL";
    /** The one-month validity of an emergency decision. */
    public static final String EMERGENCY_VALIDITY = "EMERGENCY_VALIDITY";
    /** The decision on support after 18. */
    public static final String DECISION_BEFORE_ADULTHOOD = "DECISION_BEFORE_ADULTHOOD";
    /** The reassessment of a complaint. */
    public static final String COMPLAINT_REASSESSMENT = "COMPLAINT_REASSESSMENT";
    /** A party's complaint period. */
    public static final String COMPLAINT_PERIOD = "COMPLAINT_PERIOD";
    /** The answer to a request for access to documents. */
    public static final String ACCESS_TO_DOCUMENTS = "ACCESS_TO_DOCUMENTS";

    private Duties() {}
}
