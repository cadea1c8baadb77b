package dk.fremdrift.examples.cli;

import dk.fremdrift.examples.report.ReportDocument;
import dk.fremdrift.metrics.AggregateDocument;
import dk.fremdrift.metrics.MetricsAggregator;
import dk.fremdrift.metrics.MetricsReport;
import dk.fremdrift.metrics.ReportProfile;
import dk.fremdrift.model.MunicipalityCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Merges the aggregate documents of several municipalities into one report and dashboard. */
@Command(
        name = "merge",
        description = "Merge the aggregate documents of several municipalities (written by 'fremdrift report"
                + " --aggregate-out' or 'fremdrift demo') into one report: report.json and index.html of a region, a"
                + " vendor's customers or the country. Refuses documents that do not add up: other periods or"
                + " moments, other rules or indicator definitions, a municipality twice.",
        mixinStandardHelpOptions = true)
final class MergeCommand implements Callable<Integer> {

    private static final Pattern DOCUMENT = Pattern.compile("^documents\\[(\\d+)\\]\\.?(.*)$", Pattern.DOTALL);

    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOptions profileOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Aggregate documents (JSON), one or more.")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "fremdrift-merged",
            description = "Output folder (created if missing). Default: ./fremdrift-merged")
    Path out;

    @Option(
            names = "--aggregate-out",
            paramLabel = "FILE",
            description = "Also write the merged aggregate document, to merge again (regions into the country).")
    Path aggregateOut;

    @Override
    public Integer call() throws IOException {
        ReportProfile reportProfile = profileOptions.profile();
        Locale locale = profileOptions.locale();
        List<AggregateDocument> documents = new ArrayList<>();
        for (Path file : files) {
            documents.add(EngineOptions.read(file, AggregateDocument.class, "aggregate document"));
        }
        AggregateDocument merged = merge(documents);
        write(merged, out, reportProfile, locale, Optional.ofNullable(aggregateOut));
        PrintWriter err = spec.commandLine().getErr();
        err.printf(
                "merged %d aggregate documents: %d municipalities, %,d cases%n",
                documents.size(), merged.municipalities().size(), merged.cases());
        err.println("report → " + out.resolve("index.html").toAbsolutePath());
        if (aggregateOut != null) {
            err.println("merged aggregate document → " + aggregateOut.toAbsolutePath());
        }
        err.flush();
        return ExitCodes.OK;
    }

    /**
     * Writes the report.json and index.html of a merged document into a folder, and the document itself if asked.
     */
    static void write(
            AggregateDocument merged, Path out, ReportProfile profile, Locale locale, Optional<Path> aggregateOut)
            throws IOException {
        MetricsReport report = MetricsAggregator.fromDocument(merged).report(profile);
        ReportDocument document = new ReportDocument(
                merged.synthetic(),
                merged.config().asOfDate(),
                merged.municipalities().size() == 1
                        ? Optional.of(merged.municipalities().get(0).toString())
                        : Optional.empty(),
                Optional.of(merged.municipalities().stream()
                        .map(MunicipalityCode::toString)
                        .toList()),
                Optional.empty(),
                report,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        ReportFiles.write(out, document, locale, aggregateOut, merged);
    }

    /** Merges, naming the file of a document that does not add up instead of its position. */
    private AggregateDocument merge(List<AggregateDocument> documents) {
        try {
            return AggregateDocument.merge(documents);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            Matcher m = DOCUMENT.matcher(message);
            if (m.matches()) {
                int i = Integer.parseInt(m.group(1));
                String rest = m.group(2);
                Matcher other = Pattern.compile("documents\\[(\\d+)\\]").matcher(rest);
                StringBuilder named = new StringBuilder();
                while (other.find()) {
                    other.appendReplacement(
                            named,
                            Matcher.quoteReplacement(
                                    files.get(Integer.parseInt(other.group(1))).toString()));
                }
                other.appendTail(named);
                throw new UserError("aggregate document " + files.get(i) + " cannot be merged: " + named, e);
            }
            throw new UserError("aggregate documents cannot be merged: " + message, e);
        }
    }
}
