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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    RuleBook ruleBook() {
        RuleBook book = RuleBook.statutory();
        if (rules == null) {
            return book;
        }
        MunicipalRules file = read(rules, MunicipalRules.class, "rule file");
        try {
            return book.withMunicipalRules(file);
        } catch (RuleConflictException e) {
            throw new UserError("rule file " + rules + " conflicts with the rule book:\n  - "
                    + String.join("\n  - ", e.conflicts()));
        }
    }

    DeadlineEngine engine() {
        DeadlineEngine.Builder b =
                DeadlineEngine.builder(DanishCalendar.statutory()).rules(ruleBook());
        for (Path p : calendars) {
            CalendarDefinition def = read(p, CalendarDefinition.class, "calendar file");
            try {
                b.calendar(DanishCalendar.of(def));
            } catch (IllegalArgumentException e) {
                throw new UserError("calendar file " + p + ": " + e.getMessage(), e);
            }
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage() + " (pass the calendar with --calendar FILE)", e);
        }
    }

    static <T> T read(Path file, Class<T> type, String what) {
        if (!Files.isRegularFile(file)) {
            throw new UserError(what + " not found: " + file);
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UserError("cannot read " + what + " " + file + ": " + Outputs.cause(e), e);
        }
        try {
            return CaseJsonLines.settingsMapper().readValue(text, type);
        } catch (RuntimeException e) {
            throw new UserError(what + " " + file + " is not valid: " + Reasons.of(e, text, false), e);
        }
    }
}
