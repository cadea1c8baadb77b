package dk.fremdrift.validation.review.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            char ch = template.charAt(i);
            int close = ch == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(ch);
                i++;
                continue;
            }
            String key = template.substring(i + 1, close);
            String value = values.get(key);
            if (value == null) {
                throw new IllegalStateException("template placeholder {" + key + "} has no value in " + template);
            }
            out.append(value);
            i = close + 1;
        }
        return out.toString();
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
        return date.toString();
    }

    static String moment(Instant instant, ZoneId zone, boolean da) {
        return instant.atZone(zone).format(da ? DANISH_TIME : ENGLISH_TIME);
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
