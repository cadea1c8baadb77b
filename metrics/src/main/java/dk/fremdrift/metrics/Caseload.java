package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.CellCounts.MET;
import static dk.fremdrift.metrics.CellCounts.NOT_MET;
import static dk.fremdrift.metrics.CellCounts.SUM;
import static dk.fremdrift.metrics.CellCounts.UNITS;
import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.NO_CENSORING_STOCK;

import dk.fremdrift.metrics.Tally.Keys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The caseload indicators ({@link Indicators#CASELOAD_MEAN}, {@link Indicators#CASELOAD_DISTRIBUTION}, {@link
 * Indicators#CASELOAD_ABOVE_RECOMMENDED}): their definitions and their computation. Their unit is a caseworker, not a
 * case, and a caseworker's load is known only when every case has been added (and every aggregator merged), so they
 * are counted at report time from the open cases per caseworker and team at asOf that the aggregation keeps ({@link
 * State#caseload}); each caseworker's cells count the caseworker's open cases as the cases behind them.
 */
final class Caseload {

    /** The ids of the caseload indicators. */
    static final Set<String> IDS =
            Set.of(Indicators.CASELOAD_MEAN, Indicators.CASELOAD_DISTRIBUTION, Indicators.CASELOAD_ABOVE_RECOMMENDED);

    /** The categories of {@link Indicators#CASELOAD_DISTRIBUTION}: open cases per caseworker. */
    static final List<String> CATEGORIES = List.of("1-9", "10-19", "20-25", "26-30", "31-35", "36-40", "41+");

    /** The lower bounds of {@link #CATEGORIES}. */
    static final int[] LOWER_BOUNDS = {1, 10, 20, 26, 31, 36, 41};

    private Caseload() {}

    /** The definitions, with the recommended caseload of the aggregation's settings. */
    static List<IndicatorDefinition> definitions(int recommended) {
        List<IndicatorDefinition> list = new ArrayList<>();
        LocalizedText caseworkers = LocalizedText.of(
                "Sagsbehandlere med mindst én åben sag på asOf's dato efter den sagsbehandlertildeling, der gælder den"
                        + " dag. Kun de sager, aggregatoren har fået, tælles: sagsbehandlerens andre sager (andre"
                        + " sagstyper, andre systemer) ses ikke. Team: det team, flest af sagsbehandlerens sager"
                        + " hører til (ved lighed det første efter nøgle).",
                "Caseworkers responsible for at least one open case on asOf's date by the assignment in force that"
                        + " day. Only the cases given to the aggregator count: a caseworker's other cases (other case"
                        + " types, other systems) are not seen. Team: the team most of the caseworker's cases belong"
                        + " to (on a tie the first by key).");
        LocalizedText unassignedLeftOut = LocalizedText.of(
                "Åbne sager uden sagsbehandler på asOf's dato; OPEN_CASES_UNASSIGNED viser dem.",
                "Open cases with no caseworker on asOf's date; OPEN_CASES_UNASSIGNED shows them.");
        list.add(IndicatorDefinition.builder(Indicators.CASELOAD_MEAN, IndicatorKind.MEAN)
                .name(LocalizedText.of("Sager pr. sagsbehandler", "Cases per caseworker"))
                .description(LocalizedText.of(
                        "Gennemsnitligt antal åbne sager pr. sagsbehandler på asOf's dato. Dansk"
                                + " Socialrådgiverforening anbefaler 20-30 børne- og familiesager.",
                        "The mean number of open cases per caseworker on asOf's date. Dansk Socialrådgiverforening"
                                + " recommends 20-30 child-and-family cases."))
                .applies(APPLIES)
                .population(caseworkers)
                .numerator(LocalizedText.of(
                        "De åbne sager med sagsbehandler; gennemsnit = sager / sagsbehandlere.",
                        "The open cases with a caseworker; mean = cases / caseworkers."))
                .exclusions(unassignedLeftOut)
                .censoring(NO_CENSORING_STOCK)
                .target((double) recommended)
                .nationalReference(ReferenceFigure.of(
                        31, "2023", LocalizedText.of("Landsgennemsnit 2023", "National average 2023")))
                .dimensions(List.of(Dimension.TEAM, Dimension.CASEWORKER))
                .build());
        list.add(IndicatorDefinition.builder(Indicators.CASELOAD_DISTRIBUTION, IndicatorKind.DISTRIBUTION)
                .name(LocalizedText.of("Sagsbehandlere efter antal sager", "Caseworkers by caseload"))
                .description(LocalizedText.of(
                        "Sagsbehandlere fordelt efter antal åbne sager på asOf's dato.",
                        "Caseworkers by their number of open cases on asOf's date."))
                .applies(APPLIES)
                .population(caseworkers)
                .numerator(LocalizedText.of(
                        "Fordelt efter antal åbne sager: 1-9, 10-19, 20-25, 26-30, 31-35, 36-40, 41+.",
                        "By number of open cases: 1-9, 10-19, 20-25, 26-30, 31-35, 36-40, 41+."))
                .exclusions(unassignedLeftOut)
                .censoring(NO_CENSORING_STOCK)
                .dimensions(List.of(Dimension.TEAM))
                .categories(CATEGORIES)
                .build());
        list.add(IndicatorDefinition.builder(Indicators.CASELOAD_ABOVE_RECOMMENDED, IndicatorKind.PROPORTION)
                .name(LocalizedText.of(
                        "Sagsbehandlere over det anbefalede antal sager", "Caseworkers above the recommended caseload"))
                .description(LocalizedText.of(
                        "Andel af sagsbehandlere med flere end " + recommended + " åbne sager på asOf's dato.",
                        "Share of caseworkers with more than " + recommended + " open cases on asOf's date."))
                .applies(APPLIES)
                .population(caseworkers)
                .numerator(LocalizedText.of(
                        "Dem med flere end " + recommended + " åbne sager (Dansk Socialrådgiverforening anbefaler"
                                + " 20-30 børne- og familiesager pr. sagsbehandler).",
                        "Those with more than " + recommended + " open cases (Dansk Socialrådgiverforening recommends"
                                + " 20-30 child-and-family cases per caseworker)."))
                .exclusions(unassignedLeftOut)
                .censoring(NO_CENSORING_STOCK)
                .target(0.0)
                .dimensions(List.of(Dimension.TEAM))
                .build());
        return List.copyOf(list);
    }

    /** Counts the per-caseworker state into the caseload tallies, at report time. */
    static Map<String, Tally> tallies(State state) {
        int recommended = state.config.recommendedCaseload();
        Map<String, Tally> out = new HashMap<>();
        Map<String, IndicatorDefinition> defs = new HashMap<>();
        for (IndicatorDefinition d : definitions(recommended)) {
            defs.put(d.id(), d);
        }
        KeyIds ids = new KeyIds(List.of());
        for (String id : IDS) {
            out.put(id, new Tally(defs.get(id).dimensions(), ids));
        }
        state.caseload.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String caseworker = e.getKey();
            long load =
                    e.getValue().values().stream().mapToLong(Long::longValue).sum();
            Keys keys = new Keys(
                    ids.id(Dimension.TEAM, mainTeam(e.getValue())),
                    ids.id(Dimension.CASEWORKER, caseworker),
                    KeyIds.NONE,
                    KeyIds.NONE,
                    KeyIds.NONE);
            count(out, keys, load, recommended);
        });
        if (!state.caseloadBins.isEmpty()) {
            // Caseworkers read from documents have no key: their cells are the team's and the overall one only.
            Map<String, Tally> anonymous = new HashMap<>();
            for (String id : IDS) {
                List<Dimension> dims = new ArrayList<>(defs.get(id).dimensions());
                dims.remove(Dimension.CASEWORKER);
                anonymous.put(id, new Tally(dims, ids));
            }
            state.caseloadBins.forEach((team, loads) -> {
                Keys keys = new Keys(ids.id(Dimension.TEAM, team), KeyIds.NONE, KeyIds.NONE, KeyIds.NONE, KeyIds.NONE);
                loads.forEach((load, caseworkers) -> {
                    for (long i = 0; i < caseworkers; i++) {
                        count(anonymous, keys, load, recommended);
                    }
                });
            });
            anonymous.forEach((id, t) -> out.get(id).merge(t));
        }
        return out;
    }

    /** Counts one caseworker with a load into the caseload tallies. */
    private static void count(Map<String, Tally> tallies, Keys keys, long load, int recommended) {
        tallies.get(Indicators.CASELOAD_MEAN).add(keys, SUM, load, UNITS, 1);
        tallies.get(Indicators.CASELOAD_DISTRIBUTION).addCategory(keys, category(load));
        tallies.get(Indicators.CASELOAD_ABOVE_RECOMMENDED).add(keys, load > recommended ? MET : NOT_MET, 1);
        // Each of the caseworker's open cases is a case behind the caseworker's cells.
        for (Tally t : tallies.values()) {
            t.endUnit(load);
        }
    }

    /** The caseworker's main team: the one most of the open cases belong to, on a tie the first by key. */
    static String mainTeam(Map<String, Long> openCasesByTeam) {
        return openCasesByTeam.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .findFirst()
                .orElseThrow()
                .getKey();
    }

    static String category(long load) {
        int[] lower = LOWER_BOUNDS;
        int i = lower.length - 1;
        while (load < lower[i]) {
            i--;
        }
        return CATEGORIES.get(i);
    }
}
