package dk.fremdrift.examples.cli;

import dk.fremdrift.examples.report.InputCounts;
import dk.fremdrift.examples.report.ReportDocument;
import dk.fremdrift.metrics.Budget;
import dk.fremdrift.metrics.MetricsConfig;
import dk.fremdrift.metrics.ServiceLevel;
import dk.fremdrift.validation.review.CaseReview;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code report} command's pass over cases as a mergeable state, for running it where the command line's own
 * pipeline does not: the partitions of a Spark job (module {@code spark}). Each partition reads its lines into a
 * {@link Part}; parts travel between processes as {@linkplain Part#toBytes() bytes} and merge exactly; the merged
 * part {@linkplain #write writes} report.json and index.html, byte for byte those of {@code fremdrift report} on the
 * same lines with the same options, and the reasons of the rejected lines are the command line's.
 *
 * <p>The options are the report command's that shape report.json ({@code --as-of}, {@code --from}, {@code
 * --profile}, {@code --suppress-below}, {@code --lang}, {@code --rules}, {@code --calendar}, {@code --budget},
 * {@code --service-level}, {@code --compare-previous}, {@code --max-line-bytes}) with {@code --input} and {@code
 * --out}. They are read where
 * the pass is made (the driver): the date of evaluation is fixed then, and the rule and calendar files travel as
 * their text, so that executors need no access to them. The budget and the service level stay with the driver,
 * which alone writes the report.
 *
 * <p>Per-case outputs (deadlines.jsonl, findings.jsonl) are not written: the pass makes the report.
 */
public final class ReportPass implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final String out;
    private final LocalDate asOfDate;
    private final LocalDate from;
    private final String profile;
    private final int suppressBelow;
    private final String lang;
    private final int maxLineBytes;
    /** The length of a long course: the service level's, read on the driver, for every executor's settings. */
    private final int longCourseMonths;

    private final boolean comparePrevious;

    private final EngineOptions.Sources sources;
    /** Read on the driver, used there only: the report is written there. */
    private final transient Budget budget;

    private final transient Optional<ServiceLevel> serviceLevel;
    /** Built once per process from the fields above. */
    private transient volatile Built built;

    /** The report command's options, parsed by picocli with the command line's own option classes. */
    @Command(name = "fremdrift-spark", mixinStandardHelpOptions = false)
    static final class Arguments {
        @Option(
                names = "--input",
                required = true,
                paramLabel = "PATH",
                description = "Cases as JSON Lines: a file or a folder of files, any path Spark reads.")
        String input;

        @Option(
                names = "--out",
                required = true,
                paramLabel = "DIR",
                description = "Output folder of report.json, index.html and rejects/.")
        String out;

        @Mixin
        AsOfOption asOf = new AsOfOption();

        @Mixin
        EngineOptions engine = new EngineOptions();

        @Mixin
        ReportOptions report = new ReportOptions();

        @Mixin
        LineLimit lineLimit = new LineLimit();
    }

    private record Built(ReportRun.Setup setup, CasePipeline<ReportRun.Worker> pipeline) {}

    private ReportPass(Arguments a, Clock clock) {
        this.input = a.input;
        this.out = a.out;
        this.asOfDate = a.asOf.date(clock);
        this.from = a.report.period(asOfDate).startInclusive();
        this.profile = a.report.profileOptions.profile;
        this.suppressBelow = a.report.profileOptions.suppressBelow;
        this.lang = a.report.profileOptions.lang;
        this.maxLineBytes = a.lineLimit.bytes();
        this.sources = a.engine.sources();
        this.budget = a.report.budget();
        this.serviceLevel = a.report.serviceLevel();
        this.comparePrevious = a.report.comparePrevious;
        this.longCourseMonths =
                serviceLevel.flatMap(ServiceLevel::longCourseMonths).orElse(MetricsConfig.DEFAULT_LONG_COURSE_MONTHS);
    }

    /**
     * Reads the options and the files they name, and checks them: the engine and the service level are built once
     * here, so that a bad option fails before any case is read.
     *
     * @param clock today's date, when {@code --as-of} is not given
     * @param arguments the options
     * @return the pass
     * @throws IllegalArgumentException if an option or a file it names is not valid; the message says which and why
     */
    public static ReportPass of(Clock clock, String... arguments) {
        Arguments a = new Arguments();
        try {
            new CommandLine(a).parseArgs(arguments);
            ReportPass pass = new ReportPass(a, clock);
            pass.built();
            pass.serviceLevel.ifPresent(
                    level -> ReportRun.check(level, pass.built().setup()));
            return pass;
        } catch (CommandLine.ParameterException | UserError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Returns the options' usage text.
     *
     * @return the usage
     */
    public static String usage() {
        return new CommandLine(new Arguments()).getUsageMessage();
    }

    /**
     * Returns where the cases are, as given by {@code --input}.
     *
     * @return the input path
     */
    public String input() {
        return input;
    }

    /**
     * Returns the output folder, as given by {@code --out}.
     *
     * @return the output folder
     */
    public String out() {
        return out;
    }

    private Built built() {
        Built b = built;
        if (b == null) {
            synchronized (this) {
                b = built;
                if (b == null) {
                    b = build();
                    built = b;
                }
            }
        }
        return b;
    }

    private Built build() {
        try {
            AsOfOption at = new AsOfOption();
            at.asOf = asOfDate;
            ProfileOptions p = new ProfileOptions();
            p.profile = profile;
            p.suppressBelow = suppressBelow;
            p.lang = lang;
            ReportOptions r = new ReportOptions();
            r.profileOptions = p;
            r.from = from;
            var engine = EngineOptions.engine(sources);
            // The date is given, so the clock is not read: the moment is the end of that Danish date.
            Instant asOf = at.instant(Clock.systemUTC());
            MetricsConfig config = MetricsConfig.of(asOf, r.period(asOfDate)).withLongCourseMonths(longCourseMonths);
            ReportRun.Setup setup = new ReportRun.Setup(
                    asOfDate,
                    asOf,
                    engine,
                    CaseReview.of(engine),
                    config,
                    r.profile(),
                    budget == null ? Budget.none() : budget,
                    r.locale(),
                    1,
                    comparePrevious ? Optional.of(ReportRun.previous(config)) : Optional.empty());
            return new Built(setup, ReportRun.pipeline(setup, 1));
        } catch (UserError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Returns an empty part, to read the lines of one partition into.
     *
     * @return the part
     */
    public Part newPart() {
        return new Part();
    }

    /**
     * Writes report.json and index.html of every line read into the merged part, into the {@code --out} folder
     * (created if missing). Call it where the pass was made: the budget and the service level are there.
     *
     * @param total the parts of every partition, merged
     * @throws IOException if writing fails
     * @throws IllegalStateException if this pass came to this process as bytes (on an executor)
     */
    public void write(Part total) throws IOException {
        if (serviceLevel == null) {
            throw new IllegalStateException("the report is written where the pass was made (the driver), which holds"
                    + " the budget and the service level; this pass was sent here");
        }
        Built b = built();
        InputCounts counts = new InputCounts(total.read, total.accepted, total.rejected);
        ReportDocument document =
                ReportRun.finished(ReportRun.document(b.setup(), total.worker, counts), false, serviceLevel);
        Path dir = Path.of(out);
        Files.createDirectories(dir);
        try (Outputs outputs = new Outputs(Outputs.FILES)) {
            OutputStream json = outputs.create(dir.resolve("report.json"));
            OutputStream html = outputs.create(dir.resolve("index.html"));
            ReportRun.write(document, b.setup().locale(), json, html);
            outputs.commit();
        }
    }

    /**
     * The lines of one partition: counted, and the accepted cases evaluated, reviewed and measured into aggregates
     * that merge exactly. Not thread-safe: one per partition.
     */
    public final class Part {
        private final ReportRun.Worker worker;
        private final CasePipeline.Channels channels = new CasePipeline.Channels(3, false);
        private final CharsetDecoder decoder = CaseInput.strictUtf8();
        private long read;
        private long accepted;
        private long rejected;

        private Part() {
            ReportRun.Setup setup = built().setup();
            this.worker = new ReportRun.Worker(setup.config(), setup.engine().rules(), setup.previous());
        }

        /**
         * Reads one line of a file, as the command line reads it: a byte order mark at the start of the file and a
         * {@code \r} at the end are skipped, a blank line is not counted, a line over the limit or not valid UTF-8
         * is rejected, and so is one that is not a valid case or fails in a stage (named in the reason).
         *
         * @param bytes the line's bytes, without its {@code \n}
         * @param length how many of them are the line
         * @param offset the byte offset of the line in its file (0 for the first line)
         * @return why the line is rejected, in the report's language; empty if it was accepted or is blank
         */
        public Optional<String> line(byte[] bytes, int length, long offset) {
            CaseInput.Line l = CaseInput.decode(bytes, length, length, offset, offset == 0, maxLineBytes, decoder);
            if (l == null) {
                return Optional.empty();
            }
            read++;
            String reason = built().pipeline().line(l.text(), l.problem(), worker, channels);
            if (reason == null) {
                accepted++;
                return Optional.empty();
            }
            rejected++;
            return Optional.of(reason);
        }

        /**
         * Returns the number of non-blank lines read; {@code read == accepted + rejected}.
         *
         * @return the lines read
         */
        public long read() {
            return read;
        }

        /**
         * Returns the number of lines accepted.
         *
         * @return the accepted lines
         */
        public long accepted() {
            return accepted;
        }

        /**
         * Returns the number of lines rejected.
         *
         * @return the rejected lines
         */
        public long rejected() {
            return rejected;
        }

        /**
         * Returns the exact state of this part, to merge in another process of the same run ({@link #merge}). It
         * holds counts and keys (caseworkers' and teams'), no case id, CPR number or name; not a format to keep.
         *
         * @return the state
         */
        public byte[] toBytes() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream data = new DataOutputStream(bytes)) {
                data.writeLong(read);
                data.writeLong(accepted);
                data.writeLong(rejected);
                worker.writeTo(data);
            } catch (IOException e) {
                throw new UncheckedIOException("writing to memory failed", e);
            }
            return bytes.toByteArray();
        }

        /**
         * Adds the state of another part of the same pass, written by {@link #toBytes()}.
         *
         * @param state the other part's state
         * @return this part
         * @throws IllegalArgumentException if the state is not a part's of the same options
         */
        public Part merge(byte[] state) {
            // Read into an empty part first, so that bytes that fail change nothing here.
            Part other = new Part();
            try (DataInputStream data = new DataInputStream(new ByteArrayInputStream(state))) {
                other.read = data.readLong();
                other.accepted = data.readLong();
                other.rejected = data.readLong();
                other.worker.mergeFrom(data);
                if (data.read() != -1) {
                    throw new IllegalArgumentException("state: expected the bytes of Part.toBytes(), got more");
                }
                worker.merge(other.worker);
                read += other.read;
                accepted += other.accepted;
                rejected += other.rejected;
            } catch (IOException e) {
                throw new IllegalArgumentException(
                        "state: expected the bytes of Part.toBytes(), got bytes that end early", e);
            }
            return this;
        }
    }
}
