package dk.fremdrift.examples.cli;

import dk.fremdrift.metrics.Budget;
import dk.fremdrift.metrics.ReportProfile;
import dk.fremdrift.metrics.ReportingPeriod;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options of a report: period, profile, budget and language. */
final class ReportOptions {

    @Option(
            names = "--from",
            paramLabel = "DATE",
            description = "First day of the reporting period. Default: one year before --as-of.")
    LocalDate from;

    @Option(
            names = "--profile",
            paramLabel = "administrative|political",
            defaultValue = "administrative",
            description = "administrative (leaders: all detail) or political (aggregates only, small counts"
                    + " suppressed).")
    String profile;

    @Option(
            names = "--suppress-below",
            paramLabel = "N",
            defaultValue = "5",
            description = "In the political profile, suppress counts below N (default 5).")
    int suppressBelow;

    @Option(
            names = "--budget",
            paramLabel = "FILE",
            description = "The budget for the year (JSON: total, byKind, byLegalBasis), for the budget commitment.")
    Path budget;

    @Option(
            names = "--lang",
            paramLabel = "da|en",
            defaultValue = "da",
            description = "Language of index.html and of the explanations and messages in the JSON Lines: da or en.")
    String lang;

    ReportingPeriod period(LocalDate asOf) {
        LocalDate start = from != null ? from : asOf.minusYears(1).plusDays(1);
        if (start.isAfter(asOf)) {
            throw new UserError("--from " + start + " is after --as-of " + asOf + "; expected a date on or before it");
        }
        return ReportingPeriod.of(start, asOf.plusDays(1));
    }

    ReportProfile profile() {
        return switch (profile) {
            case "administrative" -> ReportProfile.ADMINISTRATIVE;
            case "political" -> {
                if (suppressBelow < 1) {
                    throw new UserError("--suppress-below: expected 1 or more, got " + suppressBelow);
                }
                yield ReportProfile.political(suppressBelow);
            }
            default -> throw new UserError("--profile: expected administrative or political, got '" + profile + "'");
        };
    }

    Budget budget() {
        return budget == null
                ? Budget.none()
                : EngineOptions.read(budget, BudgetFile.class, "budget file").toBudget();
    }
}
