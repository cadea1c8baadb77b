package dk.fremdrift.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.testing.RandomCases;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator behind the property tests covers the whole format, and is reproducible from its seed. */
class RandomCasesTest {

    static final long SEED = 42L;

    @Test
    void nextCase_sameSeed_equalCasesAndHashCodes() {
        RandomCases a = new RandomCases(SEED);
        RandomCases b = new RandomCases(SEED);
        for (int i = 0; i < 50; i++) {
            ChildCase x = a.nextCase();
            ChildCase y = b.nextCase();

            assertThat(x).isEqualTo(y).hasSameHashCodeAs(y);
            assertThat(x.toBuilder().build()).isEqualTo(x);
        }
        assertThat(new RandomCases(SEED).nextCase()).isNotEqualTo(new RandomCases(SEED + 1).nextCase());
    }

    @Test
    void nextCase_manyCases_everyPartAndOptionalFieldSeenPresentAndAbsent() {
        RandomCases random = new RandomCases(SEED);
        Set<String> present = new HashSet<>();
        Set<String> absent = new HashSet<>();
        Set<InterventionKind> kinds = EnumSet.noneOf(InterventionKind.class);
        for (int i = 0; i < 400; i++) {
            ChildCase c = random.nextCase();
            record(c, present, absent);
            c.interventions().forEach(x -> kinds.add(x.kind()));
        }

        List<String> everything = List.of(
                "ChildCase.notifications",
                "ChildCase.screenings",
                "ChildCase.explorations",
                "ChildCase.investigations",
                "ChildCase.childConversations",
                "ChildCase.decisions",
                "ChildCase.plans",
                "ChildCase.interventions",
                "ChildCase.followUps",
                "ChildCase.supervisionVisits",
                "ChildCase.assignments",
                "ChildCase.managementReviews",
                "ChildCase.complaints",
                "ChildCase.accessRequests",
                "ChildCase.justifications",
                "ChildCase.closing",
                "Child.cpr",
                "Notification.assessment",
                "Notification.receiptSent",
                "Notification.notifierInformed",
                "Assessment.assessedBy",
                "Assessment.concerns",
                "Screening.notificationIds",
                "Exploration.completed",
                "Investigation.completed",
                "Investigation.preliminaryAssessment",
                "Investigation.concerns",
                "ChildConversation.omissionReason",
                "ChildConversation.decisionId",
                "Decision.grantedInterventions",
                "Decision.notifiedOn",
                "Decision.emergency",
                "Decision.basedOn",
                "EmergencyDecision.partiesNotified",
                "EmergencyDecision.approvedOn",
                "Plan.revisions",
                "Plan.goals",
                "Goal.description",
                "Goal.indicator",
                "Goal.due",
                "Goal.measurements",
                "Goal.interventionIds",
                "Intervention.end",
                "Intervention.provider",
                "Intervention.price",
                "FollowUp.interventionId",
                "SupervisionVisit.interventionId",
                "CaseworkerAssignment.until",
                "ManagementReview.reviewer",
                "Complaint.decisionId",
                "Complaint.reassessed",
                "Complaint.forwarded",
                "Complaint.appealDecided",
                "Complaint.appealOutcome",
                "AccessRequest.answered",
                "Justification.partId",
                "LegalReference.subsection");
        assertThat(present).containsAll(everything);
        assertThat(absent).containsAll(everything);
        assertThat(kinds).hasSameSizeAs(InterventionKind.values());
    }

    /** Notes, for each optional or list component of every record in the case, whether it was present. */
    private static void record(Object value, Set<String> present, Set<String> absent) {
        if (value instanceof Record r) {
            for (var c : r.getClass().getRecordComponents()) {
                Object v;
                try {
                    v = c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
                String name = r.getClass().getSimpleName() + "." + c.getName();
                if (v instanceof Optional<?> o) {
                    (o.isPresent() ? present : absent).add(name);
                    o.ifPresent(x -> record(x, present, absent));
                } else if (v instanceof java.util.Collection<?> l) {
                    (l.isEmpty() ? absent : present).add(name);
                    l.forEach(x -> record(x, present, absent));
                } else {
                    record(v, present, absent);
                }
            }
        }
    }
}
