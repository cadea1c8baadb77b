package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.AS_OF;
import static dk.fremdrift.metrics.Fixtures.CONFIG;
import static dk.fremdrift.metrics.Fixtures.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.MunicipalityCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents merge exactly, associatively and in any order: seeded random cases split into "municipalities" (by
 * caseworker, as real municipalities have caseworkers of their own), one document each, merged flat in a shuffled
 * order and in a random nesting, give the document of all the cases, and its reports equal the in-process reports
 * but for the caseworker rows, which a document does not carry.
 */
class AggregateDocumentProperties {

    private static final int CASES = 150;
    private static final int[] CODES = {101, 147, 151, 153, 155, 157, 159, 161};

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 10).map(i -> 0xD0C_0000L + i * 104_729);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void merge_ofDocumentsOfAnySplit_equalsTheDocumentOfTheWhole(long seed) {
        List<ChildCase> cases = new RandomCases(seed).cases(CASES);
        SplittableRandom random = new SplittableRandom(seed);
        int parts = 1 + random.nextInt(CODES.length);
        MetricsAggregator whole = MetricsAggregator.of(CONFIG);
        List<MetricsAggregator> partial = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            partial.add(MetricsAggregator.of(CONFIG));
        }
        Map<String, Integer> partOfCaseworker = new HashMap<>();
        LocalDate asOfDate = CONFIG.asOfDate();
        for (ChildCase c : cases) {
            List<DeadlineEvaluation> evaluations = ENGINE.evaluate(c, AS_OF);
            whole.add(c, evaluations);
            int part = c.assignmentOn(asOfDate)
                    .map(a -> partOfCaseworker.computeIfAbsent(a.caseworker().value(), k -> random.nextInt(parts)))
                    .orElseGet(() -> random.nextInt(parts));
            partial.get(part).add(c, evaluations);
        }
        List<AggregateDocument> documents = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            documents.add(partial.get(p).toDocument(MunicipalityCode.of(CODES[p]), ENGINE.rules()));
        }
        AggregateDocument expected = whole.toDocument(MunicipalityCode.of(CODES[0]), ENGINE.rules());

        List<AggregateDocument> shuffled = new ArrayList<>(documents);
        Collections.shuffle(shuffled, new Random(seed));
        AggregateDocument flat = AggregateDocument.merge(shuffled);
        AggregateDocument nested = nestedMerge(documents, new Random(seed + 1));

        assertThat(flat.municipalities()).as("seed %d", seed).hasSize(parts).isSorted();
        assertThat(flat.cases()).as("seed %d", seed).isEqualTo(CASES);
        assertThat(nested).as("seed %d, %d parts, nested", seed, parts).isEqualTo(flat);
        if (parts == 1) {
            assertThat(flat).as("seed %d, one part", seed).isEqualTo(expected);
        } else {
            // Teams of different municipalities are different teams: their keys are qualified by the municipality.
            assertThat(withoutTeams(flat)).as("seed %d, %d parts", seed, parts).isEqualTo(withoutTeams(expected));
            assertThat(teamCells(flat))
                    .as("seed %d, %d parts", seed, parts)
                    .isEqualTo(teamCells(
                            documents.stream().map(Aggregates::qualified).toList()));
        }

        MetricsAggregator read = MetricsAggregator.fromDocument(flat);
        assertThat(withoutPeople(read.report(ReportProfile.POLITICAL), parts > 1))
                .as("seed %d", seed)
                .isEqualTo(withoutPeople(whole.report(ReportProfile.POLITICAL), parts > 1));
        assertThat(withoutPeople(read.report(ReportProfile.ADMINISTRATIVE), parts > 1))
                .as("seed %d", seed)
                .isEqualTo(withoutPeople(whole.report(ReportProfile.ADMINISTRATIVE), parts > 1));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomCases_reachCaseworkerRowsAndTheCaseload(long seed) {
        // The property above means something only if there are caseworker rows to leave out and a caseload to carry.
        MetricsAggregator all = MetricsAggregator.of(CONFIG);
        new RandomCases(seed).cases(CASES).forEach(c -> all.add(c, ENGINE));
        MetricsReport report = all.report(ReportProfile.ADMINISTRATIVE);
        assertThat(report.getIndicator(Indicators.CASELOAD_MEAN)
                        .findBreakdown(Dimension.CASEWORKER)
                        .orElseThrow()
                        .cells())
                .as("seed %d", seed)
                .isNotEmpty();
        assertThat(all.toDocument(MunicipalityCode.of(101), ENGINE.rules()).caseload())
                .as("seed %d", seed)
                .isNotEmpty();
    }

    /** Merges the documents in a random binary nesting: pairs of merged sub-lists, down to single documents. */
    private static AggregateDocument nestedMerge(List<AggregateDocument> docs, Random random) {
        if (docs.size() == 1) {
            return docs.get(0);
        }
        int cut = 1 + random.nextInt(docs.size() - 1);
        return AggregateDocument.merge(List.of(
                nestedMerge(docs.subList(0, cut), random), nestedMerge(docs.subList(cut, docs.size()), random)));
    }

    /** The document with no team cells, the caseload's teams merged, and one municipality: what a split keeps. */
    private static AggregateDocument withoutTeams(AggregateDocument d) {
        List<AggregateDocument.IndicatorState> indicators = new ArrayList<>();
        for (AggregateDocument.IndicatorState i : d.indicators()) {
            indicators.add(new AggregateDocument.IndicatorState(
                    i.id(),
                    i.fingerprint(),
                    i.meanOfCounts(),
                    i.definition(),
                    i.cells().stream()
                            .filter(c -> !c.dimension().equals(Optional.of(Dimension.TEAM)))
                            .toList()));
        }
        Map<Long, Long> loads = new TreeMap<>();
        d.caseload().forEach(b -> loads.merge(b.openCases(), b.caseworkers(), Long::sum));
        List<AggregateDocument.CaseloadBin> caseload = new ArrayList<>();
        loads.forEach((load, n) -> caseload.add(new AggregateDocument.CaseloadBin("all", load, n)));
        return new AggregateDocument(
                d.format(),
                d.version(),
                List.of(MunicipalityCode.of(CODES[0])),
                d.synthetic(),
                d.libraryVersion(),
                d.ruleBook(),
                d.config(),
                d.cases(),
                indicators,
                caseload,
                d.budget());
    }

    /** The team cells of one document, by indicator, dimension and key. */
    private static Map<String, AggregateDocument.Cell> teamCells(AggregateDocument d) {
        return teamCells(List.of(d));
    }

    private static Map<String, AggregateDocument.Cell> teamCells(List<AggregateDocument> docs) {
        Map<String, AggregateDocument.Cell> cells = new TreeMap<>();
        for (AggregateDocument d : docs) {
            for (AggregateDocument.IndicatorState i : d.indicators()) {
                for (AggregateDocument.Cell c : i.cells()) {
                    if (c.dimension().equals(Optional.of(Dimension.TEAM))) {
                        assertThat(cells.put(i.id() + "/" + c.key(), c)).isNull();
                    }
                }
            }
            for (AggregateDocument.CaseloadBin b : d.caseload()) {
                AggregateDocument.Cell bin = new AggregateDocument.Cell(
                        Optional.empty(), b.team(), b.caseworkers(), List.of(), null, null, null);
                assertThat(cells.put("caseload/" + b.team() + "/" + b.openCases(), bin))
                        .isNull();
            }
        }
        return cells;
    }

    /** The report with the caseworker breakdowns emptied, and the team ones too when the teams were qualified. */
    static MetricsReport withoutPeople(MetricsReport r, boolean teams) {
        return teams ? without(r, Dimension.CASEWORKER, Dimension.TEAM) : without(r, Dimension.CASEWORKER);
    }

    /** The report with every caseworker breakdown emptied: what a document cannot carry. */
    static MetricsReport withoutCaseworkers(MetricsReport r) {
        return without(r, Dimension.CASEWORKER);
    }

    private static MetricsReport without(MetricsReport r, Dimension... dimensions) {
        List<Dimension> emptied = List.of(dimensions);
        List<IndicatorResult> results = new ArrayList<>();
        for (IndicatorResult i : r.indicators()) {
            List<Breakdown> breakdowns = new ArrayList<>();
            for (Breakdown b : i.breakdowns()) {
                breakdowns.add(emptied.contains(b.dimension()) ? new Breakdown(b.dimension(), List.of()) : b);
            }
            results.add(new IndicatorResult(i.id(), i.kind(), i.overall(), breakdowns, i.monthly()));
        }
        return new MetricsReport(
                r.asOf(), r.zone(), r.period(), r.profile(), r.cases(), r.definitions(), results, r.budget());
    }
}
