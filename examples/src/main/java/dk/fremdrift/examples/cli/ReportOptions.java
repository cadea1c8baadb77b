package dk.fremdrift.examples.cli;

import dk.fremdrift.metrics.Budget;
import dk.fremdrift.metrics.ReportProfile;
import dk.fremdrift.metrics.ReportingPeriod;
import dk.fremdrift.metrics.ServiceLevel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of a report: period, profile, budget and language (the last two as {@link ProfileOptions}). */
final class ReportOptions {

    @Mixin
    ProfileOptions profileOptions = new ProfileOptions();

    @Option(
            names = "--from",
            paramLabel = "DATE",
            description = "First day of the reporting period. Default: one year before --as-of.")
    LocalDate from;

    @Option(
            names = "--compare-previous",
            description = "Also count the period before (as long as the report's, ending where it starts), seen at the"
                    + " same moment, and set the flow through the handletrin against it. Costs a second count of"
                    + " the management information.")
    boolean comparePrevious;

    @Option(
            names = "--budget",
            paramLabel = "FILE",
            description = "The budget for the year (JSON: total, byKind, byLegalBasis), for the budget commitment.")
    Path budget;

    ReportingPeriod period(LocalDate asOf) {
        LocalDate start = from != null ? from : asOf.minusYears(1).plusDays(1);
        if (start.isAfter(asOf)) {
            throw new UserError("--from " + start + " is after --as-of " + asOf + "; expected a date on or before it");
        }
        return ReportingPeriod.of(start, asOf.plusDays(1));
    }

    @Option(
            names = "--service-level",
            paramLabel = "FILE",
            description =
                    "The municipality's declared service level (JSON: decided, targets on indicators), set against"
                            + " the actual values in report.json and the dashboard.")
    Path serviceLevel;

    /** The declared service level of --service-level, if given. */
    Optional<ServiceLevel> serviceLevel() {
        return serviceLevel == null
                ? Optional.empty()
                : Optional.of(EngineOptions.read(serviceLevel, ServiceLevel.class, "service level file"));
    }

    ReportProfile profile() {
        return profileOptions.profile();
    }

    Locale locale() {
        return profileOptions.locale();
    }

    Budget budget() {
        return budget == null
                ? Budget.none()
                : EngineOptions.read(budget, BudgetFile.class, "budget file").toBudget();
    }
}
