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
    /**
     * Caseworkers known only by their main team and load, as a document carries them: team key, then number of open
     * cases at asOf, to the number of caseworkers. Disjoint from {@link #caseload}: they are other municipalities'.
     */
    final Map<String, Map<Long, Long>> caseloadBins = new HashMap<>();

    final BudgetAggregate budget;
    /** The numbers of the keys of every tally's cells. */
    final KeyIds ids;
    /** The cells the case being added has touched, in every tally: a case ends by counting in those only. */
    private final Tally.Touched touched = new Tally.Touched();

    long cases;

    /** The definitions of the report: the standard ones with the aggregation's settings, then one's own. */
    final List<IndicatorDefinition> definitions;
    /** The indicators whose observations are units of their own: standard ones, then one's own. */
    final List<Indicator> units;
    /** The ids of the means of counts, whose sums the report shows: the units that say so, and the caseload's. */
    final Set<String> meansOfCounts;

    State(MetricsConfig config, List<Indicator> own) {
        this(config, definitionsOf(config, own), units(config, own));
    }

    /**
     * The state of an aggregation read from a document: the given definitions, no units (it takes no cases), and the
     * ids of the means of counts the document names.
     */
    State(MetricsConfig config, List<IndicatorDefinition> definitions, Set<String> meansOfCounts) {
        this(config, definitions, List.of(), meansOfCounts);
    }

    private State(MetricsConfig config, List<IndicatorDefinition> definitions, List<Indicator> units) {
        this(config, definitions, units, meansOfCounts(units));
    }

    private State(
            MetricsConfig config,
            List<IndicatorDefinition> definitions,
            List<Indicator> units,
            Set<String> meansOfCounts) {
        this.config = config;
        this.ids = new KeyIds(config.period().months());
        this.definitions = List.copyOf(definitions);
        this.units = List.copyOf(units);
        Set<String> countMeans = new HashSet<>(meansOfCounts);
        countMeans.add(Indicators.CASELOAD_MEAN);
        this.meansOfCounts = Set.copyOf(countMeans);
        for (IndicatorDefinition d : this.definitions) {
            if (!Caseload.IDS.contains(d.id())) {
                tallies.put(d.id(), new Tally(d.dimensions(), ids, touched));
            }
        }
        this.budget = BudgetAggregate.of(BudgetYear.of(config.lastDayCounted()));
    }

    private static List<IndicatorDefinition> definitionsOf(MetricsConfig config, List<Indicator> own) {
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
        return defs;
    }

    private static List<Indicator> units(MetricsConfig config, List<Indicator> own) {
        List<Indicator> all = new ArrayList<>(Indicators.units(config));
        all.addAll(own);
        return all;
    }

    private static Set<String> meansOfCounts(List<Indicator> units) {
        Set<String> countMeans = new HashSet<>();
        for (Indicator i : units) {
            if (i.meanOfCounts()) {
                countMeans.add(i.definition().id());
            }
        }
        return countMeans;
    }

    Tally tally(String id) {
        return Objects.requireNonNull(tallies.get(id), id);
    }

    void endCase() {
        touched.end(1);
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
        other.caseloadBins.forEach((team, loads) -> {
            Map<Long, Long> mine = caseloadBins.computeIfAbsent(team, k -> new HashMap<>());
            loads.forEach((load, n) -> mine.merge(load, n, Long::sum));
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
        Map<String, Map<Long, Long>> bins = new TreeMap<>();
        caseloadBins.forEach((team, loads) -> bins.put(team, new TreeMap<>(loads)));
        if (!bins.isEmpty()) {
            all.put("caseloadBins", bins);
        }
        all.put("budget", budget.exactState());
        all.put("cases", cases);
        return all.toString();
    }
}
