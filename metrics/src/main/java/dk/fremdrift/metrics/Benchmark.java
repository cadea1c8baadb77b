package dk.fremdrift.metrics;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.model.MunicipalityCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One municipality against a group of comparable ones (peers), indicator by indicator: its value, each peer's, the
 * group's quartiles, its rank, and the value of the group as a whole without it. Made from aggregate documents only
 * ({@link #of(AggregateDocument, List, ReportProfile)}), so no municipality shares a case.
 *
 * <p><b>Which indicators.</b> Those whose headline value compares across municipalities of different sizes: shares
 * ({@link IndicatorKind#PROPORTION}), median days ({@link IndicatorKind#DAYS}), means and rates. Counts and
 * distributions are left out: a count grows with the municipality.
 *
 * <p><b>Values.</b> Each municipality's value is that of a report made from its own document in the given profile;
 * in the political profile a value resting on fewer units than the threshold is suppressed, so absent, and the
 * municipality is then left out of that indicator's quartiles and rank (the row says how many peers have a value).
 * The group's value is that of the report of the peers' documents merged, the suppression applied after merging.
 *
 * <p><b>Statistics.</b> Quartiles and median of the peers' values (not the municipality's own) by linear interpolation
 * between the sorted values (the method of R's type 7 and spreadsheets' QUARTILE.INC): the p-quantile of n sorted
 * values x₀ … xₙ₋₁ is x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋₊₁ − x_⌊h⌋) with h = (n − 1)p. The rank is the municipality's place among
 * itself and the peers with a value, in ascending order (1 = the lowest value; whether low is good depends on the
 * indicator), ties sharing the lowest place.
 *
 * @param municipality the municipality compared
 * @param peers the peers, ascending
 * @param asOf the moment the cases were seen at
 * @param period the reporting period
 * @param profile the profile the values were computed in
 * @param rows one row per comparable indicator, in the report's order
 */
@JsonPropertyOrder({"municipality", "peers", "asOf", "period", "profile", "rows"})
public record Benchmark(
        MunicipalityCode municipality,
        List<MunicipalityCode> peers,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant asOf,
        ReportingPeriod period,
        ReportProfile profile,
        List<Row> rows) {

    /** The fewest peers a benchmark is made with: fewer would let one municipality's figures be read off. */
    public static final int MINIMUM_PEERS = 5;

    /**
     * Checks the benchmark and copies its lists.
     *
     * @param municipality the municipality
     * @param peers the peers
     * @param asOf the moment
     * @param period the period
     * @param profile the profile
     * @param rows the rows
     * @throws NullPointerException if an argument is null or a list holds a null
     */
    public Benchmark {
        Objects.requireNonNull(municipality, "municipality");
        peers = List.copyOf(peers);
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(profile, "profile");
        rows = List.copyOf(rows);
    }

    /**
     * Compares a municipality with its peers.
     *
     * @param mine the municipality's document, of one municipality
     * @param peers the peers' documents, each of one municipality, at least {@value #MINIMUM_PEERS}
     * @param profile the profile to compute the values in; the political one suppresses small values
     * @return the benchmark
     * @throws NullPointerException if an argument is null or the list holds a null
     * @throws IllegalArgumentException if a document is of several municipalities, the municipality is among its
     *     peers, there are fewer than {@value #MINIMUM_PEERS} peers, or the documents do not merge (other settings,
     *     rules or definitions, a municipality twice); the message says which and why
     */
    public static Benchmark of(AggregateDocument mine, List<AggregateDocument> peers, ReportProfile profile) {
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(profile, "profile");
        List<AggregateDocument> group = List.copyOf(peers);
        if (mine.municipalities().size() != 1) {
            throw new IllegalArgumentException("mine: expected the document of one municipality, got one of "
                    + mine.municipalities().size());
        }
        MunicipalityCode me = mine.municipalities().get(0);
        Set<MunicipalityCode> seen = new HashSet<>();
        for (int i = 0; i < group.size(); i++) {
            AggregateDocument p = group.get(i);
            if (p.municipalities().size() != 1) {
                throw new IllegalArgumentException("peers[" + i + "]: expected the document of one municipality, got"
                        + " one of " + p.municipalities().size());
            }
            if (p.municipalities().get(0).equals(me)) {
                throw new IllegalArgumentException("peers[" + i + "]: expected another municipality than " + me.format()
                        + ", got its own document");
            }
            seen.add(p.municipalities().get(0));
        }
        if (seen.size() < MINIMUM_PEERS) {
            throw new IllegalArgumentException("peers: expected at least " + MINIMUM_PEERS + " municipalities, so that"
                    + " no one municipality's figures can be read off the group's, got " + seen.size());
        }
        List<AggregateDocument> all = new ArrayList<>(group);
        all.add(0, mine);
        AggregateDocument.merge(all); // refuses what does not add up, naming the document
        MetricsReport own = MetricsAggregator.fromDocument(mine).report(profile);
        MetricsReport whole =
                MetricsAggregator.fromDocument(AggregateDocument.merge(group)).report(profile);
        List<MetricsReport> reports = new ArrayList<>();
        List<MunicipalityCode> codes = new ArrayList<>();
        group.stream()
                .sorted((a, b) ->
                        a.municipalities().get(0).compareTo(b.municipalities().get(0)))
                .forEach(p -> {
                    codes.add(p.municipalities().get(0));
                    reports.add(MetricsAggregator.fromDocument(p).report(profile));
                });
        List<Row> rows = new ArrayList<>();
        for (IndicatorDefinition d : own.definitions()) {
            if (!comparable(d.kind())) {
                continue;
            }
            List<PeerValue> values = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                values.add(new PeerValue(codes.get(i), value(reports.get(i), d.id())));
            }
            rows.add(Row.of(d.id(), d.kind(), value(own, d.id()), values, value(whole, d.id())));
        }
        return new Benchmark(me, codes, mine.config().asOf(), mine.config().period(), profile, rows);
    }

    private static boolean comparable(IndicatorKind kind) {
        return kind == IndicatorKind.PROPORTION
                || kind == IndicatorKind.DAYS
                || kind == IndicatorKind.MEAN
                || kind == IndicatorKind.RATE;
    }

    private static Optional<Double> value(MetricsReport report, String id) {
        IndicatorValue v = report.getIndicator(id).overall();
        return report.findDefinition(id).orElseThrow().kind() == IndicatorKind.DAYS
                ? v.median().map(Integer::doubleValue)
                : v.value();
    }

    /** Returns the municipality, the number of peers and rows; the figures are in the rows. */
    @Override
    public String toString() {
        return "Benchmark[" + municipality.format() + " against " + peers.size() + " peers, " + rows.size()
                + " indicators]";
    }

    /**
     * A peer's value of one indicator.
     *
     * @param municipality the peer
     * @param value its value; absent when it has none or it is suppressed
     */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonPropertyOrder({"municipality", "value"})
    public record PeerValue(MunicipalityCode municipality, Optional<Double> value) {

        /**
         * Checks the value.
         *
         * @param municipality the peer
         * @param value its value
         * @throws NullPointerException if an argument is null
         */
        public PeerValue {
            Objects.requireNonNull(municipality, "municipality");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * One indicator of the benchmark.
     *
     * @param id the indicator's id
     * @param kind its kind; the value of {@link IndicatorKind#DAYS} is the median days
     * @param value the municipality's value; absent when it has none or it is suppressed
     * @param peers each peer's value, by municipality
     * @param peersWithValue the number of peers with a value, those the statistics rest on
     * @param lowerQuartile the 25th percentile of the peers' values
     * @param median the median of the peers' values
     * @param upperQuartile the 75th percentile of the peers' values
     * @param rank the municipality's place among itself and the peers with a value, ascending (1 = lowest)
     * @param ranked the number of municipalities ranked: the peers with a value, and the municipality
     * @param group the value of the peers' documents merged: the group as a whole, without the municipality
     */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonPropertyOrder({
        "id",
        "kind",
        "value",
        "peers",
        "peersWithValue",
        "lowerQuartile",
        "median",
        "upperQuartile",
        "rank",
        "ranked",
        "group"
    })
    public record Row(
            String id,
            IndicatorKind kind,
            Optional<Double> value,
            List<PeerValue> peers,
            int peersWithValue,
            Optional<Double> lowerQuartile,
            Optional<Double> median,
            Optional<Double> upperQuartile,
            Optional<Integer> rank,
            int ranked,
            Optional<Double> group) {

        /**
         * Checks the row and copies its list.
         *
         * @param id the id
         * @param kind the kind
         * @param value the municipality's value
         * @param peers the peers' values
         * @param peersWithValue the peers with a value
         * @param lowerQuartile the 25th percentile
         * @param median the median
         * @param upperQuartile the 75th percentile
         * @param rank the rank
         * @param ranked the number ranked
         * @param group the group's value
         * @throws NullPointerException if an argument is null or the list holds a null
         */
        public Row {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
            peers = List.copyOf(peers);
            Objects.requireNonNull(lowerQuartile, "lowerQuartile");
            Objects.requireNonNull(median, "median");
            Objects.requireNonNull(upperQuartile, "upperQuartile");
            Objects.requireNonNull(rank, "rank");
            Objects.requireNonNull(group, "group");
        }

        static Row of(
                String id, IndicatorKind kind, Optional<Double> value, List<PeerValue> peers, Optional<Double> group) {
            double[] sorted = peers.stream()
                    .flatMap(p -> p.value().stream())
                    .mapToDouble(Double::doubleValue)
                    .sorted()
                    .toArray();
            Optional<Integer> rank = Optional.empty();
            if (value.isPresent()) {
                int below = 0;
                for (double x : sorted) {
                    if (x < value.get()) {
                        below++;
                    }
                }
                rank = Optional.of(below + 1);
            }
            return new Row(
                    id,
                    kind,
                    value,
                    peers,
                    sorted.length,
                    quantile(sorted, 0.25),
                    quantile(sorted, 0.5),
                    quantile(sorted, 0.75),
                    rank,
                    sorted.length + (value.isPresent() ? 1 : 0),
                    group);
        }

        /** The p-quantile of sorted values by linear interpolation (type 7); empty for no values. */
        static Optional<Double> quantile(double[] sorted, double p) {
            if (sorted.length == 0) {
                return Optional.empty();
            }
            double h = (sorted.length - 1) * p;
            int lo = (int) Math.floor(h);
            int hi = Math.min(lo + 1, sorted.length - 1);
            return Optional.of(sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]));
        }
    }
}
