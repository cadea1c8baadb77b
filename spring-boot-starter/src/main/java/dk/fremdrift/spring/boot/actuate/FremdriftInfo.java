package dk.fremdrift.spring.boot.actuate;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.DeadlineRule;
import dk.fremdrift.deadlines.RuleBook;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.deadlines.calendar.LocalClosingDay;
import dk.fremdrift.deadlines.calendar.WorkingDayCalendar;
import dk.fremdrift.spring.boot.FremdriftSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code fremdrift} section of Actuator's {@code info}: which rule book and calendars the application judges
 * by, so that two installations can be compared.
 *
 * <pre>{@code
 * "fremdrift": {
 *   "version": "0.1.0",                       // of fremdrift-deadlines, whose statutory rule book is built in
 *   "zone": "Europe/Copenhagen", "language": "da",
 *   "ruleBook": {"rules": 41, "duties": 23, "municipality": "101", "municipalRules": ["KK-SCREENING-5WD"],
 *                "inForce": "2014-01-01/", "sha256": "3f9a..."},
 *   "calendars": {"DK": {"coverage": "1950-01-01/2199-12-31"},
 *                 "DK-101": {"coverage": "1950-01-01/2199-12-31", "localClosingDaysThrough": "2026-12-28"}}
 * }
 * }</pre>
 *
 * <p>{@code sha256} is the digest of the rule book's catalogue ({@link RuleBook#toMarkdown}, English): the same
 * digest means the same rules, municipal ones included. {@code inForce} is the first day the book judges events
 * from and, after the slash, the first day it no longer does (empty: no end). {@code localClosingDaysThrough} is the last local closing day
 * a municipal calendar declares: days after it are counted as ordinary working days.
 */
public final class FremdriftInfo {

    private FremdriftInfo() {}

    /**
     * Returns the section.
     *
     * @param settings the settings
     * @return the section, as nested maps of texts and numbers
     */
    public static Map<String, Object> of(FremdriftSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Map<String, Object> info = new LinkedHashMap<>();
        String version = DeadlineEngine.class.getPackage().getImplementationVersion();
        info.put("version", version == null ? "unknown" : version);
        info.put("zone", settings.zone().getId());
        info.put("language", settings.locale().getLanguage());
        info.put("ruleBook", ruleBook(settings));
        Map<String, Object> calendars = new LinkedHashMap<>();
        for (WorkingDayCalendar c : settings.calendars()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("coverage", c.coverageStart() + "/" + c.coverageEnd());
            if (c instanceof DanishCalendar d) {
                List<LocalClosingDay> local = d.definition().localClosingDays();
                if (!local.isEmpty()) {
                    one.put(
                            "localClosingDaysThrough",
                            local.get(local.size() - 1).date().toString());
                }
            }
            calendars.put(c.id(), one);
        }
        info.put("calendars", calendars);
        return info;
    }

    private static Map<String, Object> ruleBook(FremdriftSettings settings) {
        RuleBook book = settings.ruleBook();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rules", book.rules().size());
        out.put("duties", book.duties().size());
        settings.municipalRules().ifPresent(m -> {
            out.put("municipality", m.municipality().format());
            out.put("municipalRules", m.rules().stream().map(DeadlineRule::id).toList());
        });
        LocalDate first = null;
        LocalDate last = null;
        boolean open = false;
        for (DeadlineRule r : book.rules()) {
            LocalDate start = r.inForce().startInclusive();
            first = first == null || start.isBefore(first) ? start : first;
            if (r.inForce().endExclusive().isEmpty()) {
                open = true;
            } else {
                LocalDate end = r.inForce().endExclusive().get();
                last = last == null || end.isAfter(last) ? end : last;
            }
        }
        out.put("inForce", first + "/" + (open || last == null ? "" : last));
        out.put("sha256", sha256(book.toMarkdown(Locale.ENGLISH)));
        return out;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
