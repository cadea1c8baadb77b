package dk.fremdrift.metrics.goals;

import static dk.fremdrift.metrics.internal.Definitions.BL;
import static dk.fremdrift.metrics.internal.Definitions.SEL;

import dk.fremdrift.metrics.LegalBasis;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import java.util.List;

/** What the two goal indicators share: the provisions on concrete goals, and the goals they count. */
final class GoalTexts {

    static final List<LegalBasis> BASIS = List.of(
            LegalBasis.of(LegalReference.of(Law.SERVICELOVEN, "140", 3), SEL),
            LegalBasis.of(LegalReference.of(Law.BARNETS_LOV, "91", 2), BL));

    static final LocalizedText POPULATION = LocalizedText.of(
            "Mål i planer udarbejdet senest asOf's dato, i sager der er åbne på asOf's dato; målets status og"
                    + " fremdrift udledes af GoalProgress fra målets indikator og målinger til og med asOf"
                    + " (aldrig indtastet).",
            "Goals of plans made on or before asOf's date, in cases open on asOf's date; each goal's status and"
                    + " progress are derived by GoalProgress from its indicator and measurements up to asOf"
                    + " (never entered by hand).");

    private GoalTexts() {}
}
