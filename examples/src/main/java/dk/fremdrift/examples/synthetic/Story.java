package dk.fremdrift.examples.synthetic;

import dk.fremdrift.model.AccessRequest;
import dk.fremdrift.model.CaseClosing;
import dk.fremdrift.model.CaseId;
import dk.fremdrift.model.CaseworkerAssignment;
import dk.fremdrift.model.Child;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.ChildConversation;
import dk.fremdrift.model.Complaint;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.Exploration;
import dk.fremdrift.model.FollowUp;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.model.KleNumber;
import dk.fremdrift.model.ManagementReview;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.Screening;
import dk.fremdrift.model.SupervisionVisit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The mutable working state of one generated case: what {@link CaseGenerator} wrote, before {@link Staffing} adds
 * the caseworkers and {@link #toCase} checks it all through the model's constructors.
 */
final class Story {

    /** Journal-plan number of child-welfare main cases under serviceloven (KLE 27.24.00, facet G01). */
    static final KleNumber KLE = KleNumber.parse("27.24.00-G01");

    /**
     * Journal-plan number of cases under barnets lov with a placement without consent (KLE 34.25.00, facet G01;
     * one source, KLE-Online's form list of May 2025, so UNCONFIRMED in detail).
     */
    static final KleNumber KLE_BL_PLACEMENT_WITHOUT_CONSENT = KleNumber.parse("34.25.00-G01");

    /**
     * Journal-plan number of other cases under barnets lov: main group 34, the group of afdækning and undersøgelse
     * (34.10.00, facet G01; the group of DOMAIN.md's 34.10.10, UNCONFIRMED in detail).
     */
    static final KleNumber KLE_BL = KleNumber.parse("34.10.00-G01");

    // Prefixes of part keys, as a Danish case system might number them.
    static final int NOTIFICATION = 0;
    static final int SCREENING = 1;
    static final int EXPLORATION = 2;
    static final int INVESTIGATION = 3;
    static final int CONVERSATION = 4;
    static final int DECISION = 5;
    static final int PLAN = 6;
    static final int GOAL = 7;
    static final int INTERVENTION = 8;
    static final int FOLLOW_UP = 9;
    static final int VISIT = 10;
    static final int ASSIGNMENT = 11;
    static final int REVIEW = 12;
    static final int COMPLAINT = 13;
    static final int ACCESS_REQUEST = 14;

    private static final String[] PREFIXES = {
        "UND-", "SCR-", "AFD-", "BFU-", "SAM-", "AFG-", "PLAN-", "MAAL-", "IND-", "OPF-", "TIL-", "ANSV-", "LT-",
        "KLA-", "AKT-"
    };

    final int index;
    final SplitMix64 rng;
    LocalDate opened;
    Child child;
    LocalDate adult;
    LocalDate cutoff;
    Instant cutoffInstant;
    boolean moved;
    boolean serious;
    LocalDate lastActivity;
    CaseClosing closing;

    final List<Notification> notifications = new ArrayList<>();
    final List<Screening> screenings = new ArrayList<>();
    final List<Exploration> explorations = new ArrayList<>();
    final List<Investigation> investigations = new ArrayList<>();
    final List<ChildConversation> childConversations = new ArrayList<>();
    final List<Decision> decisions = new ArrayList<>();
    final List<Plan> plans = new ArrayList<>();
    final List<Intervention> interventions = new ArrayList<>();
    final List<FollowUp> followUps = new ArrayList<>();
    final List<SupervisionVisit> supervisionVisits = new ArrayList<>();
    final List<LocalDate> reviewDates = new ArrayList<>();
    final List<ManagementReview> managementReviews = new ArrayList<>();
    final List<Complaint> complaints = new ArrayList<>();
    final List<AccessRequest> accessRequests = new ArrayList<>();

    private final int[] counters = new int[PREFIXES.length];

    Story(int index, SplitMix64 rng) {
        this.index = index;
        this.rng = rng;
    }

    /** The next key of a kind of part, such as {@code UND-3}. */
    PartId next(int kind) {
        return PartId.of(PREFIXES[kind] + ++counters[kind]);
    }

    /** Records that something happened on a date, so the case is not closed before it. */
    void touch(LocalDate date) {
        if (date.isAfter(lastActivity)) {
            lastActivity = date;
        }
    }

    /** The first day the case is no longer this municipality's: the closing, the move, or the snapshot. */
    LocalDate end() {
        return closing != null ? closing.closed() : cutoff;
    }

    /** Cases opened under barnets lov (from 2024) are filed under its KLE main group, 34; older ones under 27.24. */
    private KleNumber kle() {
        if (opened.isBefore(CaseGenerator.BARNETS_LOV_START)) {
            return KLE;
        }
        for (var d : decisions) {
            if (d.kind() == dk.fremdrift.model.DecisionKind.PLACEMENT_WITHOUT_CONSENT) {
                return KLE_BL_PLACEMENT_WITHOUT_CONSENT;
            }
        }
        return KLE_BL;
    }

    ChildCase toCase(CaseId id, MunicipalityCode municipality, List<CaseworkerAssignment> assignments) {
        ChildCase.Builder b = ChildCase.builder(id, child, municipality, kle(), opened);
        notifications.forEach(b::addNotification);
        screenings.forEach(b::addScreening);
        explorations.forEach(b::addExploration);
        investigations.forEach(b::addInvestigation);
        childConversations.forEach(b::addChildConversation);
        decisions.forEach(b::addDecision);
        plans.forEach(b::addPlan);
        interventions.forEach(b::addIntervention);
        followUps.forEach(b::addFollowUp);
        supervisionVisits.forEach(b::addSupervisionVisit);
        assignments.forEach(b::addAssignment);
        managementReviews.forEach(b::addManagementReview);
        complaints.forEach(b::addComplaint);
        accessRequests.forEach(b::addAccessRequest);
        if (closing != null) {
            b.closing(closing);
        }
        return b.build();
    }
}
