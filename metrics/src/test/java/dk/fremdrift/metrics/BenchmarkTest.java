package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.CONFIG;
import static dk.fremdrift.metrics.Fixtures.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dk.fremdrift.model.MunicipalityCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A municipality against its peers, recomputed plainly from each municipality's own aggregator. */
class BenchmarkTest {

    private static final int[] CODES = {101, 147, 151, 153, 155, 157, 159};
    private static final List<MetricsAggregator> AGGREGATORS = new ArrayList<>();
    private static final List<AggregateDocument> DOCUMENTS = new ArrayList<>();

    @BeforeAll
    static void municipalities() {
        for (int i = 0; i < CODES.length; i++) {
            MetricsAggregator a = MetricsAggregator.of(CONFIG);
            new RandomCases(900 + i).cases(30 + 25 * i).forEach(c -> a.add(c, ENGINE));
            AGGREGATORS.add(a);
            DOCUMENTS.add(a.toDocument(MunicipalityCode.of(CODES[i]), ENGINE.rules()));
        }
    }

    private static Optional<Double> plainValue(MetricsReport r, String id) {
        IndicatorValue v = r.getIndicator(id).overall();
        return r.getIndicator(id).kind() == IndicatorKind.DAYS ? v.median().map(Integer::doubleValue) : v.value();
    }

    enum Profile {
        ADMINISTRATIVE(ReportProfile.ADMINISTRATIVE),
        POLITICAL(ReportProfile.POLITICAL);

        final ReportProfile profile;

        Profile(ReportProfile profile) {
            this.profile = profile;
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void benchmark_recomputedPlainly(Profile p) {
        ReportProfile profile = p.profile;
        Benchmark b = Benchmark.of(DOCUMENTS.get(0), DOCUMENTS.subList(1, DOCUMENTS.size()), profile);

        MetricsReport own = AGGREGATORS.get(0).report(profile);
        MetricsAggregator group = MetricsAggregator.of(CONFIG);
        AGGREGATORS.subList(1, AGGREGATORS.size()).forEach(group::merge);
        MetricsReport whole = group.report(profile);
        List<MetricsReport> peers = AGGREGATORS.subList(1, AGGREGATORS.size()).stream()
                .map(a -> a.report(profile))
                .toList();

        assertThat(b.municipality()).isEqualTo(MunicipalityCode.of(101));
        assertThat(b.peers()).hasSize(6);
        assertThat(b.rows())
                .extracting(Benchmark.Row::kind)
                .doesNotContain(IndicatorKind.COUNT, IndicatorKind.DISTRIBUTION);
        assertThat(b.rows()).hasSizeGreaterThan(15);
        int withValues = 0;
        for (Benchmark.Row row : b.rows()) {
            String id = row.id();
            assertThat(row.value()).as(id).isEqualTo(plainValue(own, id));
            if (Caseload.IDS.contains(id)) {
                // One aggregator fed every peer's cases would take their equal random caseworker ids as one person;
                // the peers' caseworkers are different people: the group's caseload is their loads together.
                long sum = 0;
                long units = 0;
                for (MetricsAggregator a : AGGREGATORS.subList(1, AGGREGATORS.size())) {
                    IndicatorValue v = a.report(ReportProfile.ADMINISTRATIVE)
                            .getIndicator(id)
                            .overall();
                    sum += v.count().orElseThrow();
                    units += v.denominator().orElseThrow();
                }
                double expected = (double) sum / units;
                row.group().ifPresent(g -> assertThat(g).as(id).isCloseTo(expected, within(1e-12)));
                assertThat(row.group().isPresent() || profile.isPolitical())
                        .as(id)
                        .isTrue();
            } else {
                assertThat(row.group()).as(id).isEqualTo(plainValue(whole, id));
            }
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < peers.size(); i++) {
                Optional<Double> v = plainValue(peers.get(i), id);
                assertThat(row.peers().get(i).value()).as(id).isEqualTo(v);
                v.ifPresent(values::add);
            }
            values.sort(null);
            assertThat(row.peersWithValue()).as(id).isEqualTo(values.size());
            if (values.isEmpty()) {
                assertThat(row.median()).as(id).isEmpty();
                continue;
            }
            withValues++;
            int n = values.size();
            double median = n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
            assertThat(row.median().orElseThrow()).as(id).isCloseTo(median, within(1e-12));
            assertThat(row.lowerQuartile().orElseThrow()).as(id).isLessThanOrEqualTo(median);
            assertThat(row.upperQuartile().orElseThrow()).as(id).isGreaterThanOrEqualTo(median);
            if (row.value().isPresent()) {
                long below = values.stream().filter(x -> x < row.value().get()).count();
                assertThat(row.rank()).as(id).contains((int) below + 1);
                assertThat(row.ranked()).as(id).isEqualTo(n + 1);
            } else {
                assertThat(row.rank()).as(id).isEmpty();
            }
        }
        assertThat(withValues).isGreaterThan(10);
    }

    @Test
    void quantile_isTheSpreadsheetsQuartile() {
        // QUARTILE.INC({1,2,3,4}) = 1.75, 2.5, 3.25; of {1,2,3,4,5} = 2, 3, 4; of one value, that value.
        double[] four = {1, 2, 3, 4};
        assertThat(Benchmark.Row.quantile(four, 0.25)).contains(1.75);
        assertThat(Benchmark.Row.quantile(four, 0.5)).contains(2.5);
        assertThat(Benchmark.Row.quantile(four, 0.75)).contains(3.25);
        double[] five = {1, 2, 3, 4, 5};
        assertThat(Benchmark.Row.quantile(five, 0.25)).contains(2.0);
        assertThat(Benchmark.Row.quantile(five, 0.75)).contains(4.0);
        assertThat(Benchmark.Row.quantile(new double[] {7}, 0.25)).contains(7.0);
        assertThat(Benchmark.Row.quantile(new double[0], 0.5)).isEmpty();
    }

    @Test
    void rank_tiesShareTheLowestPlace() {
        List<Benchmark.PeerValue> peers = new ArrayList<>();
        double[] values = {0.5, 0.7, 0.7, 0.9, 0.2};
        for (int i = 0; i < values.length; i++) {
            peers.add(new Benchmark.PeerValue(MunicipalityCode.of(CODES[i + 1]), Optional.of(values[i])));
        }
        Benchmark.Row row = Benchmark.Row.of("X", IndicatorKind.PROPORTION, Optional.of(0.7), peers, Optional.of(0.6));
        assertThat(row.rank()).contains(3);
        assertThat(row.ranked()).isEqualTo(6);
        assertThat(row.median()).contains(0.7);
    }

    @Test
    void fewerThanFivePeers_isRefused() {
        assertThatThrownBy(() -> Benchmark.of(DOCUMENTS.get(0), DOCUMENTS.subList(1, 5), ReportProfile.POLITICAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("peers: expected at least 5 municipalities, so that no one municipality's figures can be"
                        + " read off the group's, got 4");
    }

    @Test
    void ownDocumentAmongThePeers_isRefused() {
        assertThatThrownBy(() -> Benchmark.of(DOCUMENTS.get(0), DOCUMENTS, ReportProfile.POLITICAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("peers[0]: expected another municipality than 101, got its own document");
    }

    @Test
    void mergedDocumentAsAPeer_isRefused() {
        AggregateDocument region = AggregateDocument.merge(DOCUMENTS.subList(1, 3));
        List<AggregateDocument> peers = new ArrayList<>(DOCUMENTS.subList(3, 7));
        peers.add(region);
        assertThatThrownBy(() -> Benchmark.of(DOCUMENTS.get(0), peers, ReportProfile.POLITICAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("peers[4]: expected the document of one municipality, got one of 2");
    }
}
