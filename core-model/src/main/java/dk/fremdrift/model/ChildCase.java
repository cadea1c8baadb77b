package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A child's case (børnesag): the child, the municipality, the journal number and the parts of the case in the
 * order of the case steps, from notifications to closing.
 *
 * <p>A case records what happened and when (moments as {@link java.time.Instant}, dates as {@link LocalDate}
 * in Danish time) and nothing derived: deadlines, findings and indicators are computed from it by the other
 * modules. It is immutable; the lists keep the order they were given in, and paths such as {@code
 * investigations[1]} index into them.
 *
 * <p>Beyond the checks of each part, a case checks that:
 *
 * <ul>
 *   <li>part keys are unique within the case (goals included);
 *   <li>every reference points at a part of the right kind in the same case: a screening's notifications, a
 *       conversation's decision, a decision's granted interventions and investigation, a follow-up's or visit's
 *       intervention, a complaint's decision, a justification's part;
 *   <li>caseworker assignments do not overlap;
 *   <li>the case is not closed before it was opened, and not opened more than {@value #MONTHS_OPENED_BEFORE_BIRTH}
 *       months before the child's birth date: a case may start before the birth, on a notification about an
 *       unborn child or a decision prepared before the birth (Social- og Boligministeriets vejledning nr. 9148 af
 *       15/03/2024 describes placement decisions made before a child is born), but never longer than a pregnancy
 *       before it, which is a mistyped date.
 * </ul>
 *
 * <p>In JSON a case is one object with stable camelCase field names; empty lists and absent values are left
 * out, and read back as empty. A JSON Schema of the format ships with this module as the resource {@value
 * #JSON_SCHEMA_RESOURCE}.
 *
 * <pre>{@code
 * ChildCase c = ChildCase.builder(CaseId.of("2026-0042"), Child.of(LocalDate.of(2015, 3, 4)),
 *                 MunicipalityCode.of(101), KleNumber.parse("27.24.00-G01"), LocalDate.of(2026, 3, 27))
 *         .addNotification(Notification.of(PartId.of("n1"), Instant.parse("2026-03-27T15:05:00Z"),
 *                         NotifierKind.PROFESSIONAL)
 *                 .withAssessment(Assessment.of(Instant.parse("2026-03-28T08:30:00Z"), AssessmentOutcome.ENDANGERED)))
 *         .addInvestigation(Investigation.of(PartId.of("u1"), LocalDate.of(2026, 3, 27), LocalDate.of(2026, 4, 2)))
 *         .build();
 * }</pre>
 *
 * @param id the case's key
 * @param child the child
 * @param municipality the acting municipality (handlekommune)
 * @param kle the case's journal-plan number
 * @param opened the date the case was opened
 * @param notifications notifications of concern (underretninger)
 * @param screenings screenings
 * @param explorations explorations (afdækninger)
 * @param investigations child-welfare investigations (børnefaglige undersøgelser)
 * @param childConversations conversations with the child (børnesamtaler), held or omitted
 * @param decisions decisions (afgørelser)
 * @param plans plans (barnets plan, ungeplan, handleplan) with their goals
 * @param interventions interventions (indsatser) with their prices
 * @param followUps follow-ups (opfølgninger)
 * @param supervisionVisits supervision visits to a placed child (tilsynsbesøg)
 * @param assignments caseworker assignments, not overlapping
 * @param managementReviews leaders' case reviews (ledelsestilsyn)
 * @param complaints complaints about decisions (klager)
 * @param accessRequests requests for access to documents (aktindsigt)
 * @param justifications justifications recorded for queries of the case review
 * @param closing the closing of the case, if it is closed; not before {@code opened}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
    "id",
    "child",
    "municipality",
    "kle",
    "opened",
    "notifications",
    "screenings",
    "explorations",
    "investigations",
    "childConversations",
    "decisions",
    "plans",
    "interventions",
    "followUps",
    "supervisionVisits",
    "assignments",
    "managementReviews",
    "complaints",
    "accessRequests",
    "justifications",
    "closing"
})
public record ChildCase(
        CaseId id,
        Child child,
        MunicipalityCode municipality,
        KleNumber kle,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        LocalDate opened,

        List<Notification> notifications,
        List<Screening> screenings,
        List<Exploration> explorations,
        List<Investigation> investigations,
        List<ChildConversation> childConversations,
        List<Decision> decisions,
        List<Plan> plans,
        List<Intervention> interventions,
        List<FollowUp> followUps,
        List<SupervisionVisit> supervisionVisits,
        List<CaseworkerAssignment> assignments,
        List<ManagementReview> managementReviews,
        List<Complaint> complaints,
        List<AccessRequest> accessRequests,
        List<Justification> justifications,
        Optional<CaseClosing> closing) {

    /**
     * How many months before the child's birth date a case may be opened: the length of a pregnancy, rounded up.
     */
    public static final int MONTHS_OPENED_BEFORE_BIRTH = 10;

    /** The class-path resource that holds the JSON Schema of a case. */
    public static final String JSON_SCHEMA_RESOURCE = "/dk/fremdrift/model/child-case.schema.json";

    /**
     * The class-path resource that holds an example case document, valid against the schema, with every kind of
     * part.
     */
    public static final String JSON_EXAMPLE_RESOURCE = "/dk/fremdrift/model/example-case.json";

    /**
     * Checks the case: each component, and the rules across parts listed above.
     *
     * @param id the case's key
     * @param child the child
     * @param municipality the acting municipality (handlekommune)
     * @param kle the case's journal-plan number
     * @param opened the date the case was opened
     * @param notifications notifications of concern (underretninger)
     * @param screenings screenings
     * @param explorations explorations (afdækninger)
     * @param investigations child-welfare investigations (børnefaglige undersøgelser)
     * @param childConversations conversations with the child (børnesamtaler), held or omitted
     * @param decisions decisions (afgørelser)
     * @param plans plans (barnets plan, ungeplan, handleplan) with their goals
     * @param interventions interventions (indsatser) with their prices
     * @param followUps follow-ups (opfølgninger)
     * @param supervisionVisits supervision visits to a placed child (tilsynsbesøg)
     * @param assignments caseworker assignments, not overlapping
     * @param managementReviews leaders' case reviews (ledelsestilsyn)
     * @param complaints complaints about decisions (klager)
     * @param accessRequests requests for access to documents (aktindsigt)
     * @param justifications justifications recorded for queries of the case review
     * @param closing the closing of the case, if it is closed; not before {@code opened}
     * @throws NullPointerException if {@code id}, {@code child}, {@code municipality}, {@code kle} or {@code
     *     opened} is null, or a list holds a null
     * @throws IllegalArgumentException if a rule across parts is broken; the message names the parts by path
     */
    public ChildCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(kle, "kle");
        Objects.requireNonNull(opened, "opened");
        notifications = Checks.list(notifications, "notifications");
        screenings = Checks.list(screenings, "screenings");
        explorations = Checks.list(explorations, "explorations");
        investigations = Checks.list(investigations, "investigations");
        childConversations = Checks.list(childConversations, "childConversations");
        decisions = Checks.list(decisions, "decisions");
        plans = Checks.list(plans, "plans");
        interventions = Checks.list(interventions, "interventions");
        followUps = Checks.list(followUps, "followUps");
        supervisionVisits = Checks.list(supervisionVisits, "supervisionVisits");
        assignments = Checks.list(assignments, "assignments");
        managementReviews = Checks.list(managementReviews, "managementReviews");
        complaints = Checks.list(complaints, "complaints");
        accessRequests = Checks.list(accessRequests, "accessRequests");
        justifications = Checks.list(justifications, "justifications");
        closing = Checks.optional(closing);
        closing.ifPresent(c -> Checks.notBefore(c.closed(), "closing.closed", opened, "opened"));
        if (opened.isBefore(child.birthDate().minusMonths(MONTHS_OPENED_BEFORE_BIRTH))) {
            throw new IllegalArgumentException("opened: expected a date no more than " + MONTHS_OPENED_BEFORE_BIRTH
                    + " months before child.birthDate (a case about an unborn child), got an earlier date");
        }

        Map<PartId, String> paths = new HashMap<>();
        register(paths, "notifications", notifications);
        register(paths, "screenings", screenings);
        register(paths, "explorations", explorations);
        register(paths, "investigations", investigations);
        register(paths, "childConversations", childConversations);
        register(paths, "decisions", decisions);
        register(paths, "plans", plans);
        for (int p = 0; p < plans.size(); p++) {
            register(paths, "plans[" + p + "].goals", plans.get(p).goals());
        }
        register(paths, "interventions", interventions);
        register(paths, "followUps", followUps);
        register(paths, "supervisionVisits", supervisionVisits);
        register(paths, "assignments", assignments);
        register(paths, "managementReviews", managementReviews);
        register(paths, "complaints", complaints);
        register(paths, "accessRequests", accessRequests);
        register(paths, "justifications", justifications);

        for (int i = 0; i < screenings.size(); i++) {
            List<PartId> ids = screenings.get(i).notificationIds();
            for (int j = 0; j < ids.size(); j++) {
                reference(paths, ids.get(j), "notifications", "screenings[" + i + "].notificationIds[" + j + "]");
            }
        }
        for (int i = 0; i < childConversations.size(); i++) {
            int at = i;
            childConversations
                    .get(i)
                    .decisionId()
                    .ifPresent(d -> reference(paths, d, "decisions", "childConversations[" + at + "].decisionId"));
        }
        for (int i = 0; i < decisions.size(); i++) {
            List<PartId> ids = decisions.get(i).grantedInterventions();
            for (int j = 0; j < ids.size(); j++) {
                reference(paths, ids.get(j), "interventions", "decisions[" + i + "].grantedInterventions[" + j + "]");
            }
            int at = i;
            decisions
                    .get(i)
                    .investigationId()
                    .ifPresent(x -> reference(paths, x, "investigations", "decisions[" + at + "].investigationId"));
            decisions
                    .get(i)
                    .basedOn()
                    .ifPresent(x -> reference(paths, x, "investigations", "decisions[" + at + "].basedOn"));
        }
        for (int p = 0; p < plans.size(); p++) {
            List<Goal> goals = plans.get(p).goals();
            for (int g = 0; g < goals.size(); g++) {
                List<PartId> ids = goals.get(g).interventionIds();
                for (int j = 0; j < ids.size(); j++) {
                    reference(
                            paths,
                            ids.get(j),
                            "interventions",
                            "plans[" + p + "].goals[" + g + "].interventionIds[" + j + "]");
                }
            }
        }
        for (int i = 0; i < followUps.size(); i++) {
            int at = i;
            followUps
                    .get(i)
                    .interventionId()
                    .ifPresent(x -> reference(paths, x, "interventions", "followUps[" + at + "].interventionId"));
        }
        for (int i = 0; i < supervisionVisits.size(); i++) {
            int at = i;
            supervisionVisits
                    .get(i)
                    .interventionId()
                    .ifPresent(
                            x -> reference(paths, x, "interventions", "supervisionVisits[" + at + "].interventionId"));
        }
        for (int i = 0; i < complaints.size(); i++) {
            int at = i;
            complaints
                    .get(i)
                    .decisionId()
                    .ifPresent(d -> reference(paths, d, "decisions", "complaints[" + at + "].decisionId"));
        }
        for (int i = 0; i < justifications.size(); i++) {
            int at = i;
            justifications
                    .get(i)
                    .partId()
                    .ifPresent(x -> reference(paths, x, null, "justifications[" + at + "].partId"));
        }
        checkNoOverlap(assignments);
    }

    private static void register(Map<PartId, String> paths, String list, List<? extends CasePart> parts) {
        for (int i = 0; i < parts.size(); i++) {
            String path = list + "[" + i + "]";
            String previous = paths.putIfAbsent(parts.get(i).id(), path);
            if (previous != null) {
                throw new IllegalArgumentException(
                        path + ".id: expected a key unique within the case, got the key of " + previous);
            }
        }
    }

    private static void reference(Map<PartId, String> paths, PartId target, String list, String field) {
        String path = paths.get(target);
        boolean ok = path != null && (list == null || path.startsWith(list + "["));
        if (!ok) {
            String expected = list == null ? "a part of this case" : "one of this case's " + list;
            throw new IllegalArgumentException(field + ": expected the key of " + expected + ", got "
                    + (path == null ? "a key that is not in the case" : "the key of " + path));
        }
    }

    private static void checkNoOverlap(List<CaseworkerAssignment> assignments) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> assignments.get(i).from()));
        for (int k = 1; k < order.size(); k++) {
            CaseworkerAssignment earlier = assignments.get(order.get(k - 1));
            CaseworkerAssignment later = assignments.get(order.get(k));
            boolean overlaps =
                    earlier.until().map(u -> later.from().isBefore(u)).orElse(true);
            if (overlaps) {
                throw new IllegalArgumentException("assignments[" + order.get(k)
                        + "].from: expected assignments that do not overlap, got a date before the end of assignments["
                        + order.get(k - 1) + "]" + (earlier.until().isPresent() ? "" : ", which is still current"));
            }
        }
    }

    /**
     * Returns a builder for a case with the required fields and no parts.
     *
     * @param id the case's key
     * @param child the child
     * @param municipality the acting municipality
     * @param kle the journal-plan number
     * @param opened the date the case was opened
     * @return the builder
     */
    public static Builder builder(
            CaseId id, Child child, MunicipalityCode municipality, KleNumber kle, LocalDate opened) {
        return new Builder(id, child, municipality, kle, opened);
    }

    /**
     * Returns a builder that starts from this case, to make a changed copy.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, child, municipality, kle, opened);
        b.notifications.addAll(notifications);
        b.screenings.addAll(screenings);
        b.explorations.addAll(explorations);
        b.investigations.addAll(investigations);
        b.childConversations.addAll(childConversations);
        b.decisions.addAll(decisions);
        b.plans.addAll(plans);
        b.interventions.addAll(interventions);
        b.followUps.addAll(followUps);
        b.supervisionVisits.addAll(supervisionVisits);
        b.assignments.addAll(assignments);
        b.managementReviews.addAll(managementReviews);
        b.complaints.addAll(complaints);
        b.accessRequests.addAll(accessRequests);
        b.justifications.addAll(justifications);
        b.closing = closing.orElse(null);
        return b;
    }

    /**
     * Finds a part of the case by its key, goals included.
     *
     * @param partId the key
     * @return the part, or empty if the case has no part with that key
     */
    public Optional<CasePart> findPart(PartId partId) {
        Objects.requireNonNull(partId, "partId");
        for (int l = 0; l < PART_LIST_NAMES.length; l++) {
            for (CasePart part : partList(l)) {
                if (part.id().equals(partId)) {
                    return Optional.of(part);
                }
            }
        }
        for (Plan plan : plans) {
            for (Goal goal : plan.goals()) {
                if (goal.id().equals(partId)) {
                    return Optional.of(goal);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the path of a part within the case, such as {@code investigations[1]} or {@code plans[0].goals[2]}:
     * the JSON field and index, so a reader can find the part in the case document.
     *
     * @param partId the key
     * @return the path, or empty if the case has no part with that key
     */
    public Optional<String> pathOf(PartId partId) {
        Objects.requireNonNull(partId, "partId");
        for (int l = 0; l < PART_LIST_NAMES.length; l++) {
            List<? extends CasePart> list = partList(l);
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).id().equals(partId)) {
                    return Optional.of(i < PATHS[l].length ? PATHS[l][i] : PART_LIST_NAMES[l] + "[" + i + "]");
                }
            }
        }
        for (int p = 0; p < plans.size(); p++) {
            List<Goal> goals = plans.get(p).goals();
            for (int g = 0; g < goals.size(); g++) {
                if (goals.get(g).id().equals(partId)) {
                    return Optional.of(
                            p < GOAL_PATHS.length && g < GOAL_PATHS[p].length
                                    ? GOAL_PATHS[p][g]
                                    : "plans[" + p + "].goals[" + g + "]");
                }
            }
        }
        return Optional.empty();
    }

    /** The JSON names of the lists of parts, in the order of {@link #partList(int)}. */
    private static final String[] PART_LIST_NAMES = {
        "notifications",
        "screenings",
        "explorations",
        "investigations",
        "childConversations",
        "decisions",
        "plans",
        "interventions",
        "followUps",
        "supervisionVisits",
        "assignments",
        "managementReviews",
        "complaints",
        "accessRequests",
        "justifications"
    };

    /**
     * The paths of the first parts of each list ({@code notifications[0]} ...) and of the first goals of the first
     * plans, made once: every review finding about a part carries its path.
     */
    private static final String[][] PATHS = new String[PART_LIST_NAMES.length][16];

    private static final String[][] GOAL_PATHS = new String[8][8];

    static {
        for (int l = 0; l < PATHS.length; l++) {
            for (int i = 0; i < PATHS[l].length; i++) {
                PATHS[l][i] = PART_LIST_NAMES[l] + "[" + i + "]";
            }
        }
        for (int p = 0; p < GOAL_PATHS.length; p++) {
            for (int g = 0; g < GOAL_PATHS[p].length; g++) {
                GOAL_PATHS[p][g] = "plans[" + p + "].goals[" + g + "]";
            }
        }
    }

    /** The list of parts with the index in {@link #PART_LIST_NAMES}, without making a list of the lists. */
    private List<? extends CasePart> partList(int index) {
        return switch (index) {
            case 0 -> notifications;
            case 1 -> screenings;
            case 2 -> explorations;
            case 3 -> investigations;
            case 4 -> childConversations;
            case 5 -> decisions;
            case 6 -> plans;
            case 7 -> interventions;
            case 8 -> followUps;
            case 9 -> supervisionVisits;
            case 10 -> assignments;
            case 11 -> managementReviews;
            case 12 -> complaints;
            case 13 -> accessRequests;
            case 14 -> justifications;
            default -> throw new IndexOutOfBoundsException(index);
        };
    }

    /**
     * Returns the caseworker assignment in force on a date, if any.
     *
     * @param date the date
     * @return the assignment, or empty if no caseworker was responsible that day
     */
    public Optional<CaseworkerAssignment> assignmentOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (CaseworkerAssignment a : assignments) {
            if (a.isActiveOn(date)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether the case is open on a date: opened on or before it, and not closed on or before it.
     *
     * @param date the date
     * @return true if the case is open that day
     */
    public boolean isOpenOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(opened)
                && (closing.isEmpty() || date.isBefore(closing.get().closed()));
    }

    /**
     * Returns the case's key, municipality and the number of each kind of part; never personal data.
     *
     * @return a summary for logs
     */
    @Override
    public String toString() {
        return "ChildCase[id=" + id + ", municipality=" + municipality.format() + ", kle=" + kle.format()
                + ", opened=" + opened + ", notifications=" + notifications.size() + ", investigations="
                + investigations.size() + ", decisions=" + decisions.size() + ", plans=" + plans.size()
                + ", interventions=" + interventions.size() + ", followUps=" + followUps.size()
                + ", supervisionVisits=" + supervisionVisits.size() + ", assignments=" + assignments.size()
                + ", closed=" + closing.map(c -> c.closed().toString()).orElse("no") + "]";
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(ChildCase.class, name);
    }

    /**
     * Builds a {@link ChildCase}. Not thread-safe; {@link #build()} checks everything and may be called more
     * than once.
     */
    public static final class Builder {
        private final CaseId id;
        private final Child child;
        private final MunicipalityCode municipality;
        private final KleNumber kle;
        private final LocalDate opened;
        private final List<Notification> notifications = new ArrayList<>();
        private final List<Screening> screenings = new ArrayList<>();
        private final List<Exploration> explorations = new ArrayList<>();
        private final List<Investigation> investigations = new ArrayList<>();
        private final List<ChildConversation> childConversations = new ArrayList<>();
        private final List<Decision> decisions = new ArrayList<>();
        private final List<Plan> plans = new ArrayList<>();
        private final List<Intervention> interventions = new ArrayList<>();
        private final List<FollowUp> followUps = new ArrayList<>();
        private final List<SupervisionVisit> supervisionVisits = new ArrayList<>();
        private final List<CaseworkerAssignment> assignments = new ArrayList<>();
        private final List<ManagementReview> managementReviews = new ArrayList<>();
        private final List<Complaint> complaints = new ArrayList<>();
        private final List<AccessRequest> accessRequests = new ArrayList<>();
        private final List<Justification> justifications = new ArrayList<>();
        private CaseClosing closing;

        private Builder(CaseId id, Child child, MunicipalityCode municipality, KleNumber kle, LocalDate opened) {
            this.id = Objects.requireNonNull(id, "id");
            this.child = Objects.requireNonNull(child, "child");
            this.municipality = Objects.requireNonNull(municipality, "municipality");
            this.kle = Objects.requireNonNull(kle, "kle");
            this.opened = Objects.requireNonNull(opened, "opened");
        }

        /**
         * Adds a notification.
         *
         * @param notification the notification
         * @return this builder
         */
        public Builder addNotification(Notification notification) {
            notifications.add(Objects.requireNonNull(notification, "notification"));
            return this;
        }

        /**
         * Adds a screening.
         *
         * @param screening the screening
         * @return this builder
         */
        public Builder addScreening(Screening screening) {
            screenings.add(Objects.requireNonNull(screening, "screening"));
            return this;
        }

        /**
         * Adds an exploration.
         *
         * @param exploration the exploration
         * @return this builder
         */
        public Builder addExploration(Exploration exploration) {
            explorations.add(Objects.requireNonNull(exploration, "exploration"));
            return this;
        }

        /**
         * Adds an investigation.
         *
         * @param investigation the investigation
         * @return this builder
         */
        public Builder addInvestigation(Investigation investigation) {
            investigations.add(Objects.requireNonNull(investigation, "investigation"));
            return this;
        }

        /**
         * Adds a conversation with the child.
         *
         * @param conversation the conversation
         * @return this builder
         */
        public Builder addChildConversation(ChildConversation conversation) {
            childConversations.add(Objects.requireNonNull(conversation, "conversation"));
            return this;
        }

        /**
         * Adds a decision.
         *
         * @param decision the decision
         * @return this builder
         */
        public Builder addDecision(Decision decision) {
            decisions.add(Objects.requireNonNull(decision, "decision"));
            return this;
        }

        /**
         * Adds a plan.
         *
         * @param plan the plan
         * @return this builder
         */
        public Builder addPlan(Plan plan) {
            plans.add(Objects.requireNonNull(plan, "plan"));
            return this;
        }

        /**
         * Adds an intervention.
         *
         * @param intervention the intervention
         * @return this builder
         */
        public Builder addIntervention(Intervention intervention) {
            interventions.add(Objects.requireNonNull(intervention, "intervention"));
            return this;
        }

        /**
         * Adds a follow-up.
         *
         * @param followUp the follow-up
         * @return this builder
         */
        public Builder addFollowUp(FollowUp followUp) {
            followUps.add(Objects.requireNonNull(followUp, "followUp"));
            return this;
        }

        /**
         * Adds a supervision visit.
         *
         * @param visit the visit
         * @return this builder
         */
        public Builder addSupervisionVisit(SupervisionVisit visit) {
            supervisionVisits.add(Objects.requireNonNull(visit, "visit"));
            return this;
        }

        /**
         * Adds a caseworker assignment.
         *
         * @param assignment the assignment
         * @return this builder
         */
        public Builder addAssignment(CaseworkerAssignment assignment) {
            assignments.add(Objects.requireNonNull(assignment, "assignment"));
            return this;
        }

        /**
         * Adds a management review.
         *
         * @param review the review
         * @return this builder
         */
        public Builder addManagementReview(ManagementReview review) {
            managementReviews.add(Objects.requireNonNull(review, "review"));
            return this;
        }

        /**
         * Adds a complaint.
         *
         * @param complaint the complaint
         * @return this builder
         */
        public Builder addComplaint(Complaint complaint) {
            complaints.add(Objects.requireNonNull(complaint, "complaint"));
            return this;
        }

        /**
         * Adds a request for access to documents.
         *
         * @param request the request
         * @return this builder
         */
        public Builder addAccessRequest(AccessRequest request) {
            accessRequests.add(Objects.requireNonNull(request, "request"));
            return this;
        }

        /**
         * Adds a justification.
         *
         * @param justification the justification
         * @return this builder
         */
        public Builder addJustification(Justification justification) {
            justifications.add(Objects.requireNonNull(justification, "justification"));
            return this;
        }

        /**
         * Sets the closing of the case.
         *
         * @param closing the closing
         * @return this builder
         */
        public Builder closing(CaseClosing closing) {
            this.closing = Objects.requireNonNull(closing, "closing");
            return this;
        }

        /**
         * Builds the case.
         *
         * @return the case
         * @throws IllegalArgumentException if a rule across parts is broken
         */
        public ChildCase build() {
            return new ChildCase(
                    id,
                    child,
                    municipality,
                    kle,
                    opened,
                    notifications,
                    screenings,
                    explorations,
                    investigations,
                    childConversations,
                    decisions,
                    plans,
                    interventions,
                    followUps,
                    supervisionVisits,
                    assignments,
                    managementReviews,
                    complaints,
                    accessRequests,
                    justifications,
                    Optional.ofNullable(closing));
        }
    }
}
