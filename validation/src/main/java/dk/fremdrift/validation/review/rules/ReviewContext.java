package dk.fremdrift.validation.review.rules;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.DeadlineStatus;
import dk.fremdrift.deadlines.DeadlineUnit;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.PartId;
import dk.fremdrift.validation.review.DeadlineReference;
import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.RuleDescriptor;
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
 * period of the events the pack judges. Built by the review once per pack; not shared between reviews.
 */
public final class ReviewContext {

    private final ChildCase childCase;
    private final Instant asOf;
    private final ZoneId zone;
    private final LocalDate asOfDate;
    private final List<DeadlineEvaluation> evaluations;
    /** The evaluations overdue or met late, in order: the only ones a timeliness rule reports. */
    private final List<DeadlineEvaluation> late;

    private final InForcePeriod period;
    private final Set<String> claimedDuties;

    private static final int MOMENTS = 8;
    private final Instant[] moments = new Instant[MOMENTS];
    private final LocalDate[] dates = new LocalDate[MOMENTS];
    private int nextMoment;

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
            Set<String> claimedDuties) {
        this.childCase = Objects.requireNonNull(childCase, "childCase");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.asOfDate = LocalDate.ofInstant(asOf, zone);
        this.evaluations = List.copyOf(evaluations);
        List<DeadlineEvaluation> lateOnes = new ArrayList<>();
        for (DeadlineEvaluation e : this.evaluations) {
            if (e.status() == DeadlineStatus.OVERDUE || e.status() == DeadlineStatus.MET_LATE) {
                lateOnes.add(e);
            }
        }
        this.late = lateOnes;
        this.period = Objects.requireNonNull(period, "period");
        this.claimedDuties = Set.copyOf(claimedDuties);
    }

    ChildCase childCase() {
        return childCase;
    }

    Instant asOf() {
        return asOf;
    }

    LocalDate asOfDate() {
        return asOfDate;
    }

    ZoneId zone() {
        return zone;
    }

    LocalDate dateOf(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        // Several rules ask for the date of the same moments (a notification's receipt, an assessment); remember
        // the last few answers by the moment's identity. The answer is the same either way.
        for (int i = 0; i < MOMENTS; i++) {
            if (moments[i] == instant) {
                return dates[i];
            }
        }
        LocalDate date = LocalDate.ofInstant(instant, zone);
        moments[nextMoment] = instant;
        dates[nextMoment] = date;
        nextMoment = (nextMoment + 1) % MOMENTS;
        return date;
    }

    List<DeadlineEvaluation> evaluations() {
        return evaluations;
    }

    /** The evaluations that are overdue or met late, in the order of {@link #evaluations()}. */
    List<DeadlineEvaluation> lateEvaluations() {
        return late;
    }

    /** Tells whether this pack judges an event with the given trigger date. */
    boolean judges(LocalDate triggerDate) {
        return period.contains(triggerDate);
    }

    boolean isClaimed(String duty) {
        return claimedDuties.contains(duty);
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
        boolean hours = e.rule().unit() == DeadlineUnit.HOURS;
        boolean late = e.status() == DeadlineStatus.MET_LATE;
        if (hours) {
            values.put("due", Messages.moment(e.dueAt(), zone, true), Messages.moment(e.dueAt(), zone, false));
            values.put("asOf", Messages.moment(asOf, zone, true), Messages.moment(asOf, zone, false));
            e.lateness().ifPresent(d -> values.put("late", Messages.duration(d, true), Messages.duration(d, false)));
        } else {
            values.date("due", e.dueDate());
            values.date("asOf", asOfDate);
            long days = late
                    ? e.lateness().map(d -> d.toDays()).orElse(0L)
                    : ChronoUnit.DAYS.between(e.dueDate(), asOfDate);
            values.put("late", Messages.days(days, true), Messages.days(days, false));
        }
        if (late) {
            Optional<Instant> at = e.completedAt();
            if (hours && at.isPresent()) {
                values.put("done", Messages.moment(at.get(), zone, true), Messages.moment(at.get(), zone, false));
            } else {
                values.put("done", e.completedOn().map(Messages::date).orElse("?"));
            }
        }
        values.put("occurrence", Integer.toString(e.occurrence()));
        values.put("deadline", e.rule().titleDa(), e.rule().titleEn());
        DeadlineReference ref =
                new DeadlineReference(e.ruleId(), e.occurrence(), e.triggerDate(), e.dueDate(), e.status());
        return build(
                rule, e.rule().legalBasis(), e.rule().inForce(), e.subjectId().orElse(null), late ? 0 : 1, values, ref);
    }

    private Finding build(
            ReviewRule rule,
            LegalReference basis,
            InForcePeriod inForce,
            PartId part,
            int template,
            Values values,
            DeadlineReference deadline) {
        Optional<String> path = part == null ? Optional.empty() : childCase.pathOf(part);
        Optional<PartId> partId = path.isPresent() ? Optional.of(part) : Optional.empty();
        values.put("path", path.orElse("sagen"), path.orElse("the case"));
        values.put("basis", basis.toDanish(), basis.toEnglish());
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
