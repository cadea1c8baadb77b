package dk.fremdrift.metrics;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.metrics.internal.Definitions;
import dk.fremdrift.model.InForcePeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The share of one duty's deadlines met on time, counted from the deadline engine's evaluations: the most common
 * indicator, ready made for the standard ones ({@link Indicators#ASSESSMENT_24H_ON_TIME} and the others) and for a
 * municipality's own, such as a local processing deadline under retssikkerhedsloven § 3, stk. 2.
 *
 * <p>Each evaluation of the duty whose trigger date the aggregation counts ({@link CaseFacts#counts}) is one unit,
 * in the cells of its trigger date: met on time ({@link Outcome#MET}) in the numerator; met late or overdue at asOf in
 * the denominator only; open or due soon censored; not applicable, expired, or not to be told because a legal fact
 * is not recorded in the case ({@code UNDETERMINED}) excluded ({@link Outcome#of}). The definition's population,
 * numerator, exclusions and censoring say so in Danish and English, from the trigger and step given here.
 *
 * <pre>{@code
 * OnTimeIndicator complaints = OnTimeIndicator.builder("LOCAL_COMPLAINT_10D_ON_TIME", Duty.of("COMPLAINT_10D"))
 *         .name(LocalizedText.of("Klager genvurderet inden for 10 dage", "Complaints reassessed within 10 days"))
 *         .description(LocalizedText.of("Andel af klager, ...", "Share of complaints ..."))
 *         .legalBasis(LegalBasis.of(LegalReference.of(Law.RETSSIKKERHEDSLOVEN, "3", 2), InForcePeriod.from(...)))
 *         .trigger(LocalizedText.of("Klager modtaget i rapportperioden", "Complaints received in the reporting period"))
 *         .step(LocalizedText.of("klagen blev genvurderet rettidigt", "the complaint was reassessed on time"))
 *         .build();
 * }</pre>
 *
 * <p>Indicators are immutable and thread-safe.
 */
public final class OnTimeIndicator implements Indicator {

    private final IndicatorDefinition definition;
    private final Duty duty;
    private final boolean firstOccurrenceOnly;
    private final boolean byKind;

    private OnTimeIndicator(Builder b) {
        this.duty = b.duty;
        this.firstOccurrenceOnly = b.firstOccurrenceOnly;
        this.byKind = b.byInterventionKind;
        List<Dimension> dimensions = new ArrayList<>(List.of(Dimension.TEAM, Dimension.CASEWORKER, Dimension.AGE_BAND));
        if (byKind) {
            dimensions.add(Dimension.INTERVENTION_KIND);
        }
        dimensions.add(Dimension.MONTH);
        String d = duty.name();
        this.definition = new IndicatorDefinition(
                b.id,
                IndicatorKind.PROPORTION,
                require(b.name, "name"),
                require(b.description, "description"),
                b.legalBasis,
                b.applies,
                LocalizedText.of(
                        require(b.trigger, "trigger").da() + ", til og med asOf, hvis frist efter pligten " + d
                                + " fristmotoren har bedømt: overholdt (MET), overholdt for sent (MET_LATE) eller ikke"
                                + " overholdt og overskredet ved asOf (OVERDUE). Beregnet af fristmotorens"
                                + " bedømmelser, efter den regel, der gjaldt på datoen for det, der udløste fristen.",
                        b.trigger.en() + ", up to asOf, whose deadline under duty " + d + " the deadline engine"
                                + " judged: met on time (MET), met late (MET_LATE) or not met and past due at asOf"
                                + " (OVERDUE). Computed from the deadline engine's evaluations, by the rule in force"
                                + " on the date of the trigger."),
                LocalizedText.of(
                        "Dem, hvor " + require(b.step, "step").da() + " (MET).",
                        "Those where " + b.step.en() + " (MET)."),
                LocalizedText.of(
                        "Frister, som fristmotoren finder ikke relevante (NOT_APPLICABLE: sagen blev lukket eller"
                                + " indsatsen sluttede før fristen, eller en dato ligger uden for kalenderens"
                                + " dækning), udløbne (EXPIRED) eller ikke kan afgøre, fordi et retligt faktum ikke er"
                                + " registreret i sagen (UNDETERMINED, aldrig gættet); de tælles for sig.",
                        "Deadlines the engine finds not applicable (NOT_APPLICABLE: the case was closed or the"
                                + " intervention ended before the deadline, or a date is outside the calendar's"
                                + " coverage), expired (EXPIRED), or cannot tell because a legal fact is not recorded"
                                + " in the case (UNDETERMINED, never guessed); counted apart."),
                LocalizedText.of(
                        "Frister, der endnu ikke er overholdt og endnu ikke overskredet ved asOf (OPEN, DUE_SOON): for"
                                + " nye til at bedømme; de tælles for sig som censurerede, hverken rettidige eller for"
                                + " sene.",
                        "Deadlines not yet met and not yet past due at asOf (OPEN, DUE_SOON): too recent to judge;"
                                + " counted apart as censored, neither on time nor late."),
                Optional.of(1.0),
                b.nationalReference,
                dimensions,
                List.of());
    }

    private static <T> T require(T value, String name) {
        if (value == null) {
            throw new IllegalStateException(name + ": expected a value before build(), got none");
        }
        return value;
    }

    /**
     * Starts an indicator of the share of a duty's deadlines met on time.
     *
     * @param id the indicator's id: capital letters, digits and underscores, unique in an aggregation
     * @param duty the duty whose evaluations it counts
     * @return the builder
     */
    public static Builder builder(String id, Duty duty) {
        return new Builder(Objects.requireNonNull(id, "id"), Objects.requireNonNull(duty, "duty"));
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    /**
     * Returns the duty whose evaluations the indicator counts.
     *
     * @return the duty
     */
    public Duty duty() {
        return duty;
    }

    /**
     * Tells whether the indicator is broken down by the kind of the intervention each deadline is about.
     *
     * @return true if broken down by intervention kind
     */
    public boolean byInterventionKind() {
        return byKind;
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        List<DeadlineEvaluation> evaluations = facts.evaluations();
        int slot = facts.slotOf(duty);
        if (slot < 0) {
            // Not counted by the aggregation (an indicator asked to observe on its own): every evaluation is read.
            for (int i = 0; i < evaluations.size(); i++) {
                if (evaluations.get(i).duty().equals(duty)) {
                    observe(facts, out, i);
                }
            }
            return;
        }
        int[] indices = facts.slotEvaluations(slot);
        for (int k = 0, n = facts.slotCount(slot); k < n; k++) {
            observe(facts, out, indices[k]);
        }
    }

    /** Observes one evaluation of the duty. */
    private void observe(CaseFacts facts, Observations out, int i) {
        DeadlineEvaluation e = facts.evaluations().get(i);
        if (firstOccurrenceOnly && e.occurrence() != 1) {
            return;
        }
        LocalDate trigger = e.triggerDate();
        if (!facts.counts(trigger)) {
            return;
        }
        if (byKind) {
            out.judged(trigger, facts.interventionKind(i), Outcome.of(e.status()));
        } else {
            out.judged(trigger, Outcome.of(e.status()));
        }
    }

    @Override
    public String toString() {
        return "OnTimeIndicator[" + definition.id() + ", duty=" + duty + "]";
    }

    /** Builds an {@link OnTimeIndicator}; name, description, trigger and step are required. */
    public static final class Builder {

        private final String id;
        private final Duty duty;
        private LocalizedText name;
        private LocalizedText description;
        private List<LegalBasis> legalBasis = List.of();
        private InForcePeriod applies = Definitions.APPLIES;
        private LocalizedText trigger;
        private LocalizedText step;
        private Optional<ReferenceFigure> nationalReference = Optional.empty();
        private boolean firstOccurrenceOnly;
        private boolean byInterventionKind;

        private Builder(String id, Duty duty) {
            this.id = id;
            this.duty = duty;
        }

        /**
         * Sets the short name.
         *
         * @param name the name, in Danish and English
         * @return this builder
         */
        public Builder name(LocalizedText name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the sentence or two on what the indicator shows.
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(LocalizedText description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * Sets the provisions the deadline rests on, one per law period.
         *
         * @param legalBasis the provisions, with the periods in which they are in force
         * @return this builder
         */
        public Builder legalBasis(LegalBasis... legalBasis) {
            this.legalBasis = List.of(legalBasis);
            return this;
        }

        /**
         * Sets the period of events the definition applies to; by default from 1 January 2014, the metrics' coverage.
         *
         * @param applies the period
         * @return this builder
         */
        public Builder applies(InForcePeriod applies) {
            this.applies = Objects.requireNonNull(applies, "applies");
            return this;
        }

        /**
         * Sets what starts a deadline, as the start of the population's sentence, such as "Complaints received in
         * the reporting period".
         *
         * @param trigger the words, in Danish and English
         * @return this builder
         */
        public Builder trigger(LocalizedText trigger) {
            this.trigger = Objects.requireNonNull(trigger, "trigger");
            return this;
        }

        /**
         * Sets what meets a deadline, as the end of "Those where ...", such as "the complaint was reassessed on
         * time".
         *
         * @param step the words, in Danish and English
         * @return this builder
         */
        public Builder step(LocalizedText step) {
            this.step = Objects.requireNonNull(step, "step");
            return this;
        }

        /**
         * Sets a published national figure to compare with.
         *
         * @param reference the figure
         * @return this builder
         */
        public Builder nationalReference(ReferenceFigure reference) {
            this.nationalReference = Optional.of(reference);
            return this;
        }

        /**
         * Counts only the first occurrence of a recurring deadline (the first follow-up, say).
         *
         * @return this builder
         */
        public Builder firstOccurrenceOnly() {
            this.firstOccurrenceOnly = true;
            return this;
        }

        /**
         * Breaks the indicator down by the kind of the intervention each deadline is about; for duties whose
         * evaluations are about an intervention (follow-ups, supervision). An evaluation of the duty that names no
         * intervention of the case is rejected when the case is added, before anything of it is counted.
         *
         * @return this builder
         */
        public Builder byInterventionKind() {
            this.byInterventionKind = true;
            return this;
        }

        /**
         * Builds the indicator.
         *
         * @return the indicator
         * @throws IllegalStateException if the name, description, trigger or step is missing
         * @throws IllegalArgumentException if the id is not in capitals, digits and underscores
         */
        public OnTimeIndicator build() {
            return new OnTimeIndicator(this);
        }
    }
}
