package dk.fremdrift.metrics.concerns;

import static dk.fremdrift.metrics.internal.Definitions.BL;
import static dk.fremdrift.metrics.internal.Definitions.SEL;

import dk.fremdrift.metrics.LegalBasis;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import java.util.Arrays;
import java.util.List;

/** What the indicators of concerns share: the provisions on the investigation's whole view, and the six areas. */
final class ConcernTexts {

    /** The investigation looks at the child's whole situation and finds the areas of concern. */
    static final List<LegalBasis> INVESTIGATION_BASIS = List.of(
            LegalBasis.of(LegalReference.of(Law.SERVICELOVEN, "50"), SEL),
            LegalBasis.of(LegalReference.of(Law.BARNETS_LOV, "22", 1), BL));

    /** The plan's concrete goals, which answer the concerns. */
    static final List<LegalBasis> PLAN_BASIS = List.of(
            LegalBasis.of(LegalReference.of(Law.SERVICELOVEN, "140", 3), SEL),
            LegalBasis.of(LegalReference.of(Law.BARNETS_LOV, "91", 2), BL));

    /** The categories: the six areas of the child's life, as the goals have them. */
    static final List<String> AREAS =
            Arrays.stream(GoalArea.values()).map(Enum::name).toList();

    private ConcernTexts() {}
}
