package dk.fremdrift.examples.cli;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.examples.report.ReportDocument;
import dk.fremdrift.metrics.Budget;
import dk.fremdrift.metrics.MetricsConfig;
import dk.fremdrift.metrics.ReportProfile;
import dk.fremdrift.validation.review.CaseReview;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The report of a stream of JSON Lines, made exactly as {@code fremdrift report} makes report.json and
 * rejects.jsonl, for callers that are not the command line (the HTTP service).
 *
 * <p>Every line goes through the command line's reader and pipeline, so the same lines are accepted and the same
 * reasons given: a UTF-8 byte order mark at the start is skipped, a line that is not valid UTF-8 is rejected with
 * the byte offset, a line longer than the limit is rejected without being held in memory, a child born after the
 * date of evaluation is rejected, and an unexpected failure while evaluating, reviewing or measuring one case
 * rejects that line only ("please report"). No reason contains a value of the input. Counts reconcile: read =
 * accepted + rejected.
 *
 * <p>Memory: the cases are read one at a time and the aggregates hold counters, but the rejected lines are kept
 * to be returned, so a caller that takes untrusted input should bound its size.
 */
public final class JsonLinesReport {

    /** The default limit of one line: 4 MiB, as {@code --max-line-bytes}. */
    public static final int DEFAULT_MAX_LINE_BYTES = CaseInput.DEFAULT_MAX_LINE_BYTES;

    private JsonLinesReport() {}

    /**
     * What the report is made with.
     *
     * @param asOfDate the date of evaluation, Danish time; a child born after it is rejected
     * @param asOf the moment of evaluation (the end of {@code asOfDate} in Danish time, as the command line)
     * @param engine the deadline engine
     * @param review the case review; its engine should be {@code engine}
     * @param config the metrics configuration: moment and reporting period
     * @param profile administrative or political
     * @param danish reasons in Danish ({@code true}) or English
     * @param maxLineBytes the longest line read, at least 1; longer lines are rejected
     */
    public record Settings(
            LocalDate asOfDate,
            Instant asOf,
            DeadlineEngine engine,
            CaseReview review,
            MetricsConfig config,
            ReportProfile profile,
            boolean danish,
            int maxLineBytes) {

        /**
         * Checks the settings.
         *
         * @param asOfDate the date of evaluation, Danish time; a child born after it is rejected
         * @param asOf the moment of evaluation (the end of {@code asOfDate} in Danish time, as the command line)
         * @param engine the deadline engine
         * @param review the case review; its engine should be {@code engine}
         * @param config the metrics configuration: moment and reporting period
         * @param profile administrative or political
         * @param danish reasons in Danish ({@code true}) or English
         * @param maxLineBytes the longest line read, at least 1; longer lines are rejected
         * @throws IllegalArgumentException if {@code maxLineBytes} is below 1
         */
        public Settings {
            Objects.requireNonNull(asOfDate, "asOfDate");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(engine, "engine");
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(config, "config");
            Objects.requireNonNull(profile, "profile");
            if (maxLineBytes < 1) {
                throw new IllegalArgumentException("maxLineBytes: expected 1 or more, found a smaller number");
            }
        }
    }

    /**
     * The report and the rejected lines.
     *
     * @param document what report.json holds
     * @param rejects what rejects.jsonl holds, in input order
     */
    public record Result(ReportDocument document, List<RejectedLine> rejects) {

        /**
         * Copies the list.
         *
         * @param document what report.json holds
         * @param rejects what rejects.jsonl holds, in input order
         */
        public Result {
            Objects.requireNonNull(document, "document");
            rejects = List.copyOf(rejects);
        }
    }

    /**
     * Reads every line of the input and makes the report, on one worker thread.
     *
     * @param in JSON Lines, one case per line, UTF-8; not closed
     * @param settings what the report is made with
     * @return the report and every rejected line with its number and reason
     * @throws IOException if the input cannot be read
     */
    public static Result of(InputStream in, Settings settings) throws IOException {
        ReportRun.Setup setup = new ReportRun.Setup(
                settings.asOfDate(),
                settings.asOf(),
                settings.engine(),
                settings.review(),
                settings.config(),
                settings.profile(),
                Budget.none(),
                settings.danish() ? Languages.DANISH : java.util.Locale.ENGLISH,
                1);
        ByteArrayOutputStream rejects = new ByteArrayOutputStream();
        OutputStream discard = OutputStream.nullOutputStream();
        CaseInput input = new CaseInput(in, -1, settings.maxLineBytes()); // not closed: the caller's stream
        ReportRun.Made made = ReportRun.make(
                setup,
                input,
                List.of(discard, discard, discard),
                rejects,
                new Progress(new PrintWriter(OutputStream.nullOutputStream()), -1, false));
        List<RejectedLine> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new ByteArrayInputStream(rejects.toByteArray()), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(CaseJsonLines.mapper().readValue(line, RejectedLine.class));
            }
        }
        return new Result(made.document(), lines);
    }
}
