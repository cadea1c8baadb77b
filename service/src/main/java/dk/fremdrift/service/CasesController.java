package dk.fremdrift.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.examples.cli.DeadlineLine;
import dk.fremdrift.examples.cli.FindingLine;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.validation.review.CaseReview;
import dk.fremdrift.validation.review.ReviewResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One case in, its deadlines or its review out. */
@RestController
class CasesController {

    private final DeadlineEngine engine;
    private final CaseReview review;
    private final Clock clock;

    CasesController(DeadlineEngine engine, CaseReview review, ObjectProvider<Clock> clock) {
        this.engine = engine;
        this.review = review;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * The deadlines of a case.
     *
     * @param caseId the case's key
     * @param asOf the date evaluated as of
     * @param deadlines one line per deadline, as in deadlines.jsonl
     */
    @JsonPropertyOrder({"caseId", "asOf", "deadlines"})
    record Deadlines(
            String caseId,
            @Schema(type = "string", format = "date") LocalDate asOf,
            List<DeadlineLine> deadlines) {}

    /**
     * The review of a case.
     *
     * @param caseId the case's key
     * @param asOf the date reviewed as of
     * @param hasErrors whether a legal requirement is broken
     * @param findings one line per finding, as in findings.jsonl
     */
    @JsonPropertyOrder({"caseId", "asOf", "hasErrors", "findings"})
    record Review(
            String caseId,
            @Schema(type = "string", format = "date") LocalDate asOf,
            boolean hasErrors,
            List<FindingLine> findings) {}

    @Operation(
            summary = "The deadlines of one case",
            description = "Every statutory and municipal deadline of the case as of the end of a Danish date, with"
                    + " the explanation in the request's language (Accept-Language da or en).")
    @PostMapping(path = "/cases/deadlines", consumes = MediaType.APPLICATION_JSON_VALUE)
    Deadlines deadlines(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(ref = "#/components/schemas/ChildCase")))
                    @RequestBody
                    String body,
            @Parameter(description = "Evaluate as of the end of this date, Danish time; default today")
                    @RequestParam(name = "asOf", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf) {
        Locale locale = LocaleContextHolder.getLocale();
        AsOf at = AsOf.of(asOf, clock);
        ChildCase c = CaseReader.read(body, CaseReader.isDanish(locale), at.date());
        return new Deadlines(
                c.id().value(),
                at.date(),
                engine.evaluate(c, at.instant()).stream()
                        .map(e -> DeadlineLine.of(e, locale))
                        .toList());
    }

    @Operation(
            summary = "The review (sagsgennemgang) of one case",
            description = "The findings of the case review as of the end of a Danish date, with messages in the"
                    + " request's language.")
    @PostMapping(path = "/cases/review", consumes = MediaType.APPLICATION_JSON_VALUE)
    Review review(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(ref = "#/components/schemas/ChildCase")))
                    @RequestBody
                    String body,
            @Parameter(description = "Review as of the end of this date, Danish time; default today")
                    @RequestParam(name = "asOf", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf) {
        Locale locale = LocaleContextHolder.getLocale();
        AsOf at = AsOf.of(asOf, clock);
        ChildCase c = CaseReader.read(body, CaseReader.isDanish(locale), at.date());
        ReviewResult result = review.review(c, at.instant());
        return new Review(
                c.id().value(),
                at.date(),
                result.hasErrors(),
                result.findings().stream().map(f -> FindingLine.of(f, locale)).toList());
    }

    /** A case the command line would reject: 400, with its reason, which names the field and never a CPR number. */
    @ExceptionHandler(CaseReader.InvalidCase.class)
    ProblemDetail invalid(CaseReader.InvalidCase e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The case was rejected.");
        p.setType(URI.create("https://fremdrift.dk/problems/invalid-case"));
        p.setTitle("Invalid case");
        p.setProperty("errors", List.of(new CaseReader.Error(e.field(), "case-format", e.reason())));
        return p;
    }
}
