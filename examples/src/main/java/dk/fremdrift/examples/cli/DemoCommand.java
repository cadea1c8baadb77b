package dk.fremdrift.examples.cli;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.examples.synthetic.SyntheticMunicipality;
import dk.fremdrift.metrics.Budget;
import dk.fremdrift.metrics.BudgetAggregate;
import dk.fremdrift.metrics.BudgetLine;
import dk.fremdrift.metrics.BudgetReport;
import dk.fremdrift.metrics.BudgetYear;
import dk.fremdrift.metrics.MetricsConfig;
import dk.fremdrift.metrics.ServiceLevel;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.MunicipalityCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Generates a synthetic municipality and runs the full report on it. */
@Command(
        name = "demo",
        description = "Generate a synthetic municipality (no real data), write its cases to DIR/cases.jsonl so you"
                + " can see the input format, and write the full report for it into DIR, with the aggregate document"
                + " (aggregate.json) that 'fremdrift merge' takes.",
        mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

    /** The aggregate document the demo writes beside the report. */
    static final String AGGREGATE = "aggregate.json";

    /** The example service level on the class path, which the README shows. */
    static final String EXAMPLE_SERVICE_LEVEL = "/dk/fremdrift/examples/service-level-example.json";

    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "fremdrift-report",
            description = "Output folder (created if missing). Default: ./fremdrift-report")
    Path out;

    @Option(
            names = "--children",
            paramLabel = "N",
            defaultValue = "2000",
            description = "Number of children with a case. Default: 2000.")
    int children;

    @Option(
            names = "--years",
            paramLabel = "N",
            defaultValue = "5",
            description = "Years of case history before --as-of. Default: 5.")
    int years;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the synthetic data.")
    long seed;

    @Option(
            names = "--municipality",
            paramLabel = "CODE",
            defaultValue = "461",
            description = "Municipality code of the synthetic municipality. Default: 461 (Odense).")
    String municipality;

    @Mixin
    AsOfOption asOf;

    @Mixin
    ReportOptions reportOptions;

    @Mixin
    Threads threads;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(
            names = "--national",
            description = "All 98 municipalities instead of one (synthetic; sizes drawn, or in proportion to"
                    + " --children-table): one aggregate document each in DIR/aggregates, the national report in DIR,"
                    + " and a benchmark of --municipality against its --nearest peers on a synthetic structural table"
                    + " in DIR/benchmark.")
    boolean national;

    @Option(
            names = "--children-table",
            paramLabel = "FILE",
            description = "With --national: a CSV of kommunekode and the number of children aged 0-17 of each of the"
                    + " 98 municipalities (Danmarks Statistik, FOLK1A); the municipalities' sizes are set in"
                    + " proportion to it, the median one at --median-children.")
    Path childrenTable;

    @Option(
            names = "--median-children",
            paramLabel = "N",
            defaultValue = "150",
            description = "With --national: the median number of children with a case per municipality (default"
                    + " 150; the four largest cities get more).")
    int medianChildren;

    @Option(
            names = "--nearest",
            paramLabel = "K",
            defaultValue = "10",
            description = "With --national: the number of nearest peers of the benchmark (default 10).")
    int nearest;

    DemoCommand(Clock clock) {
        this.clock = clock;
    }

    /** The children aged 0-17 of every municipality, from the first column of numbers of a CSV. */
    static Map<MunicipalityCode, Long> children(Path file) {
        StructuralPeers.Table t = StructuralPeers.Table.read(file, "children table");
        Map<MunicipalityCode, Long> children = new TreeMap<>();
        t.rows().forEach((code, row) -> children.put(code, Math.round(row[0])));
        for (MunicipalityCode code : MunicipalityCode.all()) {
            Long n = children.get(code);
            if (n == null || n < 1) {
                throw new UserError("children table " + file + ": expected 1 or more children for each of the 98"
                        + " municipalities, got " + (n == null ? "no row" : "fewer") + " for " + code.format());
            }
        }
        return children;
    }

    @Override
    public Integer call() throws IOException {
        LocalDate date = asOf.date(clock);
        if (children < 1 || years < 1) {
            throw new UserError("--children and --years: expected 1 or more, got " + children + " and " + years);
        }
        MunicipalityCode code;
        try {
            code = MunicipalityCode.parse(municipality);
        } catch (IllegalArgumentException e) {
            throw new UserError("--municipality: " + e.getMessage(), e);
        }
        if (national) {
            if (medianChildren < 1 || nearest < 5) {
                throw new UserError("--median-children and --nearest: expected 1 or more and 5 or more, got "
                        + medianChildren + " and " + nearest);
            }
            Files.createDirectories(out);
            NationalDemo.run(
                    new NationalDemo.Settings(
                            seed,
                            medianChildren,
                            childrenTable == null ? Map.of() : children(childrenTable),
                            years,
                            MetricsConfig.of(asOf.instant(clock), reportOptions.period(date)),
                            DeadlineEngine.builder(DanishCalendar.statutory()).build(),
                            code,
                            nearest,
                            reportOptions.profile(),
                            reportOptions.locale(),
                            threads.count(),
                            out),
                    spec.commandLine().getErr());
            return ExitCodes.OK;
        }
        SyntheticMunicipality town = SyntheticMunicipality.builder()
                .municipality(code)
                .children(children)
                .from(date.minusYears(years))
                .to(date.plusDays(1))
                .seed(seed)
                .build();
        Files.createDirectories(out);
        Path cases = out.resolve("cases.jsonl");
        try (Stream<ChildCase> stream = town.cases()) {
            CaseJsonLines.write(stream, cases);
        }
        Budget budget = reportOptions.budget != null ? reportOptions.budget() : demoBudget(town, date);
        DeadlineEngine engine =
                DeadlineEngine.builder(DanishCalendar.statutory()).build();
        ReportRun.Result r = ReportRun.run(
                new ReportRun.Options(
                        cases,
                        out,
                        date,
                        asOf.instant(clock),
                        engine,
                        reportOptions.period(date),
                        reportOptions.profile(),
                        budget,
                        reportOptions.locale(),
                        !quiet,
                        threads.count(),
                        CaseInput.DEFAULT_MAX_LINE_BYTES,
                        Optional.of(out.resolve(AGGREGATE)),
                        true,
                        Optional.of(reportOptions.serviceLevel().orElseGet(DemoCommand::exampleServiceLevel)),
                        // The demo shows the flow against the year before.
                        true),
                Outputs.FILES,
                spec.commandLine().getErr());
        spec.commandLine().getErr().println("synthetic cases (the input format) → " + cases.toAbsolutePath());
        ReportCommand.print(spec.commandLine().getErr(), r, out, out.resolve(AGGREGATE));
        return ExitCodes.OK;
    }

    /** The example service level the demo sets its figures against, unless --service-level gives another. */
    static ServiceLevel exampleServiceLevel() {
        try (InputStream in = DemoCommand.class.getResourceAsStream(EXAMPLE_SERVICE_LEVEL)) {
            return CaseJsonLines.settingsMapper()
                    .readValue(Objects.requireNonNull(in, EXAMPLE_SERVICE_LEVEL), ServiceLevel.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A budget for the demo: for each intervention kind, the synthetic municipality's own projected cost for the
     * year times a seeded factor between 0.85 and 1.10, so the dashboard shows both over- and underspends. It is
     * made up, as the cases are.
     */
    private Budget demoBudget(SyntheticMunicipality town, LocalDate date) {
        BudgetAggregate aggregate = BudgetAggregate.of(BudgetYear.of(date));
        try (Stream<ChildCase> stream = town.cases()) {
            Iterator<ChildCase> it = stream.iterator();
            while (it.hasNext()) {
                aggregate.add(it.next());
            }
        }
        BudgetReport projected = aggregate.report(Budget.none());
        SplittableRandom random = new SplittableRandom(seed);
        Budget b = Budget.none();
        for (BudgetLine line : projected.byKind()) {
            BigDecimal factor = BigDecimal.valueOf(85 + random.nextInt(26)).movePointLeft(2);
            BigDecimal amount = line.projected().multiply(factor).setScale(-3, RoundingMode.HALF_EVEN);
            b = b.withKind(line.kind().orElseThrow(), amount.max(BigDecimal.ZERO));
        }
        return b;
    }
}
