package dk.fremdrift.metrics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The whole state of an aggregation: one tally per indicator, the open cases per caseworker and team at asOf (for
 * the caseload indicators, which need the full count of a caseworker before they can be computed), the number of
 * cases and the budget aggregate. Every part merges by adding.
 *
 * <p><b>Test reference.</b> This is the class as it was before the second performance pass (commit 2134876), renamed
 * and otherwise unchanged: {@code CaseMeasuresProperties} checks that the aggregation gives exactly what this one
 * gives. Do not change it.
 */
final class ReferenceState {

    final MetricsConfig config;
    final Map<String, ReferenceTally> tallies = new LinkedHashMap<>();
    /** caseworker key, then team key, to the number of open cases at asOf. */
    final Map<String, Map<String, Long>> caseload = new HashMap<>();

    final BudgetAggregate budget;
    long cases;

    ReferenceState(MetricsConfig config) {
        this.config = config;
        for (IndicatorDefinition d : Indicators.standard()) {
            if (!ReferenceCaseMeasures.CASELOAD_IDS.contains(d.id())) {
                tallies.put(d.id(), new ReferenceTally(d.dimensions()));
            }
        }
        this.budget = BudgetAggregate.of(BudgetYear.of(config.lastDayCounted()));
    }

    ReferenceTally tally(String id) {
        return Objects.requireNonNull(tallies.get(id), id);
    }

    void endCase() {
        for (ReferenceTally t : tallies.values()) {
            t.endCase();
        }
        cases++;
    }

    void merge(ReferenceState other) {
        for (Map.Entry<String, ReferenceTally> e : other.tallies.entrySet()) {
            tallies.get(e.getKey()).merge(e.getValue());
        }
        other.caseload.forEach((caseworker, teams) -> {
            Map<String, Long> mine = caseload.computeIfAbsent(caseworker, k -> new HashMap<>());
            teams.forEach((team, n) -> mine.merge(team, n, Long::sum));
        });
        budget.merge(other.budget);
        cases += other.cases;
    }

    /** The exact state as sorted text, for tests of exact merging. */
    String snapshot() {
        Map<String, Object> all = new TreeMap<>();
        tallies.forEach((id, t) -> all.put(id, t.toString()));
        Map<String, Map<String, Long>> load = new TreeMap<>();
        caseload.forEach((cw, teams) -> load.put(cw, new TreeMap<>(teams)));
        all.put("caseload", load);
        all.put("budget", budget.exactState());
        all.put("cases", cases);
        return all.toString();
    }
}
