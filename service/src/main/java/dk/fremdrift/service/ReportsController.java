package dk.fremdrift.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.examples.cli.JsonLinesReport;
import dk.fremdrift.examples.cli.RejectedLine;
import dk.fremdrift.examples.report.ReportDocument;
import dk.fremdrift.metrics.ReportProfile;
import dk.fremdrift.metrics.ReportingPeriod;
import dk.fremdrift.spring.boot.FremdriftSettings;
import dk.fremdrift.validation.review.CaseReview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON Lines of cases in, the report out: what {@code fremdrift report} writes to report.json, with the lines it
 * would write to rejects.jsonl. The lines go through the command line's own reader and pipeline ({@link
 * JsonLinesReport}), so the same lines are rejected for the same reasons (a bad byte, a line over 4 MiB, a child
 * born after asOf, a failure while evaluating one case); only counters are kept of the accepted cases, and the
 * rejects are listed, so a request whose every line is bad is answered with as many reasons.
 */
@RestController
class ReportsController {

    static final String JSON_LINES = "application/jsonl";
    static final String NDJSON = "application/x-ndjson";

    private final FremdriftSettings settings;
    private final DeadlineEngine engine;
    private final CaseReview review;
    private final Clock clock;

    ReportsController(
            FremdriftSettings settings, DeadlineEngine engine, CaseReview review, ObjectProvider<Clock> clock) {
        this.settings = settings;
        this.engine = engine;
        this.review = review;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * The report and the rejected lines.
     *
     * @param report the report, as report.json
     * @param rejects the rejected lines, as rejects.jsonl: line number and reason
     */
    @JsonPropertyOrder({"report", "rejects"})
    record Report(ReportDocument report, List<RejectedLine> rejects) {}

    /** A report option out of range: the command line's usage error. */
    static final class BadOption extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        BadOption(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    @Operation(
            summary = "The report of many cases",
            description = "Reads cases as JSON Lines (one case per line, the format of the ChildCase schema) and"
                    + " answers with the management information, the deadlines per duty and the findings per rule,"
                    + " and every rejected line with its number and reason. Counts reconcile: read = accepted +"
                    + " rejected.")
    @PostMapping(
            path = "/reports",
            consumes = {JSON_LINES, NDJSON, "text/plain"})
    Report report(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = JSON_LINES,
                                            schema = @Schema(type = "string", description = "one ChildCase per line")))
                    jakarta.servlet.http.HttpServletRequest request,
            @Parameter(description = "Evaluate as of the end of this date, Danish time; default today")
                    @RequestParam(name = "asOf", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf,
            @Parameter(description = "First day of the reporting period; default one year before asOf")
                    @RequestParam(name = "from", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "administrative (leaders: all detail) or political (aggregates only)")
                    @RequestParam(name = "profile", defaultValue = "administrative")
                    String profile,
            @Parameter(description = "In the political profile, suppress counts below this")
                    @RequestParam(name = "suppressBelow", defaultValue = "5")
                    int suppressBelow)
            throws IOException {
        AsOf at = AsOf.of(asOf, clock);
        ReportingPeriod period = period(at.date(), from);
        ReportProfile reportProfile = profile(profile, suppressBelow);
        JsonLinesReport.Result result = JsonLinesReport.of(
                request.getInputStream(),
                new JsonLinesReport.Settings(
                        at.date(),
                        at.instant(),
                        engine,
                        review,
                        settings.metricsConfig(at.instant(), period),
                        reportProfile,
                        CaseReader.isDanish(LocaleContextHolder.getLocale()),
                        JsonLinesReport.DEFAULT_MAX_LINE_BYTES));
        return new Report(result.document(), result.rejects());
    }

    private static ReportingPeriod period(LocalDate asOf, LocalDate from) {
        LocalDate start = from != null ? from : asOf.minusYears(1).plusDays(1);
        if (start.isAfter(asOf)) {
            throw new BadOption("from", "expected a date on or before asOf");
        }
        return ReportingPeriod.of(start, asOf.plusDays(1));
    }

    private static ReportProfile profile(String profile, int suppressBelow) {
        return switch (profile) {
            case "administrative" -> ReportProfile.ADMINISTRATIVE;
            case "political" -> {
                if (suppressBelow < 1) {
                    throw new BadOption("suppressBelow", "expected 1 or more");
                }
                yield ReportProfile.political(suppressBelow);
            }
            default -> throw new BadOption("profile", "expected administrative or political");
        };
    }

    @ExceptionHandler(BadOption.class)
    ProblemDetail badOption(BadOption e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "A report option is out of range.");
        p.setType(URI.create("https://fremdrift.dk/problems/invalid-request"));
        p.setTitle("Invalid request");
        p.setProperty("errors", List.of(new CaseReader.Error(e.field, "option", e.getMessage())));
        return p;
    }
}
