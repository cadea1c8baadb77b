package dk.fremdrift.examples.cli;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.MunicipalRules;
import dk.fremdrift.deadlines.RuleBook;
import dk.fremdrift.deadlines.RuleConflictException;
import dk.fremdrift.deadlines.calendar.CalendarDefinition;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.examples.io.Reasons;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that configure the deadline engine: a municipality's rule file and calendars. */
final class EngineOptions {

    @Option(
            names = "--rules",
            paramLabel = "FILE",
            description = "A municipality's rule file (JSON): local deadlines and choices on configurable rules.")
    Path rules;

    @Option(
            names = "--calendar",
            paramLabel = "FILE",
            description = "A calendar definition (JSON), such as a municipality's closing days; repeatable.")
    List<Path> calendars = new ArrayList<>();

    /** A file's name and text, read once where the options are given. */
    record Source(String file, String text) implements Serializable {}

    /**
     * The rule file (null when none is given) and the calendar files as read, to build the same engine elsewhere: a
     * Spark job's executors receive it serialized.
     */
    record Sources(Source rules, List<Source> calendars) implements Serializable {
        Sources {
            calendars = List.copyOf(calendars);
        }

        /** The rule file, if one was given. */
        Optional<Source> rulesFile() {
            return Optional.ofNullable(rules);
        }
    }

    Sources sources() {
        List<Source> cals = new ArrayList<>();
        for (Path p : calendars) {
            cals.add(new Source(p.toString(), text(p, "calendar file")));
        }
        return new Sources(rules == null ? null : new Source(rules.toString(), text(rules, "rule file")), cals);
    }

    RuleBook ruleBook() {
        return ruleBook(sources().rulesFile());
    }

    private static RuleBook ruleBook(Optional<Source> rules) {
        RuleBook book = RuleBook.statutory();
        if (rules.isEmpty()) {
            return book;
        }
        MunicipalRules file = parse(rules.get(), MunicipalRules.class, "rule file");
        try {
            return book.withMunicipalRules(file);
        } catch (RuleConflictException e) {
            throw new UserError("rule file " + rules.get().file() + " conflicts with the rule book:\n  - "
                    + String.join("\n  - ", e.conflicts()));
        }
    }

    DeadlineEngine engine() {
        return engine(sources());
    }

    /** The engine of the statutory calendar and rule book with the sources' rule file and calendars. */
    static DeadlineEngine engine(Sources sources) {
        DeadlineEngine.Builder b =
                DeadlineEngine.builder(DanishCalendar.statutory()).rules(ruleBook(sources.rulesFile()));
        for (Source source : sources.calendars()) {
            CalendarDefinition def = parse(source, CalendarDefinition.class, "calendar file");
            try {
                b.calendar(DanishCalendar.of(def));
            } catch (IllegalArgumentException e) {
                throw new UserError("calendar file " + source.file() + ": " + e.getMessage(), e);
            }
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage() + " (pass the calendar with --calendar FILE)", e);
        }
    }

    static <T> T read(Path file, Class<T> type, String what) {
        return parse(new Source(file.toString(), text(file, what)), type, what);
    }

    private static String text(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new UserError(what + " not found: " + file);
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UserError("cannot read " + what + " " + file + ": " + Outputs.cause(e), e);
        }
    }

    private static <T> T parse(Source source, Class<T> type, String what) {
        try {
            return CaseJsonLines.settingsMapper().readValue(source.text(), type);
        } catch (RuntimeException e) {
            throw new UserError(
                    what + " " + source.file() + " is not valid: " + Reasons.of(e, source.text(), false), e);
        }
    }
}
