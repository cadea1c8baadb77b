package dk.fremdrift.examples.cli;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.examples.synthetic.SyntheticCountry;
import dk.fremdrift.metrics.AggregateDocument;
import dk.fremdrift.metrics.Benchmark;
import dk.fremdrift.metrics.MetricsAggregator;
import dk.fremdrift.metrics.MetricsConfig;
import dk.fremdrift.metrics.ReportProfile;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.MunicipalityCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The national demo: all 98 municipalities, synthetic ({@link SyntheticCountry}), each aggregated on its own and
 * written as an aggregate document, as each municipality would; then merged into the national report, and one
 * municipality benchmarked against its nearest peers on the synthetic structural table. Every output is marked
 * synthetic.
 */
final class NationalDemo {

    /**
     * What the national demo is run with; {@code children0to17} is the real number of children of every municipality,
     * to size the municipalities in proportion to it, or empty to draw the sizes.
     */
    record Settings(
            long seed,
            int medianChildren,
            Map<MunicipalityCode, Long> children0to17,
            int years,
            MetricsConfig config,
            DeadlineEngine engine,
            MunicipalityCode benchmarked,
            int nearest,
            ReportProfile profile,
            Locale locale,
            int threads,
            Path out) {}

    /** What came out: the documents by municipality, the merged one and the benchmark. */
    record Result(
            Map<MunicipalityCode, AggregateDocument> documents, AggregateDocument national, Benchmark benchmark) {}

    private NationalDemo() {}

    static Result run(Settings s, PrintWriter err) throws IOException {
        SyntheticCountry country = SyntheticCountry.of(
                s.seed(),
                s.medianChildren(),
                s.config().asOfDate().minusYears(s.years()),
                s.config().asOfDate().plusDays(1),
                s.children0to17());
        Path aggregates = Files.createDirectories(s.out().resolve("aggregates"));
        Map<MunicipalityCode, AggregateDocument> documents = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(s.threads());
        try {
            List<Future<AggregateDocument>> futures = new ArrayList<>();
            for (SyntheticCountry.Member m : country.members()) {
                futures.add(pool.submit(() -> aggregate(m, s)));
            }
            for (Future<AggregateDocument> f : futures) {
                AggregateDocument d = f.get();
                documents.put(d.municipalities().get(0), d);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the national demo was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("a municipality of the national demo failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        for (AggregateDocument d : documents.values()) {
            CaseJsonLines.mapper()
                    .writerWithDefaultPrettyPrinter()
                    .writeValue(
                            aggregates
                                    .resolve(d.municipalities().get(0).format() + ".json")
                                    .toFile(),
                            d);
        }
        Path structure = s.out().resolve("structure.csv");
        Files.writeString(structure, country.structureCsv(), StandardCharsets.UTF_8);

        AggregateDocument national = AggregateDocument.merge(List.copyOf(documents.values()));
        MergeCommand.write(
                national, s.out(), s.profile(), s.locale(), Optional.of(s.out().resolve("national.json")));

        StructuralPeers.Chosen peers = StructuralPeers.read(structure).choose(s.benchmarked(), documents, s.nearest());
        Benchmark benchmark = BenchmarkCommand.write(
                documents.get(s.benchmarked()),
                peers.documents(),
                peers.selection(),
                s.out().resolve("benchmark"),
                s.profile(),
                s.locale());
        err.printf(
                "national demo (synthetic): %d municipalities, %,d cases; one aggregate document each → %s%n",
                documents.size(), national.cases(), aggregates.toAbsolutePath());
        err.println("national report → " + s.out().resolve("index.html").toAbsolutePath());
        err.println("benchmark of " + s.benchmarked() + " against its " + s.nearest() + " nearest → "
                + s.out().resolve("benchmark/index.html").toAbsolutePath());
        err.flush();
        return new Result(documents, national, benchmark);
    }

    /** One municipality's cases, evaluated and aggregated on their own, as the municipality would. */
    private static AggregateDocument aggregate(SyntheticCountry.Member m, Settings s) {
        MetricsAggregator a = MetricsAggregator.of(s.config());
        try (Stream<ChildCase> cases = m.municipality().cases()) {
            cases.forEach(c -> a.add(c, s.engine().evaluate(c, s.config().asOf())));
        }
        return a.toDocument(m.municipality().municipality(), s.engine().rules()).asSynthetic();
    }
}
