package dk.fremdrift.validation.review.rules;

import dk.fremdrift.model.InForcePeriod;
import java.time.LocalDate;
import java.util.List;

/**
 * The statutory review rules of each law period, in the order the review runs them (the order of the case steps),
 * and the periods of the packs.
 */
public final class StatutoryReviewRules {

    /** The first day of barnets lov, and the first day serviceloven's child-welfare rules no longer apply. */
    static final LocalDate BARNETS_LOV_START = LocalDate.of(2024, 1, 1);

    /**
     * The first day the review judges, as the deadline engine's statutory rule book judges events from this date.
     */
    static final LocalDate FIRST_DAY = LocalDate.of(2011, 1, 1);

    /** The events the serviceloven pack judges: from 2011-01-01 (barnereformen) until and including 2023-12-31. */
    public static final InForcePeriod SERVICELOVEN_PERIOD = InForcePeriod.between(FIRST_DAY, BARNETS_LOV_START);

    /** The events the barnets lov pack judges: from 2024-01-01. */
    public static final InForcePeriod BARNETS_LOV_PERIOD = InForcePeriod.from(BARNETS_LOV_START);

    /** The period of the rules of acts both packs share (retssikkerhedsloven, offentlighedsloven). */
    static final InForcePeriod SINCE_2011 = InForcePeriod.from(FIRST_DAY);

    /** The period of offentlighedsloven's rule: the present act is in force from 2014-01-01. */
    static final InForcePeriod SINCE_2014 = InForcePeriod.from(LocalDate.of(2014, 1, 1));

    private StatutoryReviewRules() {}

    /**
     * Returns the rules of the serviceloven pack.
     *
     * @return the rules, in the order the review runs them
     */
    public static List<ReviewRule> serviceloven() {
        return List.of(
                NotificationAssessmentRule.serviceloven(),
                NotifierReceiptRule.serviceloven(),
                IndependentAssessorRule.serviceloven(),
                AssessorUnrecordedRule.serviceloven(),
                InvestigationRule.serviceloven(),
                InvestigationExtendedRule.serviceloven(),
                InvestigationWithoutConsentRule.serviceloven(),
                ChildConversationRule.serviceloven(),
                ConversationOmittedRule.serviceloven(),
                EmergencyNoticeRule.serviceloven(),
                EmergencyApprovalRule.serviceloven(),
                EmergencyValidityRule.serviceloven(),
                PlanAfterDecisionRule.serviceloven(),
                PlanBeforePlacementRule.serviceloven(),
                ConcreteGoalsRule.serviceloven(),
                MeasurableGoalsRule.serviceloven(),
                FirstFollowUpRule.serviceloven(),
                FollowUpFrequencyRule.serviceloven(),
                SupervisionVisitsRule.serviceloven(),
                VisitConversationRule.serviceloven(),
                VisitConversationOmittedRule.serviceloven(),
                RetreatmentRule.serviceloven(),
                ComplaintReassessmentRule.bothPeriods(),
                AccessToDocumentsRule.bothPeriods(),
                CaseworkerChangesRule.serviceloven(),
                ManagementReviewRule.serviceloven(),
                LocalDeadlineRule.bothPeriods(),
                UndeterminedDeadlineRule.serviceloven());
    }

    /**
     * Returns the rules of the barnets lov pack.
     *
     * @return the rules, in the order the review runs them
     */
    public static List<ReviewRule> barnetsLov() {
        return List.of(
                NotificationAssessmentRule.barnetsLov(),
                NotifierReceiptRule.barnetsLov(),
                IndependentAssessorRule.barnetsLov(),
                AssessorUnrecordedRule.barnetsLov(),
                InvestigationRule.barnetsLov(),
                InvestigationExtendedRule.barnetsLov(),
                InvestigationWithoutConsentRule.barnetsLov(),
                ChildConversationRule.barnetsLov(),
                ConversationOmittedRule.barnetsLov(),
                EmergencyNoticeRule.barnetsLov(),
                EmergencyApprovalRule.barnetsLov(),
                EmergencyValidityRule.barnetsLov(),
                PlanAfterDecisionRule.barnetsLov(),
                PlanBeforePlacementRule.barnetsLov(),
                ConcreteGoalsRule.barnetsLov(),
                MeasurableGoalsRule.barnetsLov(),
                YouthPlanRule.barnetsLov(),
                FirstFollowUpRule.barnetsLov(),
                FollowUpFrequencyRule.barnetsLov(),
                SupervisionVisitsRule.barnetsLov(),
                VisitConversationRule.barnetsLov(),
                RetreatmentRule.barnetsLov(),
                DecisionBeforeAdulthoodRule.barnetsLov(),
                ComplaintReassessmentRule.bothPeriods(),
                AccessToDocumentsRule.bothPeriods(),
                CaseworkerChangesRule.barnetsLov(),
                ManagementReviewRule.barnetsLov(),
                LocalDeadlineRule.bothPeriods(),
                UndeterminedDeadlineRule.barnetsLov());
    }
}
