package dk.fremdrift.examples.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One rejected input line: its number and why. The line's text is not repeated, since it may hold personal data.
 *
 * @param line the line number, from 1
 * @param reason the JSON path and the reason
 */
@JsonPropertyOrder({"line", "reason"})
public record RejectedLine(long line, String reason) {}
