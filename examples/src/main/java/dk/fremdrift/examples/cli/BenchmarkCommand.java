package dk.fremdrift.examples.cli;

import dk.fremdrift.examples.report.BenchmarkSection;
import dk.fremdrift.examples.report.ReportDocument;
import dk.fremdrift.metrics.AggregateDocument;
import dk.fremdrift.metrics.Benchmark;
import dk.fremdrift.metrics.MetricsAggregator;
import dk.fremdrift.metrics.MetricsReport;
import dk.fremdrift.metrics.ReportProfile;
import dk.fremdrift.model.MunicipalityCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Compares one municipality with comparable ones, from aggregate documents only. */
@Command(
        name = "benchmark",
        description = "Compare one municipality with a group of at least 5 others, from their aggregate documents:"
                + " for every indicator its value, the group's median and quartiles, its rank and the group's value"
                + " without it. The group is every document given, the municipalities of --group, or the --nearest K"
                + " on the structural indicators of --structure. Writes report.json and index.html.",
        mixinStandardHelpOptions = true)
final class BenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOptions profileOptions;

    @Option(
            names = "--aggregate",
            required = true,
            paramLabel = "FILE",
            description = "The municipality's own aggregate document.")
    Path aggregate;

    @Option(
            names = "--peers",
            required = true,
            paramLabel = "DIR|FILE",
            description = "The other municipalities' aggregate documents: a folder (every *.json in it) or files;"
                    + " repeatable. The municipality's own document may be among them; it is left out of the group.")
    List<Path> peers = new ArrayList<>();

    @Option(
            names = "--group",
            paramLabel = "CODE,...",
            split = ",",
            description = "The peers by municipality code, such as 147,151,153,157,159.")
    List<String> group = new ArrayList<>();

    @Option(
            names = "--structure",
            paramLabel = "FILE",
            description = "Structural indicators (CSV: kommunekode, then one column per indicator) to choose the"
                    + " --nearest peers by.")
    Path structure;

    @Option(
            names = "--nearest",
            paramLabel = "K",
            defaultValue = "10",
            description = "With --structure: the number of nearest peers (default 10, at least 5).")
    int nearest;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "fremdrift-benchmark",
            description = "Output folder (created if missing). Default: ./fremdrift-benchmark")
    Path out;

    @Override
    public Integer call() throws IOException {
        ReportProfile reportProfile = profileOptions.profile();
        Locale locale = profileOptions.locale();
        if (!group.isEmpty() && structure != null) {
            throw new UserError("--group and --structure: expected one way of choosing the peers, got both");
        }
        AggregateDocument mine = EngineOptions.read(aggregate, AggregateDocument.class, "aggregate document");
        if (mine.municipalities().size() != 1) {
            throw new UserError("--aggregate " + aggregate + ": expected the document of one municipality, got one of "
                    + mine.municipalities().size());
        }
        MunicipalityCode me = mine.municipalities().get(0);
        Map<MunicipalityCode, AggregateDocument> candidates = candidates(me);
        List<AggregateDocument> chosen = new ArrayList<>();
        BenchmarkSection.PeerSelection selection;
        if (!group.isEmpty()) {
            for (String text : group) {
                MunicipalityCode code = code(text);
                AggregateDocument d = candidates.get(code);
                if (d == null) {
                    throw new UserError("--group: expected an aggregate document of municipality " + code.format()
                            + " among --peers, got none");
                }
                chosen.add(d);
            }
            selection = new BenchmarkSection.PeerSelection(BenchmarkSection.Method.LISTED, List.of(), List.of());
        } else if (structure != null) {
            StructuralPeers.Chosen nearestPeers =
                    StructuralPeers.read(structure).choose(me, candidates, nearest);
            chosen.addAll(nearestPeers.documents());
            selection = nearestPeers.selection();
        } else {
            chosen.addAll(candidates.values());
            selection = new BenchmarkSection.PeerSelection(BenchmarkSection.Method.ALL, List.of(), List.of());
        }
        Benchmark benchmark = write(mine, chosen, selection, out, reportProfile, locale);
        PrintWriter err = spec.commandLine().getErr();
        err.printf(
                "benchmarked %s against %d peers (%s) on %d indicators%n",
                me,
                benchmark.peers().size(),
                selection.method().name().toLowerCase(Locale.ROOT),
                benchmark.rows().size());
        err.println("report → " + out.resolve("index.html").toAbsolutePath());
        err.flush();
        return ExitCodes.OK;
    }

    /** Benchmarks a municipality against chosen peers and writes report.json and index.html into a folder. */
    static Benchmark write(
            AggregateDocument mine,
            List<AggregateDocument> chosen,
            BenchmarkSection.PeerSelection selection,
            Path out,
            ReportProfile profile,
            Locale locale)
            throws IOException {
        MunicipalityCode me = mine.municipalities().get(0);
        Benchmark benchmark;
        try {
            benchmark = Benchmark.of(mine, chosen, profile);
        } catch (IllegalArgumentException e) {
            throw new UserError("cannot benchmark " + me.format() + ": " + e.getMessage(), e);
        }
        MetricsReport report = MetricsAggregator.fromDocument(mine).report(profile);
        ReportDocument document = new ReportDocument(
                mine.synthetic(),
                mine.config().asOfDate(),
                Optional.of(me.toString()),
                Optional.empty(),
                Optional.empty(),
                report,
                Optional.empty(),
                Optional.empty(),
                Optional.of(new BenchmarkSection(selection, benchmark)),
                Optional.empty());
        ReportFiles.write(out, document, locale, Optional.empty(), null);
        return benchmark;
    }

    private static MunicipalityCode code(String text) {
        try {
            return MunicipalityCode.parse(text.trim());
        } catch (IllegalArgumentException e) {
            throw new UserError("--group: expected municipality codes such as 147, got another text", e);
        }
    }

    /** Every peer document by municipality, the municipality's own left out; a municipality twice is an error. */
    private Map<MunicipalityCode, AggregateDocument> candidates(MunicipalityCode me) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : peers) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        Map<MunicipalityCode, AggregateDocument> byCode = new LinkedHashMap<>();
        Map<MunicipalityCode, Path> from = new LinkedHashMap<>();
        for (Path f : files) {
            AggregateDocument d = EngineOptions.read(f, AggregateDocument.class, "aggregate document");
            if (d.municipalities().size() != 1) {
                throw new UserError("--peers " + f + ": expected the document of one municipality, got one of "
                        + d.municipalities().size() + " (a merged document is not a peer)");
            }
            MunicipalityCode code = d.municipalities().get(0);
            if (code.equals(me)) {
                continue; // the municipality's own document, in the same folder as its peers'
            }
            Path before = from.put(code, f);
            if (before != null) {
                throw new UserError("--peers: municipality " + code.format() + " has two documents, " + before + " and "
                        + f + "; expected one");
            }
            byCode.put(code, d);
        }
        return byCode;
    }
}
