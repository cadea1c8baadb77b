package dk.fremdrift.validation.review.rules;

import dk.fremdrift.deadlines.internal.ZoneDates;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Renders message templates and the dates, times and durations in them, in Danish and English. */
final class Messages {

    private static final DateTimeFormatter DANISH_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd 'kl.' HH.mm");
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private Messages() {}

    /**
     * Fills the placeholders of a template, {@code {name}}, with the values.
     *
     * @throws IllegalStateException if a placeholder has no value: a rule's programming error, never the case's
     */
    static String render(String template, Map<String, String> values) {
        return Template.parse(template).render(values);
    }

    /**
     * A message template split once into its text and its placeholders, so that a finding's message is put
     * together without reading the template again. A {@code {} with no {@code }} after it is text.
     */
    static final class Template {
        private final String template;
        /** The text before each placeholder, and after the last: one more than the keys. */
        private final String[] texts;

        private final String[] keys;
        /** The length of the texts together. */
        private final int textLength;

        private Template(String template, String[] texts, String[] keys) {
            this.template = template;
            this.texts = texts;
            this.keys = keys;
            int length = 0;
            for (String t : texts) {
                length += t.length();
            }
            this.textLength = length;
        }

        static Template parse(String template) {
            List<String> texts = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            int textStart = 0;
            while (true) {
                int open = template.indexOf('{', textStart);
                int close = open < 0 ? -1 : template.indexOf('}', open);
                if (close < 0) {
                    break;
                }
                texts.add(template.substring(textStart, open));
                keys.add(template.substring(open + 1, close).intern());
                textStart = close + 1;
            }
            texts.add(template.substring(textStart));
            return new Template(template, texts.toArray(String[]::new), keys.toArray(String[]::new));
        }

        /**
         * Fills the placeholders with the values.
         *
         * @throws IllegalStateException if a placeholder has no value
         */
        String render(Map<String, String> values) {
            return render(values::get);
        }

        /**
         * Fills the placeholders with the values in one language.
         *
         * @throws IllegalStateException if a placeholder has no value
         */
        String render(Values values, boolean danish) {
            // The values first, so that the text is made in a builder of its final length.
            String[] parts = new String[keys.length];
            int length = textLength;
            for (int k = 0; k < keys.length; k++) {
                String value = danish ? values.danish(keys[k]) : values.english(keys[k]);
                if (value == null) {
                    throw new IllegalStateException(
                            "template placeholder {" + keys[k] + "} has no value in " + template);
                }
                parts[k] = value;
                length += value.length();
            }
            StringBuilder out = new StringBuilder(length);
            out.append(texts[0]);
            for (int k = 0; k < keys.length; k++) {
                out.append(parts[k]).append(texts[k + 1]);
            }
            return out.toString();
        }

        private String render(Function<String, String> values) {
            StringBuilder out = new StringBuilder(template.length() + 64);
            out.append(texts[0]);
            for (int k = 0; k < keys.length; k++) {
                String value = values.apply(keys[k]);
                if (value == null) {
                    throw new IllegalStateException(
                            "template placeholder {" + keys[k] + "} has no value in " + template);
                }
                out.append(value).append(texts[k + 1]);
            }
            return out.toString();
        }
    }

    /** Returns the placeholders of a template, in order. */
    static List<String> placeholders(String template) {
        List<String> keys = new ArrayList<>();
        int open = template.indexOf('{');
        while (open >= 0) {
            int close = template.indexOf('}', open);
            if (close < 0) {
                break;
            }
            keys.add(template.substring(open + 1, close));
            open = template.indexOf('{', close);
        }
        return keys;
    }

    static String date(LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return date.toString();
        }
        // LocalDate.toString for a four-digit year, without a StringBuilder: findings print many dates.
        char[] out = new char[10];
        digits(out, 0, year, 4);
        out[4] = '-';
        digits(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, date.getDayOfMonth(), 2);
        return new String(out);
    }

    static String moment(Instant instant, ZoneId zone, boolean da) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, zone);
        if (t.getYear() < 1000 || t.getYear() > 9999) {
            return instant.atZone(zone).format(da ? DANISH_TIME : ENGLISH_TIME);
        }
        // What the two patterns print for a four-digit year, without a formatter: every finding of an hours
        // deadline prints three moments in two languages.
        char[] out = new char[da ? 20 : 16];
        int i = digits(out, 0, t.getYear(), 4);
        out[i++] = '-';
        i = digits(out, i, t.getMonthValue(), 2);
        out[i++] = '-';
        i = digits(out, i, t.getDayOfMonth(), 2);
        if (da) {
            out[i++] = ' ';
            out[i++] = 'k';
            out[i++] = 'l';
            out[i++] = '.';
        }
        out[i++] = ' ';
        i = digits(out, i, t.getHour(), 2);
        out[i++] = da ? '.' : ':';
        digits(out, i, t.getMinute(), 2);
        return new String(out);
    }

    /**
     * Sets a key to a moment as {@link #moment(Instant, ZoneId, boolean)} prints it in Danish and in English, with the
     * zone's offset from its table and the local date and time worked out once for both.
     */
    static void moment(Values values, String key, Instant instant, ZoneDates zone) {
        long second = instant.getEpochSecond();
        if (!ZoneDates.isKept(second)) {
            values.put(key, moment(instant, zone.zone(), true), moment(instant, zone.zone(), false));
            return;
        }
        long local = second + zone.offsetSeconds(instant);
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(local, 86_400));
        int secondOfDay = Math.floorMod(local, 86_400);
        int hour = secondOfDay / 3600;
        int minute = secondOfDay / 60 % 60;
        // Moments of 1800 to 2500 have four-digit years: what the two patterns print, without a formatter.
        char[] da = new char[20];
        char[] en = new char[16];
        int i = digits(da, 0, date.getYear(), 4);
        da[i++] = '-';
        i = digits(da, i, date.getMonthValue(), 2);
        da[i++] = '-';
        i = digits(da, i, date.getDayOfMonth(), 2);
        System.arraycopy(da, 0, en, 0, i);
        en[i] = ' ';
        da[i++] = ' ';
        da[i++] = 'k';
        da[i++] = 'l';
        da[i++] = '.';
        da[i++] = ' ';
        i = digits(da, i, hour, 2);
        da[i++] = '.';
        digits(da, i, minute, 2);
        int j = digits(en, 11, hour, 2);
        en[j++] = ':';
        digits(en, j, minute, 2);
        values.put(key, new String(da), new String(en));
    }

    /** Writes a number of 0 or more with exactly {@code width} digits, zero-padded; returns the next index. */
    private static int digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }

    static String days(long days, boolean da) {
        if (da) {
            return days + (days == 1 ? " dag" : " dage");
        }
        return days + (days == 1 ? " day" : " days");
    }

    /** Days, hours and minutes, leaving out parts that are zero; seconds count as a started minute. */
    static String duration(Duration duration, boolean da) {
        long seconds = Math.max(0, duration.getSeconds());
        long minutes = (seconds + 59) / 60;
        long d = minutes / (24 * 60);
        long h = (minutes / 60) % 24;
        long m = minutes % 60;
        List<String> parts = new ArrayList<>();
        if (d > 0) {
            parts.add(days(d, da));
        }
        if (h > 0) {
            parts.add(h + (da ? (h == 1 ? " time" : " timer") : (h == 1 ? " hour" : " hours")));
        }
        if (m > 0 || parts.isEmpty()) {
            parts.add(m + (da ? (m == 1 ? " minut" : " minutter") : (m == 1 ? " minute" : " minutes")));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        String last = parts.remove(parts.size() - 1);
        return String.join(", ", parts) + (da ? " og " : " and ") + last;
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
