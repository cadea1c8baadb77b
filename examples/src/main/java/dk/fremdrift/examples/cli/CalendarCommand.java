package dk.fremdrift.examples.cli;

import dk.fremdrift.deadlines.calendar.CalendarDefinition;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.deadlines.calendar.Holiday;
import dk.fremdrift.deadlines.calendar.WorkingDayCalendar;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the holidays and working days of a year. */
@Command(
        name = "calendar",
        description = "Print the holidays and the working days per month of a year.",
        mixinStandardHelpOptions = true)
final class CalendarCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year, e.g. 2027.")
    int year;

    @Option(
            names = "--calendar",
            paramLabel = "FILE",
            description = "A calendar definition (JSON); default the statutory Danish calendar.")
    Path calendar;

    @Option(names = "--lang", paramLabel = "da|en", defaultValue = "da", description = "Language: da or en.")
    String lang;

    @Override
    public Integer call() {
        boolean da = Languages.isDanish(lang);
        WorkingDayCalendar cal = calendar == null
                ? DanishCalendar.statutory()
                : DanishCalendar.of(EngineOptions.read(calendar, CalendarDefinition.class, "calendar file"));
        PrintWriter out = spec.commandLine().getOut();
        try {
            out.println((da ? "Kalender " : "Calendar ") + cal.id() + " " + year);
            out.println();
            out.println(da ? "Lukkedage:" : "Closed days:");
            for (Holiday h : cal.holidaysIn(year)) {
                String weekday =
                        h.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, da ? Languages.DANISH : Locale.ENGLISH);
                out.printf(
                        "  %s %-4s %-28s %s%n",
                        h.date(),
                        weekday,
                        da ? h.danishName() : h.englishName(),
                        h.category() + h.legalSource().map(s -> " (" + s + ")").orElse(""));
            }
            out.println();
            out.println(da ? "Arbejdsdage pr. måned:" : "Working days per month:");
            int total = 0;
            for (Month m : Month.values()) {
                LocalDate first = LocalDate.of(year, m, 1);
                int n = cal.workingDaysBetween(first, first.plusMonths(1));
                total += n;
                out.printf(
                        "  %-10s %2d%n", m.getDisplayName(TextStyle.FULL, da ? Languages.DANISH : Locale.ENGLISH), n);
            }
            out.printf("  %-10s %3d%n", da ? "i alt" : "total", total);
        } catch (DateTimeException e) {
            throw new UserError(e.getMessage(), e);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
