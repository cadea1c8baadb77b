package dk.fremdrift.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The whole state of an aggregation: one tally per indicator, the open cases per caseworker and team at asOf (for
 * the caseload indicators, which need the full count of a caseworker before they can be computed), the number of
 * cases and the budget aggregate. Every part merges by adding.
 */
final class State {

    final MetricsConfig config;
    final Map<String, Tally> tallies = new LinkedHashMap<>();
    /** caseworker key, then team key, to the number of open cases at asOf. */
    final Map<String, Map<String, Long>> caseload = new HashMap<>();

    final BudgetAggregate budget;
    /** The numbers of the keys of every tally's cells. */
    final KeyIds ids;
    /** The tallies, as an array to end each case without an iterator. */
    private final Tally[] all;

    long cases;

    /** The definitions of the report: the standard ones with the aggregation's settings, then one's own. */
    final List<IndicatorDefinition> definitions;
    /** The indicators whose observations are units of their own: standard ones, then one's own. */
    final List<Indicator> units;
    /** The ids of the means of counts, whose sums the report shows: the units that say so, and the caseload's. */
    final Set<String> meansOfCounts;

    State(MetricsConfig config, List<Indicator> own) {
        this.config = config;
        this.ids = new KeyIds(config.period().months());
        List<IndicatorDefinition> defs = new ArrayList<>(Indicators.standard(config));
        Set<String> seen = new HashSet<>();
        defs.forEach(d -> seen.add(d.id()));
        for (Indicator i : own) {
            IndicatorDefinition d = Objects.requireNonNull(i.definition(), "definition");
            if (!seen.add(d.id())) {
                throw new IllegalArgumentException("indicators: " + d.id() + " is already an indicator of the"
                        + " aggregation; expected a new id for an indicator of one's own");
            }
            defs.add(d);
        }
        this.definitions = List.copyOf(defs);
        List<Indicator> all = new ArrayList<>(Indicators.units(config));
        all.addAll(own);
        this.units = List.copyOf(all);
        Set<String> countMeans = new HashSet<>();
        countMeans.add(Indicators.CASELOAD_MEAN);
        for (Indicator i : units) {
            if (i.meanOfCounts()) {
                countMeans.add(i.definition().id());
            }
        }
        this.meansOfCounts = Set.copyOf(countMeans);
        for (IndicatorDefinition d : definitions) {
            if (!Caseload.IDS.contains(d.id())) {
                tallies.put(d.id(), new Tally(d.dimensions(), ids));
            }
        }
        this.all = tallies.values().toArray(Tally[]::new);
        this.budget = BudgetAggregate.of(BudgetYear.of(config.lastDayCounted()));
    }

    Tally tally(String id) {
        return Objects.requireNonNull(tallies.get(id), id);
    }

    void endCase() {
        for (Tally t : all) {
            t.endCase();
        }
        cases++;
    }

    void merge(State other) {
        for (Map.Entry<String, Tally> e : other.tallies.entrySet()) {
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
