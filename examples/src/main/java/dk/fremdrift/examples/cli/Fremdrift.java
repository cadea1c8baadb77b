package dk.fremdrift.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;

/**
 * The {@code fremdrift} command line: statutory deadlines, the case review and management information for Danish
 * child-welfare cases, on JSON Lines files, for systems that are not written in Java.
 *
 * <p>Exit codes: 0 success; 3 success, but some input lines were rejected (see rejects.jsonl); 1 failure (a
 * file cannot be read or written, a configuration file is invalid); 2 a wrong command line. Every failure prints
 * one line, never a stack trace: what failed, and for a file its name and the cause. No message carries a value of
 * the input. Output files are renamed into place only when the run succeeds (see {@link Outputs}).
 */
@Command(
        name = "fremdrift",
        mixinStandardHelpOptions = true,
        version = "fremdrift 0.1.0-SNAPSHOT",
        description = "Deadlines, case review and management information for Danish child-welfare casework.",
        subcommands = {
            DemoCommand.class,
            ReportCommand.class,
            MergeCommand.class,
            BenchmarkCommand.class,
            DeadlinesCommand.class,
            ReviewCommand.class,
            RulesCommand.class,
            CalendarCommand.class,
            SchemaCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "3:success, with rejected input lines (see rejects.jsonl)",
            "1:failure (a file or a configuration)",
            "2:wrong command line"
        })
public final class Fremdrift implements Runnable {

    private Fremdrift() {}

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(Clock.system(java.time.ZoneId.of("Europe/Copenhagen")), args));
    }

    /**
     * Runs the command line with a clock (for the default {@code --as-of}) and returns the exit code; used by tests.
     *
     * @param clock the clock
     * @param args the arguments
     * @return the exit code
     */
    public static int run(Clock clock, String... args) {
        return commandLine(clock, Outputs.FILES).execute(args);
    }

    /** Runs with another way of opening output files: tests simulate a full disk with it. */
    static int run(Clock clock, Outputs.Opener opener, String... args) {
        return commandLine(clock, opener).execute(args);
    }

    static CommandLine commandLine(Clock clock) {
        return commandLine(clock, Outputs.FILES);
    }

    static CommandLine commandLine(Clock clock, Outputs.Opener opener) {
        IFactory factory = new ClockFactory(clock, opener);
        CommandLine cl = new CommandLine(new Fremdrift(), factory);
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            PrintWriter err = line.getErr();
            err.println("fremdrift " + line.getCommandName() + ": " + message(ex));
            err.flush();
            return ExitCodes.FAILURE;
        });
        return cl;
    }

    /**
     * One line about a failure: the user's error or the file and its cause as they are; for anything else only the
     * kind of failure, since a library's message may quote input.
     */
    static String message(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UserError || t instanceof Outputs.OutputException) {
                return t.getMessage();
            }
        }
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException io) {
                return "input or output failed: " + Outputs.cause(io);
            }
        }
        return "the run failed (" + ex.getClass().getSimpleName() + "). This is a bug in Fremdrift: please report it";
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** Creates the commands, giving those that need it the clock. */
    private static final class ClockFactory implements IFactory {
        private final Clock clock;
        private final Outputs.Opener opener;
        private final IFactory fallback = CommandLine.defaultFactory();

        ClockFactory(Clock clock, Outputs.Opener opener) {
            this.clock = clock;
            this.opener = opener;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == DeadlinesCommand.class) {
                return cls.cast(new DeadlinesCommand(clock, opener));
            }
            if (cls == ReviewCommand.class) {
                return cls.cast(new ReviewCommand(clock, opener));
            }
            if (cls == ReportCommand.class) {
                return cls.cast(new ReportCommand(clock, opener));
            }
            if (cls == DemoCommand.class) {
                return cls.cast(new DemoCommand(clock));
            }
            return fallback.create(cls);
        }
    }
}
