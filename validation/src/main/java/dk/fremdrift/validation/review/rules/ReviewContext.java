package dk.fremdrift.validation.review.rules;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.DeadlineStatus;
import dk.fremdrift.deadlines.DeadlineUnit;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.deadlines.internal.ZoneDates;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.PartId;
import dk.fremdrift.validation.review.DeadlineReference;
import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.RuleDescriptor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules of one pack see of one review: the case, the moment, the deadline engine's evaluations and the
 * period of the events the pack judges, with the facts of the case the packs share ({@link CaseFacts}). Built by the
 * review once per pack; not shared between reviews.
 */
public final class ReviewContext {

    private final CaseFacts facts;
    private final InForcePeriod period;
    /** The late evaluations whose trigger date the pack judges, in order: what its timeliness rules go through. */
    private final List<DeadlineEvaluation> lateJudged;

    /**
     * Returns the context of one pack.
     *
     * @param childCase the case
     * @param asOf the moment of the review
     * @param zone the zone in which moments become dates, the engine's
     * @param evaluations the deadline engine's evaluations of the case at {@code asOf}
     * @param period the period of the events the pack judges, by trigger date
     * @param claimedDuties the deadline duties some timeliness rule of the review reports
     */
    public ReviewContext(
            ChildCase childCase,
            Instant asOf,
            ZoneId zone,
            List<DeadlineEvaluation> evaluations,
            InForcePeriod period,
            Set<Duty> claimedDuties) {
        this(new CaseFacts(childCase, asOf, zone, evaluations, claimedDuties), period);
    }

    /**
     * Returns the context of one pack that shares the facts of the case with the other packs of the review.
     *
     * @param facts the case, the moment, the evaluations and what the packs share
     * @param period the period of the events the pack judges, by trigger date
     */
    public ReviewContext(CaseFacts facts, InForcePeriod period) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.period = Objects.requireNonNull(period, "period");
        List<DeadlineEvaluation> late = facts.lateEvaluations();
        List<DeadlineEvaluation> judged = List.of();
        for (int i = 0; i < late.size(); i++) {
            if (period.contains(late.get(i).triggerDate())) {
                if (judged.isEmpty()) {
                    judged = new ArrayList<>(late.size() - i);
                }
                judged.add(late.get(i));
            }
        }
        this.lateJudged = judged;
    }

    CaseFacts facts() {
        return facts;
    }

    ChildCase childCase() {
        return facts.childCase();
    }

    Instant asOf() {
        return facts.asOf();
    }

    LocalDate asOfDate() {
        return facts.asOfDate();
    }

    ZoneId zone() {
        return facts.zoneDates().zone();
    }

    LocalDate dateOf(Instant instant) {
        return facts.dateOf(instant);
    }

    List<DeadlineEvaluation> evaluations() {
        return facts.evaluations();
    }

    /** The evaluations that are overdue or met late, in the order of {@link #evaluations()}. */
    List<DeadlineEvaluation> lateEvaluations() {
        return facts.lateEvaluations();
    }

    /**
     * The evaluations that are overdue or met late and whose trigger date this pack judges, in the order of {@link
     * #evaluations()}.
     */
    List<DeadlineEvaluation> lateEvaluationsJudged() {
        return lateJudged;
    }

    /** Tells whether this pack judges an event with the given trigger date. */
    boolean judges(LocalDate triggerDate) {
        return period.contains(triggerDate);
    }

    boolean isClaimed(Duty duty) {
        return facts.claimedDuties().contains(duty);
    }

    /** A finding of a content rule, on the rule's own provision; a null part means the case as a whole. */
    Finding finding(ReviewRule rule, PartId part, int template, Values values) {
        RuleDescriptor d = rule.descriptor();
        return build(rule, d.legalBasis(), d.inForce(), part, template, values, null);
    }

    /**
     * A finding from a late or overdue deadline evaluation, on the provision and period of the engine's rule, with
     * the standard placeholders {@code path}, {@code basis}, {@code due}, {@code done}, {@code late}, {@code asOf},
     * {@code occurrence} and {@code deadline} filled from the evaluation. Template 0 is for a step met late, template 1
     * for one overdue.
     */
    Finding timeliness(ReviewRule rule, DeadlineEvaluation e, Values values) {
        return timeliness(rule, e, values, false);
    }

    /**
     * As {@link #timeliness(ReviewRule, DeadlineEvaluation, Values)}; with {@code ownBasis}, the finding cites the
     * review rule's own provision and period instead of the engine rule's (for a deadline the statute leaves to the
     * municipality, such as a later follow-up under barnets lov § 95, stk. 3).
     */
    Finding timeliness(ReviewRule rule, DeadlineEvaluation e, Values values, boolean ownBasis) {
        boolean hours = e.rule().unit() == DeadlineUnit.HOURS;
        boolean late = e.status() == DeadlineStatus.MET_LATE;
        ZoneDates zone = facts.zoneDates();
        if (hours) {
            Messages.moment(values, "due", e.dueAt(), zone);
            Messages.moment(values, "asOf", facts.asOf(), zone);
            if (e.lateness().isPresent()) {
                Duration d = e.lateness().get();
                values.put("late", Messages.duration(d, true), Messages.duration(d, false));
            }
        } else {
            values.date("due", e.dueDate());
            values.date("asOf", facts.asOfDate());
            long days = late
                    ? (e.lateness().isPresent() ? e.lateness().get().toDays() : 0L)
                    : ChronoUnit.DAYS.between(e.dueDate(), facts.asOfDate());
            values.put("late", Messages.days(days, true), Messages.days(days, false));
        }
        if (late) {
            Optional<Instant> at = e.completedAt();
            if (hours && at.isPresent()) {
                Messages.moment(values, "done", at.get(), zone);
            } else {
                values.put(
                        "done",
                        e.completedOn().isPresent()
                                ? Messages.date(e.completedOn().get())
                                : "?");
            }
        }
        values.put("occurrence", Integer.toString(e.occurrence()));
        values.put("deadline", e.rule().titleDa(), e.rule().titleEn());
        DeadlineReference ref =
                new DeadlineReference(e.ruleId(), e.occurrence(), e.triggerDate(), e.dueDate(), e.status());
        RuleDescriptor d = rule.descriptor();
        return build(
                rule,
                ownBasis ? d.legalBasis() : e.rule().legalBasis(),
                ownBasis ? d.inForce() : e.rule().inForce(),
                e.subjectId().orElse(null),
                late ? 0 : 1,
                values,
                ref);
    }

    /**
     * A finding about a deadline the engine cannot tell ({@link DeadlineStatus#UNDETERMINED}), on the provision and
     * period of the engine's rule, with {@code path}, {@code basis}, {@code deadline} and {@code why} (the engine's
     * explanation) filled in.
     */
    Finding undetermined(ReviewRule rule, DeadlineEvaluation e) {
        Values values = Values.of()
                .put("deadline", e.rule().titleDa(), e.rule().titleEn())
                .put("why", e.explanationDa(), e.explanationEn());
        DeadlineReference ref =
                new DeadlineReference(e.ruleId(), e.occurrence(), e.triggerDate(), e.dueDate(), e.status());
        return build(
                rule, e.rule().legalBasis(), e.rule().inForce(), e.subjectId().orElse(null), 0, values, ref);
    }

    private Finding build(
            ReviewRule rule,
            LegalReference basis,
            InForcePeriod inForce,
            PartId part,
            int template,
            Values values,
            DeadlineReference deadline) {
        ChildCase childCase = facts.childCase();
        Optional<String> path = part == null ? Optional.empty() : childCase.pathOf(part);
        Optional<PartId> partId = path.isPresent() ? Optional.of(part) : Optional.empty();
        if (path.isPresent()) {
            values.put("path", path.get());
        } else {
            values.put("path", "sagen", "the case");
        }
        ReviewRule.BasisTexts texts = rule.basisTexts(basis);
        values.put("basis", texts.danish(), texts.english());
        RuleDescriptor d = rule.descriptor();
        return new Finding(
                childCase.id(),
                d.code(),
                d.severity(),
                basis,
                inForce,
                rule.templateDa(template).render(values, true),
                rule.templateEn(template).render(values, false),
                partId,
                path,
                Optional.ofNullable(deadline),
                Optional.empty());
    }
}
