package dk.fremdrift.examples.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.metrics.Budget;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.LegalReference;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A budget file for the command line: a total, and/or amounts by intervention kind and by legal basis, in DKK.
 *
 * <pre>{@code
 * {"total": 48000000, "byKind": {"FOSTER_CARE": 21000000, "RESIDENTIAL_INSTITUTION": 15000000},
 *  "byLegalBasis": [{"law": "BARNETS_LOV", "paragraph": "32", "amount": 9000000}]}
 * }</pre>
 *
 * @param total the total budget
 * @param byKind amounts by intervention kind
 * @param byLegalBasis amounts by legal basis
 */
@JsonPropertyOrder({"total", "byKind", "byLegalBasis"})
record BudgetFile(
        Optional<BigDecimal> total, Map<InterventionKind, BigDecimal> byKind, List<LegalAmount> byLegalBasis) {

    /**
     * An amount for a legal basis.
     *
     * @param law the act
     * @param paragraph the paragraph
     * @param subsection the subsection, if any
     * @param amount the amount in DKK
     */
    record LegalAmount(dk.fremdrift.model.Law law, String paragraph, Optional<Integer> subsection, BigDecimal amount) {}

    BudgetFile {
        total = total == null ? Optional.empty() : total;
        byKind = byKind == null ? Map.of() : Map.copyOf(byKind);
        byLegalBasis = byLegalBasis == null ? List.of() : List.copyOf(byLegalBasis);
    }

    Budget toBudget() {
        Budget b = Budget.none();
        if (total.isPresent()) {
            b = b.withTotal(total.get());
        }
        for (Map.Entry<InterventionKind, BigDecimal> e : byKind.entrySet()) {
            b = b.withKind(e.getKey(), e.getValue());
        }
        for (LegalAmount a : byLegalBasis) {
            b = b.withLegalBasis(new LegalReference(a.law(), a.paragraph(), a.subsection()), a.amount());
        }
        return b;
    }
}
