package dk.fremdrift.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;

/**
 * The {@code fremdrift} command line: statutory deadlines, the case review and management information for Danish
 * child-welfare cases, on JSON Lines files, for systems that are not written in Java.
 *
 * <p>Exit codes: 0 success; 3 success, but some input lines were rejected (see rejects.jsonl); 1 failure (a
 * file cannot be read or written, a configuration file is invalid); 2 a wrong command line. User errors print one
 * line, never a stack trace.
 */
@Command(
        name = "fremdrift",
        mixinStandardHelpOptions = true,
        version = "fremdrift 0.1.0-SNAPSHOT",
        description = "Deadlines, case review and management information for Danish child-welfare casework.",
        subcommands = {
            DemoCommand.class,
            ReportCommand.class,
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
        return commandLine(clock).execute(args);
    }

    static CommandLine commandLine(Clock clock) {
        IFactory factory = new ClockFactory(clock);
        CommandLine cl = new CommandLine(new Fremdrift(), factory);
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            PrintWriter err = line.getErr();
            if (ex instanceof UserError || ex instanceof UncheckedIOException || ex instanceof java.io.IOException) {
                err.println("fremdrift " + line.getCommandName() + ": " + ex.getMessage());
                err.flush();
                return ExitCodes.FAILURE;
            }
            throw ex;
        });
        return cl;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** Creates the commands, giving those that need it the clock. */
    private static final class ClockFactory implements IFactory {
        private final Clock clock;
        private final IFactory fallback = CommandLine.defaultFactory();

        ClockFactory(Clock clock) {
            this.clock = clock;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == DeadlinesCommand.class) {
                return cls.cast(new DeadlinesCommand(clock));
            }
            if (cls == ReviewCommand.class) {
                return cls.cast(new ReviewCommand(clock));
            }
            if (cls == ReportCommand.class) {
                return cls.cast(new ReportCommand(clock));
            }
            if (cls == DemoCommand.class) {
                return cls.cast(new DemoCommand(clock));
            }
            return fallback.create(cls);
        }
    }
}
