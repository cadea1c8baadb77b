package dk.fremdrift.model;

/**
 * One part of a child's case with its own key: a notification, a decision, a goal and so on.
 *
 * <p>Part keys are unique within a case, so a finding, a deadline or a justification can point at the part it
 * is about. {@link ChildCase#pathOf(PartId)} gives the part's place in the case, such as {@code
 * investigations[1]} or {@code plans[0].goals[2]}.
 */
public sealed interface CasePart
        permits AccessRequest,
                CaseworkerAssignment,
                ChildConversation,
                Complaint,
                Decision,
                Exploration,
                FollowUp,
                Goal,
                Intervention,
                Investigation,
                Justification,
                ManagementReview,
                Notification,
                Plan,
                Screening,
                SupervisionVisit {

    /**
     * Returns the part's key, unique within its case.
     *
     * @return the key
     */
    PartId id();
}
