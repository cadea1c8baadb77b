package dk.fremdrift.examples.synthetic;

import dk.fremdrift.model.AssessmentOutcome;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.PriceUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The rates and distributions a {@link SyntheticMunicipality} generates its cases with: how often each case step
 * happens, happens on time, happens late or is missing, and what interventions cost.
 *
 * <p>{@link #national()} holds defaults near the national figures. Only a few rates have a published national
 * source; the rest are this generator's assumptions, chosen to look like a Danish municipality and to exercise
 * every deadline, finding and indicator of Fremdrift. Each component says which it is:
 *
 * <table>
 *   <caption>Defaults with a national source</caption>
 *   <tr><th>component</th><th>default</th><th>source</th></tr>
 *   <tr><td>{@link #meanNotificationsPerChild()}</td><td>1.8</td><td>Danmarks Statistik 2022: 152,700
 *       notifications (underretninger) about about 85,300 children</td></tr>
 *   <tr><td>{@link #assessmentOnTimeRate()}</td><td>0.87</td><td>Ankestyrelsen, Børnesagsbarometer 2019/20:
 *       the 24-hour assessment done in 87 % of cases</td></tr>
 *   <tr><td>{@link #investigationOnTimeRate()}</td><td>0.50</td><td>Ankestyrelsen, Børnesagsbarometer 2024:
 *       børnefaglig undersøgelse finished within 4 months in 50 % of cases (2021: 60 %)</td></tr>
 *   <tr><td>{@link #childConversationHeldRate()}</td><td>0.65</td><td>Børnesagsbarometer 2024: child
 *       conversation held in 65 % of cases</td></tr>
 *   <tr><td>{@link #firstFollowUpOnTimeRate()}</td><td>0.75</td><td>Børnesagsbarometer 2024: first follow-up
 *       within 3 months in 75 % of cases</td></tr>
 *   <tr><td>{@link #targetCaseload()}</td><td>27</td><td>Dansk Socialrådgiverforening recommends 20-30
 *       child-and-family cases per caseworker; the 2023 average was 31</td></tr>
 * </table>
 *
 * <p>Every other default is an assumption of this generator and is marked so; in particular the split of
 * notifiers, of screening outcomes and of decisions, and the intervention prices (an order of magnitude of
 * municipal rates and providers' prices, not a statistic). Rates are probabilities in [0, 1]; where several rates
 * split one event, their sum is at most 1 and the rest is the remaining outcome.
 *
 * <pre>{@code
 * SyntheticProfile slow = SyntheticProfile.national().toBuilder()
 *         .investigationOnTimeRate(0.30)
 *         .build();
 * }</pre>
 *
 * @param meanNotificationsPerChild mean number of notifications per child with a case, at least 1; the number is 1
 *     plus a geometric count (source: Danmarks Statistik 2022, 1.8)
 * @param repeatNotificationMeanGapDays mean days between a child's notifications, exponentially distributed; 120
 *     puts about 95 % of repeats within 12 months (assumption)
 * @param notifierWeights relative weights of who notifies; professionals (schools, police, health service, day
 *     care) are the large majority, about three quarters (assumption after the shape of Danmarks Statistik's
 *     tables; the model does not tell schools from police)
 * @param assessmentOnTimeRate share of notifications assessed within 24 hours (Børnesagsbarometer 2019/20, 0.87)
 * @param assessmentMissingRate share never assessed; the rest are late, by hours (70 %) or by days (30 %)
 *     (assumption, 0.02)
 * @param assessmentOutcomeWeights relative weights of the assessment's outcome (assumption: 55 % not endangered,
 *     40 % endangered, 5 % acute)
 * @param receiptOnTimeRate share of professional notifiers sent a receipt within 6 working days (assumption, 0.85)
 * @param receiptMissingRate share of professional notifiers sent no receipt; the rest are late (assumption, 0.05)
 * @param screeningExplorationRate share of screenings that lead to an exploration (afdækning, barnets lov § 19,
 *     only from 2024; before 2024 these screenings find no action) (assumption, 0.15)
 * @param screeningInvestigationRate share of screenings that lead to a child-welfare investigation; the rest find
 *     no action (assumption, 0.30)
 * @param explorationToInvestigationRate share of explorations followed by an investigation; the rest close
 *     (assumption, 0.35)
 * @param investigationOnTimeRate share of investigations finished within 4 months of awareness (Børnesagsbarometer
 *     2024, 0.50)
 * @param investigationNeverCompletedRate share of investigations that stall and are never finished; the rest are
 *     late, most by under a month, with a tail of up to 9 months (assumption, 0.03)
 * @param preliminaryAssessmentRate share of late investigations with a preliminary assessment (foreløbig vurdering)
 *     at the deadline (assumption, 0.45)
 * @param noSupportAfterInvestigationRate share of finished investigations that find no need for support
 *     (assumption, 0.30)
 * @param placementWithConsentRate share of finished investigations that lead to a placement with consent (barnets
 *     lov § 46; serviceloven § 52, stk. 3) (assumption, 0.15)
 * @param placementWithoutConsentRate share that lead to a placement without consent (barnets lov § 47; serviceloven
 *     § 58); the rest lead to support (barnets lov § 32; serviceloven § 52) (assumption, 0.02; with the emergency
 *     placements that continue, about a fifth of new placements are without consent)
 * @param supportRefusedRate share of support decisions that refuse (assumption, 0.06)
 * @param supportRenewalRate chance that a support decision is followed by another when its interventions end
 *     (assumption, 0.30)
 * @param emergencyShareOfAcute share of acute assessments that lead to an emergency placement by the committee chair
 *     (formandsafgørelse, barnets lov § 143; serviceloven § 75); 70 % of them continue as a placement without consent
 *     after the investigation (assumption, 0.15)
 * @param emergencyApprovalOnTimeRate share of emergency decisions approved by the full committee within 7 days; 5 %
 *     are never approved and the rest late (assumption, 0.85)
 * @param childConversationHeldRate share of decisions (other than terminations) with a conversation with the child
 *     held before them (Børnesagsbarometer 2024, 0.65)
 * @param childConversationOmittedRate share of decisions where the conversation was omitted with a recorded reason;
 *     the rest have none recorded (assumption, 0.10)
 * @param youthSupportDecisionOnTimeRate share of young people in support or placement at 17½ whose decision on
 *     support after 18 (barnets lov § 114; serviceloven § 76) is made at least 6 months before the 18th birthday; 10
 *     % get none and the rest are late (assumption, 0.70)
 * @param youthSupportGrantedRate share of those decisions that grant support after 18 (assumption, 0.75)
 * @param planOnTimeRate share of plans made within 3 months of the decision (barnets lov § 91; serviceloven § 140)
 *     (assumption, 0.85)
 * @param planMissingRate share of mandatory plans never made; the rest are late (assumption, 0.05)
 * @param supportPlanRate share of support decisions from 2024 with a child's plan, which barnets lov makes optional
 *     for § 32 support; before 2024 a handleplan was required and 90 % have one (assumption, 0.70)
 * @param goalDescriptionRate share of goals with a description, which makes them concrete (assumption, 0.90)
 * @param measurableGoalRate share of goals with an indicator (baseline, target) and a due date, which makes them
 *     measurable; these get a measurement at most follow-ups (assumption, 0.40)
 * @param improvingGoalRate share of measurable goals whose measurements move toward the target; the rest stand
 *     still or move away (assumption, 0.70)
 * @param firstFollowUpOnTimeRate share of interventions whose first follow-up is within 3 months of the start
 *     (Børnesagsbarometer 2024, 0.75)
 * @param followUpMissingRate share of interventions never followed up; the rest have a late first follow-up
 *     (assumption, 0.05)
 * @param supervisionVisitMissedRate chance that the next supervision visit to a placed child comes only after 6
 *     months or more, so a year may have fewer than the two visits of barnets lov § 156, stk. 5 (assumption, 0.10)
 * @param supervisionWithoutConversationRate share of supervision visits without a conversation with the child
 *     (assumption, 0.10)
 * @param targetCaseload the number of open cases per caseworker that staffing aims at; caseloads scatter around it
 *     (Dansk Socialrådgiverforening: 20-30 recommended, 31 on average in 2023; default 27)
 * @param teamSize caseworkers per team (assumption, 8)
 * @param caseworkerMeanTenureYears mean years a caseworker holds a post before someone else takes over the caseload
 *     (assumption, 3)
 * @param caseReallocationsPerYear rate at which a case moves to another caseworker for other reasons (assumption,
 *     0.3 a year)
 * @param highTurnoverCaseShare share of cases that change caseworker about 3.5 times a year, so that some have 3 or
 *     more changes in 12 months (assumption, 0.08)
 * @param managementReviewRate share of cases with a leader's review (ledelsestilsyn); doubled for cases with a
 *     serious notification (assumption, 0.25)
 * @param complaintRate chance that a decision is complained about; five times higher for placements without
 *     consent and three times for refusals (assumption, 0.10)
 * @param complaintReassessedOnTimeRate share of complaints reassessed within 4 weeks (retssikkerhedsloven § 66); 5
 *     % are never reassessed and the rest late (assumption, 0.80)
 * @param accessRequestRate share of cases with a request for access to documents (aktindsigt) (assumption, 0.05)
 * @param accessRequestOnTimeRate share of requests answered within 7 working days (offentlighedsloven § 36); 5 %
 *     are not answered and the rest late (assumption, 0.80)
 * @param movedRate chance that the family moves to another municipality within 3 years of the case opening; a case
 *     still open then is closed for that reason, so fewer cases than this end by a move (assumption, 0.04)
 * @param prices the price range and unit of every intervention kind, in whole DKK (assumption; for example foster
 *     care 1,200-2,500 DKK a day, residential institution 4,000-6,500 DKK a day, family therapy 15,000-40,000 DKK a
 *     month, contact person 8,000-15,000 DKK a month)
 */
public record SyntheticProfile(
        double meanNotificationsPerChild,
        double repeatNotificationMeanGapDays,
        Map<NotifierKind, Double> notifierWeights,
        double assessmentOnTimeRate,
        double assessmentMissingRate,
        Map<AssessmentOutcome, Double> assessmentOutcomeWeights,
        double receiptOnTimeRate,
        double receiptMissingRate,
        double screeningExplorationRate,
        double screeningInvestigationRate,
        double explorationToInvestigationRate,
        double investigationOnTimeRate,
        double investigationNeverCompletedRate,
        double preliminaryAssessmentRate,
        double noSupportAfterInvestigationRate,
        double placementWithConsentRate,
        double placementWithoutConsentRate,
        double supportRefusedRate,
        double supportRenewalRate,
        double emergencyShareOfAcute,
        double emergencyApprovalOnTimeRate,
        double childConversationHeldRate,
        double childConversationOmittedRate,
        double youthSupportDecisionOnTimeRate,
        double youthSupportGrantedRate,
        double planOnTimeRate,
        double planMissingRate,
        double supportPlanRate,
        double goalDescriptionRate,
        double measurableGoalRate,
        double improvingGoalRate,
        double firstFollowUpOnTimeRate,
        double followUpMissingRate,
        double supervisionVisitMissedRate,
        double supervisionWithoutConversationRate,
        double targetCaseload,
        int teamSize,
        double caseworkerMeanTenureYears,
        double caseReallocationsPerYear,
        double highTurnoverCaseShare,
        double managementReviewRate,
        double complaintRate,
        double complaintReassessedOnTimeRate,
        double accessRequestRate,
        double accessRequestOnTimeRate,
        double movedRate,
        Map<InterventionKind, PriceRange> prices) {

    /**
     * Checks the profile: rates in [0, 1], rates that split one event summing to at most 1, positive means and
     * sizes, weights not negative with one positive, and a price for every intervention kind.
     *
     * @throws NullPointerException if a map or an entry is null
     * @throws IllegalArgumentException if a rule above is broken; the message names the component and the value
     */
    public SyntheticProfile {
        atLeast(meanNotificationsPerChild, 1.0, "meanNotificationsPerChild");
        positive(repeatNotificationMeanGapDays, "repeatNotificationMeanGapDays");
        notifierWeights = weights(notifierWeights, NotifierKind.class, "notifierWeights");
        rates("assessmentOnTimeRate", assessmentOnTimeRate, "assessmentMissingRate", assessmentMissingRate);
        assessmentOutcomeWeights =
                weights(assessmentOutcomeWeights, AssessmentOutcome.class, "assessmentOutcomeWeights");
        rates("receiptOnTimeRate", receiptOnTimeRate, "receiptMissingRate", receiptMissingRate);
        rates(
                "screeningExplorationRate",
                screeningExplorationRate,
                "screeningInvestigationRate",
                screeningInvestigationRate);
        rate(explorationToInvestigationRate, "explorationToInvestigationRate");
        rates(
                "investigationOnTimeRate",
                investigationOnTimeRate,
                "investigationNeverCompletedRate",
                investigationNeverCompletedRate);
        rate(preliminaryAssessmentRate, "preliminaryAssessmentRate");
        rate(noSupportAfterInvestigationRate, "noSupportAfterInvestigationRate");
        rate(placementWithConsentRate, "placementWithConsentRate");
        rate(placementWithoutConsentRate, "placementWithoutConsentRate");
        sumAtMostOne(
                noSupportAfterInvestigationRate + placementWithConsentRate + placementWithoutConsentRate,
                "noSupportAfterInvestigationRate + placementWithConsentRate + placementWithoutConsentRate");
        rate(supportRefusedRate, "supportRefusedRate");
        rate(supportRenewalRate, "supportRenewalRate");
        rate(emergencyShareOfAcute, "emergencyShareOfAcute");
        rates("emergencyApprovalOnTimeRate", emergencyApprovalOnTimeRate, "(never approved)", 0.05);
        rates(
                "childConversationHeldRate",
                childConversationHeldRate,
                "childConversationOmittedRate",
                childConversationOmittedRate);
        rates("youthSupportDecisionOnTimeRate", youthSupportDecisionOnTimeRate, "(no decision)", 0.10);
        rate(youthSupportGrantedRate, "youthSupportGrantedRate");
        rates("planOnTimeRate", planOnTimeRate, "planMissingRate", planMissingRate);
        rate(supportPlanRate, "supportPlanRate");
        rate(goalDescriptionRate, "goalDescriptionRate");
        rate(measurableGoalRate, "measurableGoalRate");
        rate(improvingGoalRate, "improvingGoalRate");
        rates("firstFollowUpOnTimeRate", firstFollowUpOnTimeRate, "followUpMissingRate", followUpMissingRate);
        rate(supervisionVisitMissedRate, "supervisionVisitMissedRate");
        rate(supervisionWithoutConversationRate, "supervisionWithoutConversationRate");
        positive(targetCaseload, "targetCaseload");
        if (teamSize < 1) {
            throw new IllegalArgumentException("teamSize: expected 1 or more, got " + teamSize);
        }
        positive(caseworkerMeanTenureYears, "caseworkerMeanTenureYears");
        positive(caseReallocationsPerYear, "caseReallocationsPerYear");
        rate(highTurnoverCaseShare, "highTurnoverCaseShare");
        rate(managementReviewRate, "managementReviewRate");
        rate(complaintRate * 5, "complaintRate * 5 (the rate for placements without consent)");
        rates("complaintReassessedOnTimeRate", complaintReassessedOnTimeRate, "(never reassessed)", 0.05);
        rate(accessRequestRate, "accessRequestRate");
        rates("accessRequestOnTimeRate", accessRequestOnTimeRate, "(never answered)", 0.05);
        rate(movedRate, "movedRate");
        Objects.requireNonNull(prices, "prices");
        EnumMap<InterventionKind, PriceRange> copy = new EnumMap<>(InterventionKind.class);
        for (InterventionKind kind : InterventionKind.values()) {
            PriceRange range = prices.get(kind);
            if (range == null) {
                throw new IllegalArgumentException(
                        "prices: expected a price range for every intervention kind," + " got none for " + kind);
            }
            copy.put(kind, range);
        }
        prices = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the defaults: near the national figures where there are any, the generator's assumptions elsewhere
     * (see the components).
     *
     * @return the national profile
     */
    public static SyntheticProfile national() {
        return new Builder().build();
    }

    /**
     * Returns a builder that starts from the national defaults.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts from this profile, to make a changed copy.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns the weight of a notifier kind.
     *
     * @param kind the kind
     * @return its weight, zero or more
     */
    public double notifierWeight(NotifierKind kind) {
        return notifierWeights.get(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * A range of prices for one intervention kind, in whole Danish kroner, drawn uniformly.
     *
     * @param minDkk the lowest price, zero or more
     * @param maxDkk the highest price, at least {@code minDkk}
     * @param unit what the price is per
     */
    public record PriceRange(long minDkk, long maxDkk, PriceUnit unit) {

        /**
         * Checks the range.
         *
         * @param minDkk the lowest price, zero or more
         * @param maxDkk the highest price, at least {@code minDkk}
         * @param unit what the price is per
         * @throws NullPointerException if {@code unit} is null
         * @throws IllegalArgumentException if the range is negative or empty
         */
        public PriceRange {
            Objects.requireNonNull(unit, "unit");
            if (minDkk < 0 || maxDkk < minDkk) {
                throw new IllegalArgumentException(
                        "price range: expected 0 <= minDkk <= maxDkk, got " + minDkk + ".." + maxDkk);
            }
        }

        /**
         * Returns a price range per calendar day.
         *
         * @param minDkk the lowest price
         * @param maxDkk the highest price
         * @return the range
         */
        public static PriceRange perDay(long minDkk, long maxDkk) {
            return new PriceRange(minDkk, maxDkk, PriceUnit.PER_DAY);
        }

        /**
         * Returns a price range per calendar month.
         *
         * @param minDkk the lowest price
         * @param maxDkk the highest price
         * @return the range
         */
        public static PriceRange perMonth(long minDkk, long maxDkk) {
            return new PriceRange(minDkk, maxDkk, PriceUnit.PER_MONTH);
        }

        /**
         * Returns a one-off price range.
         *
         * @param minDkk the lowest price
         * @param maxDkk the highest price
         * @return the range
         */
        public static PriceRange oneOff(long minDkk, long maxDkk) {
            return new PriceRange(minDkk, maxDkk, PriceUnit.ONE_OFF);
        }
    }

    private static void rate(double value, String name) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + ": expected a rate in [0, 1], got " + value);
        }
    }

    private static void rates(String name1, double rate1, String name2, double rate2) {
        rate(rate1, name1);
        rate(rate2, name2);
        sumAtMostOne(rate1 + rate2, name1 + " + " + name2);
    }

    private static void sumAtMostOne(double sum, String what) {
        if (sum > 1.0 + 1e-9) {
            throw new IllegalArgumentException(what + ": expected a sum of at most 1, got " + sum);
        }
    }

    private static void positive(double value, String name) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + ": expected a positive finite number, got " + value);
        }
    }

    private static void atLeast(double value, double min, String name) {
        if (!(value >= min) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    name + ": expected a finite number of at least " + min + ", got " + value);
        }
    }

    private static <K extends Enum<K>> Map<K, Double> weights(Map<K, Double> weights, Class<K> type, String name) {
        Objects.requireNonNull(weights, name);
        EnumMap<K, Double> copy = new EnumMap<>(type);
        double total = 0;
        for (K key : type.getEnumConstants()) {
            Double w = weights.getOrDefault(key, 0.0);
            if (w == null || !(w >= 0.0) || w.isInfinite()) {
                throw new IllegalArgumentException(
                        name + ": expected a finite weight of 0 or more for " + key + ", got " + w);
            }
            copy.put(key, w);
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException(name + ": expected at least one positive weight, got none");
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Builds a {@link SyntheticProfile}, starting from the national defaults. Not thread-safe.
     */
    public static final class Builder {
        private double meanNotificationsPerChild = 1.8;
        private double repeatNotificationMeanGapDays = 120;
        private Map<NotifierKind, Double> notifierWeights = defaultNotifierWeights();
        private double assessmentOnTimeRate = 0.87;
        private double assessmentMissingRate = 0.02;
        private Map<AssessmentOutcome, Double> assessmentOutcomeWeights = defaultAssessmentOutcomeWeights();
        private double receiptOnTimeRate = 0.85;
        private double receiptMissingRate = 0.05;
        private double screeningExplorationRate = 0.15;
        private double screeningInvestigationRate = 0.30;
        private double explorationToInvestigationRate = 0.35;
        private double investigationOnTimeRate = 0.50;
        private double investigationNeverCompletedRate = 0.03;
        private double preliminaryAssessmentRate = 0.45;
        private double noSupportAfterInvestigationRate = 0.30;
        private double placementWithConsentRate = 0.15;
        private double placementWithoutConsentRate = 0.02;
        private double supportRefusedRate = 0.06;
        private double supportRenewalRate = 0.30;
        private double emergencyShareOfAcute = 0.15;
        private double emergencyApprovalOnTimeRate = 0.85;
        private double childConversationHeldRate = 0.65;
        private double childConversationOmittedRate = 0.10;
        private double youthSupportDecisionOnTimeRate = 0.70;
        private double youthSupportGrantedRate = 0.75;
        private double planOnTimeRate = 0.85;
        private double planMissingRate = 0.05;
        private double supportPlanRate = 0.70;
        private double goalDescriptionRate = 0.90;
        private double measurableGoalRate = 0.40;
        private double improvingGoalRate = 0.70;
        private double firstFollowUpOnTimeRate = 0.75;
        private double followUpMissingRate = 0.05;
        private double supervisionVisitMissedRate = 0.10;
        private double supervisionWithoutConversationRate = 0.10;
        private double targetCaseload = 27;
        private int teamSize = 8;
        private double caseworkerMeanTenureYears = 3.0;
        private double caseReallocationsPerYear = 0.3;
        private double highTurnoverCaseShare = 0.08;
        private double managementReviewRate = 0.25;
        private double complaintRate = 0.10;
        private double complaintReassessedOnTimeRate = 0.80;
        private double accessRequestRate = 0.05;
        private double accessRequestOnTimeRate = 0.80;
        private double movedRate = 0.04;
        private Map<InterventionKind, PriceRange> prices = defaultPrices();

        private Builder() {}

        private Builder(SyntheticProfile p) {
            meanNotificationsPerChild = p.meanNotificationsPerChild;
            repeatNotificationMeanGapDays = p.repeatNotificationMeanGapDays;
            notifierWeights = p.notifierWeights;
            assessmentOnTimeRate = p.assessmentOnTimeRate;
            assessmentMissingRate = p.assessmentMissingRate;
            assessmentOutcomeWeights = p.assessmentOutcomeWeights;
            receiptOnTimeRate = p.receiptOnTimeRate;
            receiptMissingRate = p.receiptMissingRate;
            screeningExplorationRate = p.screeningExplorationRate;
            screeningInvestigationRate = p.screeningInvestigationRate;
            explorationToInvestigationRate = p.explorationToInvestigationRate;
            investigationOnTimeRate = p.investigationOnTimeRate;
            investigationNeverCompletedRate = p.investigationNeverCompletedRate;
            preliminaryAssessmentRate = p.preliminaryAssessmentRate;
            noSupportAfterInvestigationRate = p.noSupportAfterInvestigationRate;
            placementWithConsentRate = p.placementWithConsentRate;
            placementWithoutConsentRate = p.placementWithoutConsentRate;
            supportRefusedRate = p.supportRefusedRate;
            supportRenewalRate = p.supportRenewalRate;
            emergencyShareOfAcute = p.emergencyShareOfAcute;
            emergencyApprovalOnTimeRate = p.emergencyApprovalOnTimeRate;
            childConversationHeldRate = p.childConversationHeldRate;
            childConversationOmittedRate = p.childConversationOmittedRate;
            youthSupportDecisionOnTimeRate = p.youthSupportDecisionOnTimeRate;
            youthSupportGrantedRate = p.youthSupportGrantedRate;
            planOnTimeRate = p.planOnTimeRate;
            planMissingRate = p.planMissingRate;
            supportPlanRate = p.supportPlanRate;
            goalDescriptionRate = p.goalDescriptionRate;
            measurableGoalRate = p.measurableGoalRate;
            improvingGoalRate = p.improvingGoalRate;
            firstFollowUpOnTimeRate = p.firstFollowUpOnTimeRate;
            followUpMissingRate = p.followUpMissingRate;
            supervisionVisitMissedRate = p.supervisionVisitMissedRate;
            supervisionWithoutConversationRate = p.supervisionWithoutConversationRate;
            targetCaseload = p.targetCaseload;
            teamSize = p.teamSize;
            caseworkerMeanTenureYears = p.caseworkerMeanTenureYears;
            caseReallocationsPerYear = p.caseReallocationsPerYear;
            highTurnoverCaseShare = p.highTurnoverCaseShare;
            managementReviewRate = p.managementReviewRate;
            complaintRate = p.complaintRate;
            complaintReassessedOnTimeRate = p.complaintReassessedOnTimeRate;
            accessRequestRate = p.accessRequestRate;
            accessRequestOnTimeRate = p.accessRequestOnTimeRate;
            movedRate = p.movedRate;
            prices = p.prices;
        }

        private static Map<NotifierKind, Double> defaultNotifierWeights() {
            EnumMap<NotifierKind, Double> m = new EnumMap<>(NotifierKind.class);
            m.put(NotifierKind.PROFESSIONAL, 0.76);
            m.put(NotifierKind.CITIZEN, 0.10);
            m.put(NotifierKind.ANONYMOUS, 0.04);
            m.put(NotifierKind.CHILD, 0.02);
            m.put(NotifierKind.OTHER_MUNICIPALITY, 0.04);
            m.put(NotifierKind.ANKESTYRELSEN, 0.002);
            m.put(NotifierKind.OTHER, 0.038);
            return m;
        }

        private static Map<AssessmentOutcome, Double> defaultAssessmentOutcomeWeights() {
            EnumMap<AssessmentOutcome, Double> m = new EnumMap<>(AssessmentOutcome.class);
            m.put(AssessmentOutcome.NOT_ENDANGERED, 0.55);
            m.put(AssessmentOutcome.ENDANGERED, 0.40);
            m.put(AssessmentOutcome.ACUTE_ACTION_NEEDED, 0.05);
            return m;
        }

        private static Map<InterventionKind, PriceRange> defaultPrices() {
            EnumMap<InterventionKind, PriceRange> m = new EnumMap<>(InterventionKind.class);
            m.put(InterventionKind.PRACTICAL_SUPPORT_AT_HOME, PriceRange.perMonth(6_000, 20_000));
            m.put(InterventionKind.FAMILY_THERAPY, PriceRange.perMonth(15_000, 40_000));
            m.put(InterventionKind.FAMILY_RESIDENTIAL_STAY, PriceRange.perDay(6_000, 12_000));
            m.put(InterventionKind.RESPITE_CARE, PriceRange.perDay(900, 2_500));
            m.put(InterventionKind.CONTACT_PERSON, PriceRange.perMonth(8_000, 15_000));
            m.put(InterventionKind.TRAINEESHIP, PriceRange.perMonth(2_000, 6_000));
            m.put(InterventionKind.FINANCIAL_SUPPORT, PriceRange.oneOff(2_000, 25_000));
            m.put(InterventionKind.OTHER_SUPPORT, PriceRange.perMonth(3_000, 12_000));
            m.put(InterventionKind.YOUTH_SUPPORT, PriceRange.perMonth(5_000, 15_000));
            m.put(InterventionKind.KINSHIP_FOSTER_CARE, PriceRange.perDay(600, 1_200));
            m.put(InterventionKind.FOSTER_CARE, PriceRange.perDay(1_200, 2_500));
            m.put(InterventionKind.RESIDENTIAL_INSTITUTION, PriceRange.perDay(4_000, 6_500));
            m.put(InterventionKind.RESIDENTIAL_HOME, PriceRange.perDay(2_800, 4_500));
            m.put(InterventionKind.OWN_ROOM, PriceRange.perDay(500, 1_200));
            m.put(InterventionKind.BOARDING_SCHOOL, PriceRange.perMonth(10_000, 20_000));
            m.put(InterventionKind.OTHER_PLACEMENT, PriceRange.perDay(1_500, 4_000));
            return m;
        }

        /**
         * Builds the profile.
         *
         * @return the profile
         * @throws IllegalArgumentException if a rule of {@link SyntheticProfile} is broken
         */
        public SyntheticProfile build() {
            return new SyntheticProfile(
                    meanNotificationsPerChild,
                    repeatNotificationMeanGapDays,
                    notifierWeights,
                    assessmentOnTimeRate,
                    assessmentMissingRate,
                    assessmentOutcomeWeights,
                    receiptOnTimeRate,
                    receiptMissingRate,
                    screeningExplorationRate,
                    screeningInvestigationRate,
                    explorationToInvestigationRate,
                    investigationOnTimeRate,
                    investigationNeverCompletedRate,
                    preliminaryAssessmentRate,
                    noSupportAfterInvestigationRate,
                    placementWithConsentRate,
                    placementWithoutConsentRate,
                    supportRefusedRate,
                    supportRenewalRate,
                    emergencyShareOfAcute,
                    emergencyApprovalOnTimeRate,
                    childConversationHeldRate,
                    childConversationOmittedRate,
                    youthSupportDecisionOnTimeRate,
                    youthSupportGrantedRate,
                    planOnTimeRate,
                    planMissingRate,
                    supportPlanRate,
                    goalDescriptionRate,
                    measurableGoalRate,
                    improvingGoalRate,
                    firstFollowUpOnTimeRate,
                    followUpMissingRate,
                    supervisionVisitMissedRate,
                    supervisionWithoutConversationRate,
                    targetCaseload,
                    teamSize,
                    caseworkerMeanTenureYears,
                    caseReallocationsPerYear,
                    highTurnoverCaseShare,
                    managementReviewRate,
                    complaintRate,
                    complaintReassessedOnTimeRate,
                    accessRequestRate,
                    accessRequestOnTimeRate,
                    movedRate,
                    prices);
        }

        // One setter per component; each is documented on the component of the same name.

        /**
         * Sets {@link SyntheticProfile#meanNotificationsPerChild()}.
         *
         * @param value the mean, at least 1
         * @return this builder
         */
        public Builder meanNotificationsPerChild(double value) {
            meanNotificationsPerChild = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#repeatNotificationMeanGapDays()}.
         *
         * @param value the mean gap in days
         * @return this builder
         */
        public Builder repeatNotificationMeanGapDays(double value) {
            repeatNotificationMeanGapDays = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#notifierWeights()}; kinds left out weigh 0.
         *
         * @param value the weights
         * @return this builder
         */
        public Builder notifierWeights(Map<NotifierKind, Double> value) {
            notifierWeights = Objects.requireNonNull(value, "notifierWeights");
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#assessmentOnTimeRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder assessmentOnTimeRate(double value) {
            assessmentOnTimeRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#assessmentMissingRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder assessmentMissingRate(double value) {
            assessmentMissingRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#assessmentOutcomeWeights()}; outcomes left out weigh 0.
         *
         * @param value the weights
         * @return this builder
         */
        public Builder assessmentOutcomeWeights(Map<AssessmentOutcome, Double> value) {
            assessmentOutcomeWeights = Objects.requireNonNull(value, "assessmentOutcomeWeights");
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#receiptOnTimeRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder receiptOnTimeRate(double value) {
            receiptOnTimeRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#receiptMissingRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder receiptMissingRate(double value) {
            receiptMissingRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#screeningExplorationRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder screeningExplorationRate(double value) {
            screeningExplorationRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#screeningInvestigationRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder screeningInvestigationRate(double value) {
            screeningInvestigationRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#explorationToInvestigationRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder explorationToInvestigationRate(double value) {
            explorationToInvestigationRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#investigationOnTimeRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder investigationOnTimeRate(double value) {
            investigationOnTimeRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#investigationNeverCompletedRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder investigationNeverCompletedRate(double value) {
            investigationNeverCompletedRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#preliminaryAssessmentRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder preliminaryAssessmentRate(double value) {
            preliminaryAssessmentRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#noSupportAfterInvestigationRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder noSupportAfterInvestigationRate(double value) {
            noSupportAfterInvestigationRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#placementWithConsentRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder placementWithConsentRate(double value) {
            placementWithConsentRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#placementWithoutConsentRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder placementWithoutConsentRate(double value) {
            placementWithoutConsentRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#supportRefusedRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder supportRefusedRate(double value) {
            supportRefusedRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#supportRenewalRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder supportRenewalRate(double value) {
            supportRenewalRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#emergencyShareOfAcute()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder emergencyShareOfAcute(double value) {
            emergencyShareOfAcute = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#emergencyApprovalOnTimeRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder emergencyApprovalOnTimeRate(double value) {
            emergencyApprovalOnTimeRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#childConversationHeldRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder childConversationHeldRate(double value) {
            childConversationHeldRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#childConversationOmittedRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder childConversationOmittedRate(double value) {
            childConversationOmittedRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#youthSupportDecisionOnTimeRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder youthSupportDecisionOnTimeRate(double value) {
            youthSupportDecisionOnTimeRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#youthSupportGrantedRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder youthSupportGrantedRate(double value) {
            youthSupportGrantedRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#planOnTimeRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder planOnTimeRate(double value) {
            planOnTimeRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#planMissingRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder planMissingRate(double value) {
            planMissingRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#supportPlanRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder supportPlanRate(double value) {
            supportPlanRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#goalDescriptionRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder goalDescriptionRate(double value) {
            goalDescriptionRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#measurableGoalRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder measurableGoalRate(double value) {
            measurableGoalRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#improvingGoalRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder improvingGoalRate(double value) {
            improvingGoalRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#firstFollowUpOnTimeRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder firstFollowUpOnTimeRate(double value) {
            firstFollowUpOnTimeRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#followUpMissingRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder followUpMissingRate(double value) {
            followUpMissingRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#supervisionVisitMissedRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder supervisionVisitMissedRate(double value) {
            supervisionVisitMissedRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#supervisionWithoutConversationRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder supervisionWithoutConversationRate(double value) {
            supervisionWithoutConversationRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#targetCaseload()}.
         *
         * @param value open cases per caseworker
         * @return this builder
         */
        public Builder targetCaseload(double value) {
            targetCaseload = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#teamSize()}.
         *
         * @param value caseworkers per team
         * @return this builder
         */
        public Builder teamSize(int value) {
            teamSize = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#caseworkerMeanTenureYears()}.
         *
         * @param value mean years in a post
         * @return this builder
         */
        public Builder caseworkerMeanTenureYears(double value) {
            caseworkerMeanTenureYears = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#caseReallocationsPerYear()}.
         *
         * @param value reallocations per case and year
         * @return this builder
         */
        public Builder caseReallocationsPerYear(double value) {
            caseReallocationsPerYear = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#highTurnoverCaseShare()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder highTurnoverCaseShare(double value) {
            highTurnoverCaseShare = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#managementReviewRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder managementReviewRate(double value) {
            managementReviewRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#complaintRate()}.
         *
         * @param value the rate, at most 0.2 (it is multiplied by 5 for placements without consent)
         * @return this builder
         */
        public Builder complaintRate(double value) {
            complaintRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#complaintReassessedOnTimeRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder complaintReassessedOnTimeRate(double value) {
            complaintReassessedOnTimeRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#accessRequestRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder accessRequestRate(double value) {
            accessRequestRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#accessRequestOnTimeRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder accessRequestOnTimeRate(double value) {
            accessRequestOnTimeRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#movedRate()}.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder movedRate(double value) {
            movedRate = value;
            return this;
        }

        /**
         * Sets {@link SyntheticProfile#prices()}; every intervention kind needs a range.
         *
         * @param value the price ranges
         * @return this builder
         */
        public Builder prices(Map<InterventionKind, PriceRange> value) {
            prices = Objects.requireNonNull(value, "prices");
            return this;
        }
    }
}
