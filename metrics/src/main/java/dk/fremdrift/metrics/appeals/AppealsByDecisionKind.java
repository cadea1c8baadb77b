package dk.fremdrift.metrics.appeals;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.EVENT_DIMENSIONS;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.internal.StandardIndicator;
import dk.fremdrift.model.Complaint;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Indicators#APPEALS_BY_DECISION_KIND}: the complaints of {@link Indicators#APPEALS_REVERSED} (decided on the
 * merits in the period) by the kind of the decision complained about and whether Ankestyrelsen reversed it, so that
 * the omgørelsesprocent can be read per kind of decision, as Ankestyrelsen publishes it. The kind is the recorded
 * decision's ({@link Complaint#decisionId()}); a complaint that names no decision of the case is {@code
 * UNLINKED}. The categories add up to the population of {@code APPEALS_REVERSED}, and the reversed ones to its count.
 */
final class AppealsByDecisionKind extends StandardIndicator {

    /** The kind of a complaint that names no decision of the case. */
    static final String UNLINKED = "UNLINKED";

    static final String REVERSED = "/REVERSED";
    static final String UPHELD = "/UPHELD";

    static final AppealsByDecisionKind INDICATOR = new AppealsByDecisionKind();

    private AppealsByDecisionKind() {
        super(IndicatorDefinition.builder(Indicators.APPEALS_BY_DECISION_KIND, IndicatorKind.DISTRIBUTION)
                .name(LocalizedText.of(
                        "Klager i Ankestyrelsen efter afgørelsens art", "Appeals by the kind of decision"))
                .description(LocalizedText.of(
                        "De realitetsbehandlede klager fordelt på arten af den påklagede afgørelse og på, om"
                                + " Ankestyrelsen omgjorde den: omgørelsesprocenten pr. art er de omgjorte delt med"
                                + " alle af den art.",
                        "The complaints decided on the merits by the kind of the decision complained about and"
                                + " whether Ankestyrelsen reversed it: the share reversed per kind is the reversed"
                                + " divided by all of that kind."))
                .legalBasis(AppealsReversed.INDICATOR.definition().legalBasis())
                .applies(APPLIES)
                .population(AppealsReversed.INDICATOR.definition().population())
                .numerator(LocalizedText.of(
                        "Fordelt på <art>/REVERSED (hjemvist, ændret eller ophævet) og <art>/UPHELD (stadfæstet),"
                                + " hvor <art> er den påklagede afgørelses art (SUPPORT, PLACEMENT_WITH_CONSENT osv.),"
                                + " eller UNLINKED, når klagen ikke angiver en afgørelse i sagen.",
                        "By <kind>/REVERSED (remitted, changed or annulled) and <kind>/UPHELD, where <kind> is the"
                                + " kind of the decision complained about (SUPPORT, PLACEMENT_WITH_CONSENT and so"
                                + " on), or UNLINKED when the complaint names no decision of the case."))
                .exclusions(AppealsReversed.INDICATOR.definition().exclusions())
                .censoring(AppealsReversed.INDICATOR.definition().censoring())
                .dimensions(EVENT_DIMENSIONS)
                .categories(categories())
                .build());
    }

    private static List<String> categories() {
        List<String> out = new ArrayList<>();
        for (DecisionKind k : DecisionKind.values()) {
            out.add(k.name() + REVERSED);
            out.add(k.name() + UPHELD);
        }
        out.add(UNLINKED + REVERSED);
        out.add(UNLINKED + UPHELD);
        return List.copyOf(out);
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        AppealsReversed.decidedInPeriod(facts, (c, decided, outcome) -> {
            if (outcome.onTheMerits()) {
                out.category(decided, kindOf(facts, c) + (outcome.isReversal() ? REVERSED : UPHELD));
            }
        });
    }

    private static String kindOf(CaseFacts facts, Complaint c) {
        if (c.decisionId().isPresent()) {
            for (Decision d : facts.childCase().decisions()) {
                if (d.id().equals(c.decisionId().get())) {
                    return d.kind().name();
                }
            }
        }
        return UNLINKED;
    }
}
