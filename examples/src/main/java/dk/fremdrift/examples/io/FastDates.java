package dk.fremdrift.examples.io;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that reads the case format's dates and moments strictly and fast: a date only as the text
 * {@code 2026-03-27}, a moment only as an ISO-8601 text with an offset ({@code 2026-03-27T15:05:00Z}, also with a
 * fraction or another offset). A number, a text of digits, an empty text, a date with a time, or any other JSON
 * value is refused with a {@link MismatchedInputException} whose target type says which of the two was expected;
 * Jackson's own readers would take a number as days or seconds since 1970.
 *
 * <p>The common shapes are read without {@code DateTimeFormatter}: profiling showed a third of the binding of a case
 * in {@code java.time}'s parsing of its 20-odd dates and moments (benchmarks module, {@code JsonLinesBenchmark}).
 *
 * <p>With coverage on (the cases), a date or moment outside the Danish calendar's coverage ({@value
 * #COVERAGE_TEXT}, Danish time) is refused with an {@link OutsideCoverageException}: the deadline engine cannot
 * count there, and a case with such a date would otherwise be evaluated to no deadlines at all.
 */
final class FastDates {

    static final String COVERAGE_TEXT = "1950-01-01 to 2199-12-31";
    static final LocalDate FIRST = DanishCalendar.statutory().coverageStart();
    static final LocalDate LAST = DanishCalendar.statutory().coverageEnd();
    private static final Instant FIRST_MOMENT =
            FIRST.atStartOfDay(DeadlineEngine.DANISH_TIME).toInstant();
    private static final Instant END_MOMENT =
            LAST.plusDays(1).atStartOfDay(DeadlineEngine.DANISH_TIME).toInstant();
    private static final DateTimeFormatter ISO_MOMENT =
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);

    private FastDates() {}

    /**
     * Returns the module.
     *
     * @param coverage whether to refuse dates and moments outside the calendar's coverage
     * @return a module with the two deserializers
     */
    static SimpleModule module(boolean coverage) {
        SimpleModule m = new SimpleModule("fremdrift-strict-dates");
        m.addDeserializer(LocalDate.class, new StrictLocalDate(coverage));
        m.addDeserializer(Instant.class, new StrictInstant(coverage));
        return m;
    }

    /** A date or moment in the documented form, outside the calendar's coverage. */
    static final class OutsideCoverageException extends MismatchedInputException {
        private static final long serialVersionUID = 1L;

        OutsideCoverageException(JsonParser p, Class<?> type) {
            super(p, "outside the calendar's coverage", type);
        }
    }

    /** The moment of an ISO-8601 text with an offset, or null for any other text. */
    static Instant isoInstant(String s) {
        Instant fast = instant(s);
        if (fast != null) {
            return fast;
        }
        if (s.length() < 20 || s.charAt(4) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != 't')) {
            return null;
        }
        try {
            return Instant.from(ISO_MOMENT.parse(s));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date of {@code yyyy-MM-dd}, or null for any other text or a day that does not exist. */
    static LocalDate date(String s, int at) {
        if (s.charAt(at + 4) != '-' || s.charAt(at + 7) != '-') {
            return null;
        }
        int y = digits(s, at, 4);
        int m = digits(s, at + 5, 2);
        int d = digits(s, at + 8, 2);
        if (y < 0 || m < 0 || d < 0) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The moment of {@code yyyy-MM-ddTHH:mm:ssZ}, or null for any other text. */
    static Instant instant(String s) {
        if (s.length() != 20
                || s.charAt(10) != 'T'
                || s.charAt(13) != ':'
                || s.charAt(16) != ':'
                || s.charAt(19) != 'Z') {
            return null;
        }
        LocalDate date = date(s, 0);
        int h = digits(s, 11, 2);
        int m = digits(s, 14, 2);
        int sec = digits(s, 17, 2);
        if (date == null || h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59) {
            return null;
        }
        return Instant.ofEpochSecond(date.toEpochDay() * 86_400 + h * 3_600L + m * 60L + sec);
    }

    private static int digits(String s, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static final class StrictLocalDate extends ValueDeserializer<LocalDate> {
        private final boolean coverage;

        StrictLocalDate(boolean coverage) {
            this.coverage = coverage;
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String s = p.getString();
                LocalDate d = s.length() == 10 ? date(s, 0) : null;
                if (d != null) {
                    if (coverage && (d.isBefore(FIRST) || d.isAfter(LAST))) {
                        throw new OutsideCoverageException(p, LocalDate.class);
                    }
                    return d;
                }
            }
            throw MismatchedInputException.from(p, LocalDate.class, "expected an ISO date");
        }

        @Override
        public Class<?> handledType() {
            return LocalDate.class;
        }
    }

    private static final class StrictInstant extends ValueDeserializer<Instant> {
        private final boolean coverage;

        StrictInstant(boolean coverage) {
            this.coverage = coverage;
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                Instant i = isoInstant(p.getString());
                if (i != null) {
                    if (coverage && (i.isBefore(FIRST_MOMENT) || !i.isBefore(END_MOMENT))) {
                        throw new OutsideCoverageException(p, Instant.class);
                    }
                    return i;
                }
            }
            throw MismatchedInputException.from(p, Instant.class, "expected an ISO-8601 moment");
        }

        @Override
        public Class<?> handledType() {
            return Instant.class;
        }
    }
}
