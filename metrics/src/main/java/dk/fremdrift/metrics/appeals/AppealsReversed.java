package dk.fremdrift.metrics.appeals;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.EVENT_DIMENSIONS;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LegalBasis;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.Outcome;
import dk.fremdrift.metrics.ReferenceFigure;
import dk.fremdrift.metrics.internal.StandardIndicator;
import dk.fremdrift.model.AppealOutcome;
import dk.fremdrift.model.Complaint;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link Indicators#APPEALS_REVERSED}: the omgørelsesprocent, the share of the complaints Ankestyrelsen decided on the
 * merits in the period whose decision it remitted, changed or annulled ({@link AppealOutcome#isReversal()}).
 *
 * <p>A unit is a complaint whose Ankestyrelsen decision ({@link Complaint#appealDecided()}) is dated in the period, as
 * Ankestyrelsen counts by the date of its own decision; a dismissed complaint is left out, as it was not decided on
 * the merits. A complaint still with Ankestyrelsen has no decision date and is not a unit yet.
 *
 * <p>UNCONFIRMED: the date § 79 b, stk. 1 came into force. It was in force when L 151 (2021-22) added stk. 2 and 3 from
 * 1 July 2022; the basis is given from the metrics' coverage (2014) until the start is checked.
 */
final class AppealsReversed extends StandardIndicator {

    static final AppealsReversed INDICATOR = new AppealsReversed();

    private AppealsReversed() {
        super(IndicatorDefinition.builder(Indicators.APPEALS_REVERSED, IndicatorKind.PROPORTION)
                .name(LocalizedText.of("Omgørelsesprocent i Ankestyrelsen", "Decisions reversed on appeal"))
                .description(LocalizedText.of(
                        "Andel af de klager, Ankestyrelsen har realitetsbehandlet i perioden, hvor afgørelsen blev"
                                + " hjemvist, ændret eller ophævet. Kommunalbestyrelsen skal behandle"
                                + " Ankestyrelsens statistik mindst én gang om året.",
                        "Share of the complaints Ankestyrelsen decided on the merits in the period whose decision it"
                                + " remitted, changed or annulled. The municipal council must discuss Ankestyrelsen's"
                                + " statistics at least once a year."))
                .legalBasis(List.of(LegalBasis.of(LegalReference.of(Law.RETSSIKKERHEDSLOVEN, "79 b", 1), APPLIES)))
                .applies(APPLIES)
                .population(LocalizedText.of(
                        "Klager over kommunens afgørelser, som Ankestyrelsen har afgjort med en dato i perioden"
                                + " (som Ankestyrelsen tæller: efter datoen for sin afgørelse).",
                        "Complaints about the municipality's decisions that Ankestyrelsen decided on a date in the"
                                + " period (as Ankestyrelsen counts: by the date of its decision)."))
                .numerator(LocalizedText.of(
                        "Dem, hvor afgørelsen blev hjemvist, ændret eller ophævet.",
                        "Those whose decision was remitted, changed or annulled."))
                .exclusions(LocalizedText.of(
                        "Klager, Ankestyrelsen afviste uden at realitetsbehandle dem (fx fordi klagefristen var"
                                + " overskredet).",
                        "Complaints Ankestyrelsen dismissed without deciding them on the merits (filed too late,"
                                + " say)."))
                .censoring(LocalizedText.of(
                        "Ingen: en klage, som Ankestyrelsen endnu ikke har afgjort, har ingen afgørelsesdato og"
                                + " tælles, når den er afgjort.",
                        "None: a complaint Ankestyrelsen has not yet decided has no decision date and counts once"
                                + " decided."))
                .nationalReference(ReferenceFigure.of(
                        0.318,
                        "2021",
                        LocalizedText.of(
                                "Ankestyrelsen, Danmarkskortet: omgørelsesprocent på hele socialområdet, alle"
                                        + " kommuner",
                                "Ankestyrelsen, Danmarkskortet: share reversed in the whole social area, all"
                                        + " municipalities")))
                .dimensions(EVENT_DIMENSIONS)
                .build());
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        decidedInPeriod(
                facts,
                (c, decided, outcome) -> out.judged(
                        decided,
                        !outcome.onTheMerits()
                                ? Outcome.EXCLUDED
                                : outcome.isReversal() ? Outcome.MET : Outcome.NOT_MET));
    }

    /** What to do with a complaint Ankestyrelsen decided: the complaint, the date and the outcome. */
    interface DecidedAppeal {
        void accept(Complaint complaint, LocalDate decided, AppealOutcome outcome);
    }

    /** Hands on each complaint of the case that Ankestyrelsen decided on a date that counts in the period. */
    static void decidedInPeriod(CaseFacts facts, DecidedAppeal action) {
        List<Complaint> complaints = facts.childCase().complaints();
        for (int i = 0; i < complaints.size(); i++) {
            Complaint c = complaints.get(i);
            if (c.appealOutcome().isPresent() && facts.counts(c.appealDecided().orElseThrow())) {
                action.accept(c, c.appealDecided().get(), c.appealOutcome().get());
            }
        }
    }
}
