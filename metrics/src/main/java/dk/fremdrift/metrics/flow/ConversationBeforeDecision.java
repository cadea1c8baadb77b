package dk.fremdrift.metrics.flow;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.BL;
import static dk.fremdrift.metrics.internal.Definitions.EVENT_DIMENSIONS;
import static dk.fremdrift.metrics.internal.Definitions.SEL;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LegalBasis;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.Outcome;
import dk.fremdrift.metrics.internal.Definitions;
import dk.fremdrift.metrics.internal.StandardIndicator;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.ChildConversation;
import dk.fremdrift.model.ConversationOutcome;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import java.time.LocalDate;
import java.util.List;

/** {@link Indicators#CHILD_CONVERSATION_BEFORE_DECISION}: the share of decisions about a child under 18 preceded by a conversation with the child. */
final class ConversationBeforeDecision extends StandardIndicator {

    static final ConversationBeforeDecision INDICATOR = new ConversationBeforeDecision();

    private static final int ADULT = 18;

    private ConversationBeforeDecision() {
        super(IndicatorDefinition.builder(Indicators.CHILD_CONVERSATION_BEFORE_DECISION, IndicatorKind.PROPORTION)
                .name(LocalizedText.of("Børnesamtale før afgørelse", "Conversation with the child before the decision"))
                .description(LocalizedText.of(
                        "Andel af afgørelser, hvor der blev holdt en børnesamtale før afgørelsen.",
                        "Share of decisions preceded by a conversation with the child."))
                .legalBasis(List.of(
                        LegalBasis.of(LegalReference.of(Law.SERVICELOVEN, "48"), SEL),
                        LegalBasis.of(LegalReference.of(Law.BARNETS_LOV, "5", 3), BL)))
                .applies(APPLIES)
                .population(LocalizedText.of(
                        "Afgørelser (bevilget eller afslået) dateret i rapportperioden, til og med asOf, om et barn"
                                + " under 18 år på afgørelsens dato, fraregnet undtagelserne.",
                        "Decisions (granted or refused) dated in the reporting period, up to asOf, about a child"
                                + " under 18 on the decision date, less the exclusions."))
                .numerator(LocalizedText.of(
                        "Dem med en afholdt børnesamtale (HELD), der enten er knyttet til afgørelsen (decisionId) eller"
                                + " er dateret på eller før afgørelsens dato og højst 3 måneder før (på eller efter"
                                + " afgørelsens dato minus 3 måneder). Samtaler dateret efter asOf ses ikke.",
                        "Those with a held conversation (HELD) that is linked to the decision (decisionId) or dated on"
                                + " or before the decision date and no more than 3 months before it (on or after the"
                                + " decision date minus 3 months). Conversations dated after asOf are not seen."))
                .exclusions(LocalizedText.of(
                        "Afgørelser om en ung på 18 år eller derover på afgørelsens dato; og afgørelser uden en sådan"
                                + " afholdt samtale, men med en registreret undladelse (OMITTED, med begrundelse),"
                                + " der er knyttet til afgørelsen eller dateret i samme 3-måneders vindue. De tælles"
                                + " for sig.",
                        "Decisions about a young person aged 18 or over on the decision date; and decisions without"
                                + " such a held conversation but with a recorded omission (OMITTED, with its reason)"
                                + " linked to the decision or dated in the same 3-month window. Counted apart."))
                .censoring(LocalizedText.of(
                        "Ingen: samtalen skal ligge før afgørelsen.",
                        "None: the conversation must precede the decision."))
                .target(1.0)
                .nationalReference(Definitions.barnometer2024(0.65))
                .dimensions(EVENT_DIMENSIONS)
                .build());
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        ChildCase c = facts.childCase();
        LocalDate asOf = facts.asOfDate();
        for (Decision d : c.decisions()) {
            LocalDate decided = d.decided();
            if (!facts.counts(decided)) {
                continue;
            }
            if (facts.ageOn(decided) >= ADULT) {
                out.judged(decided, Outcome.EXCLUDED);
                continue;
            }
            // A held conversation that counts makes the decision met; failing that, an omitted one excludes it.
            LocalDate from = decided.minusMonths(3);
            boolean held = false;
            boolean omitted = false;
            List<ChildConversation> conversations = c.childConversations();
            for (int j = 0; j < conversations.size() && !held; j++) {
                ChildConversation cc = conversations.get(j);
                LocalDate date = cc.date();
                if (date.isAfter(asOf)) {
                    continue;
                }
                boolean counting = (cc.decisionId().isPresent()
                                && d.id().equals(cc.decisionId().get()))
                        || (!date.isAfter(decided) && !date.isBefore(from));
                if (counting) {
                    if (cc.outcome() == ConversationOutcome.HELD) {
                        held = true;
                    } else if (cc.outcome() == ConversationOutcome.OMITTED) {
                        omitted = true;
                    }
                }
            }
            out.judged(decided, held ? Outcome.MET : omitted ? Outcome.EXCLUDED : Outcome.NOT_MET);
        }
    }
}
