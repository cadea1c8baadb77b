package dk.fremdrift.validation.review;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.DeadlineEvaluations;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Justification;
import dk.fremdrift.validation.review.rules.CaseFacts;
import dk.fremdrift.validation.review.rules.ReviewContext;
import dk.fremdrift.validation.review.rules.ReviewRule;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The automated case review (sagsgennemgang): checks a child's case against the law, step by step, the way a
 * leader's review (ledelsestilsyn) or a consultant's review does by hand, and returns findings a caseworker can act
 * on.
 *
 * <p>Each event of the case is judged by the {@link RulePack} in force on its trigger date: serviceloven until
 * 2023, barnets lov from 2024. Two kinds of rule make up a pack:
 *
 * <ul>
 *   <li><strong>Timeliness rules</strong> report the deadline engine's evaluations: each evaluation that is
 *       {@linkplain dk.fremdrift.deadlines.DeadlineStatus#OVERDUE overdue} or {@linkplain
 *       dk.fremdrift.deadlines.DeadlineStatus#MET_LATE met late} becomes an {@link Severity#ERROR} that cites the
 *       engine's rule and dates. The review never computes a deadline itself, so it and the deadlines cannot
 *       disagree; a deadline that is only due soon is not a finding. A child-welfare investigation that is late
 *       but had its preliminary assessment (foreløbig vurdering) at the deadline is a {@link Severity#QUERY}
 *       instead, as the law allows that exceptionally.
 *   <li><strong>Content rules</strong> judge what the case holds: a conversation with the child before each
 *       decision (one that names no decision counts within {@link #conversationLookback()} before it, a setting), concrete and measurable goals, a conversation at each supervision visit, an independent
 *       re-assessment of a new notification while the child has support, continuity of caseworkers, a management
 *       review after a serious notification.
 * </ul>
 *
 * <p><strong>Justifications.</strong> A {@link Justification} recorded on the case whose rule code and part match
 * a query finding (both without a part for a finding about the whole case) accepts it: the finding is still
 * reported, with the {@link Acceptance}, for audit. Of several matching justifications the earliest recorded
 * counts. A justification recorded after {@code asOf} is not seen. Justifications never accept an
 * {@link Severity#ERROR} or a {@link Severity#WARNING}: a broken legal requirement or missing good practice is put
 * right in the case, not explained away.
 *
 * <p>The review is a pure function of the case, {@code asOf} and the engine: the same input gives the same result,
 * nothing recorded after {@code asOf} is seen, and it never throws for the content of a case. Messages never hold
 * personal data: no CPR number, no names, and no free text from the case. Instances are immutable and
 * thread-safe.
 *
 * <pre>{@code
 * CaseReview review = CaseReview.of(DeadlineEngine.builder(DanishCalendar.statutory()).build());
 * ReviewResult result = review.review(childCase, Instant.parse("2026-11-23T08:00:00Z"));
 * for (Finding f : result.findings()) {
 *     System.out.println(f.severity().danishName() + " " + f.code() + ": " + f.messageDa());
 * }
 * }</pre>
 */
public final class CaseReview {

    private static final Comparator<Finding> BY_SEVERITY = Comparator.comparing(Finding::severity);

    /**
     * The default of {@link #conversationLookback()}: 3 months. It is good practice of the review, not a period of
     * the law, which asks for the conversation before the decision (barnets lov § 5, stk. 3; serviceloven § 48) and
     * sets no window.
     */
    public static final Period DEFAULT_CONVERSATION_LOOKBACK = Period.ofMonths(3);

    private final DeadlineEngine engine;
    private final List<RulePack> packs;
    private final Set<Duty> claimedDuties;
    private final Period conversationLookback;

    private CaseReview(DeadlineEngine engine, List<RulePack> packs, Period conversationLookback) {
        this.engine = engine;
        this.packs = packs;
        this.conversationLookback = conversationLookback;
        Set<Duty> duties = new LinkedHashSet<>();
        for (RulePack pack : packs) {
            for (RuleDescriptor d : pack.rules()) {
                duties.addAll(d.deadlineDuties());
            }
        }
        this.claimedDuties = Set.copyOf(duties);
    }

    /**
     * Returns a review with the statutory packs, {@link RulePack#statutory()}, on the given engine.
     *
     * @param engine the deadline engine whose evaluations the timeliness rules report; its rule book may hold a
     *     municipality's rules
     * @return the review
     */
    public static CaseReview of(DeadlineEngine engine) {
        return of(engine, RulePack.statutory());
    }

    /**
     * Returns a review with the given packs on the given engine. An event whose trigger date no pack covers is not
     * judged.
     *
     * @param engine the deadline engine whose evaluations the timeliness rules report
     * @param packs the packs, whose periods must not overlap
     * @return the review
     * @throws IllegalArgumentException if there are no packs, or two packs' periods overlap
     */
    public static CaseReview of(DeadlineEngine engine, List<RulePack> packs) {
        Objects.requireNonNull(engine, "engine");
        List<RulePack> copy = List.copyOf(Objects.requireNonNull(packs, "packs"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("packs: expected at least one rule pack, got none");
        }
        for (int i = 0; i < copy.size(); i++) {
            for (int j = i + 1; j < copy.size(); j++) {
                if (copy.get(i).inForce().overlaps(copy.get(j).inForce())) {
                    throw new IllegalArgumentException("packs: expected packs whose periods do not overlap, got "
                            + copy.get(i) + " and " + copy.get(j));
                }
            }
        }
        List<RulePack> sorted = new ArrayList<>(copy);
        sorted.sort(Comparator.comparing(p -> p.inForce().startInclusive()));
        return new CaseReview(engine, List.copyOf(sorted), DEFAULT_CONVERSATION_LOOKBACK);
    }

    /**
     * Returns a copy of this review where a conversation with the child that names no decision counts for a decision
     * when it is held within the given period before it: the municipality's own setting. The law asks for the
     * conversation before the decision and sets no window, so this is a setting, not a legal period; a conversation
     * that names the decision counts whenever it was held before it.
     *
     * @param lookback the period, positive, such as {@code Period.ofMonths(3)}
     * @return the copy
     * @throws IllegalArgumentException if the period is zero or negative
     */
    public CaseReview withConversationLookback(Period lookback) {
        Objects.requireNonNull(lookback, "lookback");
        if (lookback.isZero() || lookback.isNegative()) {
            throw new IllegalArgumentException("lookback: expected a positive period, got a zero or negative one");
        }
        return new CaseReview(engine, packs, lookback);
    }

    /**
     * Returns how long before a decision a conversation with the child that names no decision counts for it.
     *
     * @return the period; {@link #DEFAULT_CONVERSATION_LOOKBACK} unless set
     */
    public Period conversationLookback() {
        return conversationLookback;
    }

    /**
     * Reviews a case at a moment.
     *
     * @param childCase the case
     * @param asOf the moment of the review; nothing recorded after it is seen
     * @return the result: the findings, errors first, then warnings, then queries
     */
    public ReviewResult review(ChildCase childCase, Instant asOf) {
        Objects.requireNonNull(childCase, "childCase");
        Objects.requireNonNull(asOf, "asOf");
        return review(childCase, asOf, engine.evaluate(childCase, asOf));
    }

    /**
     * Reviews a case with deadline evaluations already made, so that one run of the engine serves both the review
     * and the management information. The evaluations must be this review's engine's evaluation of the same case
     * at the same moment, as {@code engine().evaluate(childCase, asOf)} returns them.
     *
     * @param childCase the case
     * @param asOf the moment of the review
     * @param evaluations the engine's evaluations of the case at {@code asOf}
     * @return the findings
     * @throws IllegalArgumentException if an evaluation is of another case or another moment
     */
    public ReviewResult review(ChildCase childCase, Instant asOf, List<DeadlineEvaluation> evaluations) {
        Objects.requireNonNull(childCase, "childCase");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(evaluations, "evaluations");
        // One immutable list, which every pack's context then shares: the engine's own is one already.
        List<DeadlineEvaluation> shared = DeadlineEvaluations.of(evaluations);
        for (DeadlineEvaluation e : shared) {
            if (!e.caseId().equals(childCase.id()) || !e.asOf().equals(asOf)) {
                throw new IllegalArgumentException("evaluations: expected the engine's evaluations of case "
                        + childCase.id() + " at " + asOf + ", got one of case " + e.caseId() + " at " + e.asOf());
            }
        }
        List<Finding> findings = new ArrayList<>();
        // What the packs share of the case is worked out once, when a rule of either first asks for it.
        CaseFacts facts = new CaseFacts(childCase, asOf, engine.zone(), shared, claimedDuties, conversationLookback);
        for (RulePack pack : packs) {
            ReviewContext context = new ReviewContext(facts, pack.inForce());
            List<ReviewRule> rules = pack.implementations();
            for (int i = 0; i < rules.size(); i++) {
                rules.get(i).check(context, findings);
            }
        }
        List<Finding> accepted = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            accepted.add(accept(f, childCase, asOf));
        }
        accepted.sort(BY_SEVERITY);
        return new ReviewResult(childCase.id(), asOf, accepted);
    }

    private static Finding accept(Finding finding, ChildCase childCase, Instant asOf) {
        if (finding.severity() != Severity.QUERY) {
            return finding;
        }
        Optional<Justification> best = Optional.empty();
        for (Justification j : childCase.justifications()) {
            boolean matches = j.ruleCode().equals(finding.code())
                    && j.partId().equals(finding.partId())
                    && !j.recordedAt().isAfter(asOf);
            if (matches && (best.isEmpty() || j.recordedAt().isBefore(best.get().recordedAt()))) {
                best = Optional.of(j);
            }
        }
        return best.map(j -> finding.withAcceptance(new Acceptance(j.id(), j.recordedBy(), j.recordedAt())))
                .orElse(finding);
    }

    /**
     * Returns the packs the review judges by, in date order.
     *
     * @return the packs
     */
    public List<RulePack> packs() {
        return packs;
    }

    /**
     * Returns the catalogue of the review's rules.
     *
     * @return the catalogue of {@link #packs()}
     */
    public RuleCatalogue catalogue() {
        return RuleCatalogue.of(packs);
    }

    /**
     * Returns the deadline engine the timeliness rules report.
     *
     * @return the engine
     */
    public DeadlineEngine engine() {
        return engine;
    }

    /** Returns the packs' ids. */
    @Override
    public String toString() {
        return "CaseReview[packs=" + packs.stream().map(RulePack::id).toList() + "]";
    }
}
