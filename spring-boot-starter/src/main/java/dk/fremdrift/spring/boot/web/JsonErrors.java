package dk.fremdrift.spring.boot.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.util.ClassUtils;

/**
 * Turns Jackson's reason for an unreadable request body into a field (the JSON path) and a rule, from the
 * exception's type and path only. Jackson's own message is never used: it quotes the value it could not read.
 * Handles Jackson 3 (Spring Boot 4) and Jackson 2 (Spring Boot 3); each is looked at only when it is on the class
 * path.
 */
final class JsonErrors {

    /** What was wrong: the JSON path (empty for the document as a whole), a rule code and an English text. */
    record JsonError(String field, String rule, String expected) {}

    private static final ClassLoader LOADER = JsonErrors.class.getClassLoader();
    private static final boolean JACKSON3 = ClassUtils.isPresent("tools.jackson.core.JacksonException", LOADER);
    private static final boolean JACKSON2 =
            ClassUtils.isPresent("com.fasterxml.jackson.databind.JsonMappingException", LOADER);

    private JsonErrors() {}

    static JsonError of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (JACKSON3) {
                JsonError e = Jackson3.of(t);
                if (e != null) {
                    return e;
                }
            }
            if (JACKSON2) {
                JsonError e = Jackson2.of(t);
                if (e != null) {
                    return e;
                }
            }
        }
        return new JsonError("", "unreadable", "a JSON document");
    }

    /** The kind of a Java type in words, never a value. */
    static String describe(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a text";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "a moment (ISO-8601, such as 2026-03-27T15:05:00Z)";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            boolean fraction = type == BigDecimal.class
                    || type == double.class
                    || type == float.class
                    || type == Double.class
                    || type == Float.class
                    || type == Number.class;
            return fraction ? "a number" : "a whole number";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            StringBuilder sb = new StringBuilder("one of");
            for (int i = 0; i < constants.length; i++) {
                sb.append(i == 0 ? " " : ", ").append(((Enum<?>) constants[i]).name());
            }
            return sb.toString();
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "an object of the form " + type.getSimpleName();
    }

    /** The kind of a value Jackson read, never the value. */
    static String kind(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence) {
            return "a text";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "true or false";
        }
        return "a value of another kind";
    }

    static String path(List<String> names, List<Integer> indexes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(name);
            } else if (indexes.get(i) >= 0) {
                sb.append('[').append(indexes.get(i)).append(']');
            }
        }
        return sb.toString();
    }

    private static final class Jackson3 {
        static JsonError of(Throwable t) {
            if (!(t instanceof tools.jackson.core.JacksonException je)) {
                return null;
            }
            List<String> names = je.getPath().stream()
                    .map(tools.jackson.core.JacksonException.Reference::getPropertyName)
                    .toList();
            List<Integer> indexes = je.getPath().stream()
                    .map(tools.jackson.core.JacksonException.Reference::getIndex)
                    .toList();
            String path = path(names, indexes);
            if (t instanceof tools.jackson.databind.exc.UnrecognizedPropertyException) {
                return new JsonError(path, "unknown-field", "one of the fields of the format; got an unknown field");
            }
            if (t instanceof tools.jackson.databind.exc.InvalidFormatException f) {
                return new JsonError(
                        path, "invalid-format", describe(f.getTargetType()) + "; got " + kind(f.getValue()));
            }
            if (t instanceof tools.jackson.databind.exc.ValueInstantiationException v) {
                return new JsonError(path, "invalid-value", accepted(v.getType().getRawClass()));
            }
            if (t instanceof tools.jackson.databind.exc.MismatchedInputException m) {
                return new JsonError(path, "wrong-type", describe(m.getTargetType()) + "; got another JSON type");
            }
            if (t instanceof tools.jackson.core.exc.StreamReadException r) {
                return new JsonError("", "malformed-json", "well-formed JSON" + at(r.getLocation()));
            }
            if (t.getCause() != null && t.getCause() != t) {
                return null; // a wrapper: look at its cause, which may say more
            }
            return new JsonError(path, "invalid-value", "a value the format accepts");
        }

        private static String at(tools.jackson.core.TokenStreamLocation l) {
            return l == null || l.getLineNr() < 0
                    ? ""
                    : " (broken at line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
        }
    }

    private static final class Jackson2 {
        static JsonError of(Throwable t) {
            if (t instanceof com.fasterxml.jackson.core.JsonParseException
                    || t instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
                com.fasterxml.jackson.core.JsonLocation l =
                        ((com.fasterxml.jackson.core.JsonProcessingException) t).getLocation();
                String at = l == null || l.getLineNr() < 0
                        ? ""
                        : " (broken at line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
                return new JsonError("", "malformed-json", "well-formed JSON" + at);
            }
            if (!(t instanceof com.fasterxml.jackson.databind.JsonMappingException je)) {
                return null;
            }
            List<String> names = je.getPath().stream()
                    .map(com.fasterxml.jackson.databind.JsonMappingException.Reference::getFieldName)
                    .toList();
            List<Integer> indexes = je.getPath().stream()
                    .map(com.fasterxml.jackson.databind.JsonMappingException.Reference::getIndex)
                    .toList();
            String path = path(names, indexes);
            if (t instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
                return new JsonError(path, "unknown-field", "one of the fields of the format; got an unknown field");
            }
            if (t instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f) {
                return new JsonError(
                        path, "invalid-format", describe(f.getTargetType()) + "; got " + kind(f.getValue()));
            }
            if (t instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException v) {
                return new JsonError(path, "invalid-value", accepted(v.getType().getRawClass()));
            }
            if (t instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m) {
                return new JsonError(path, "wrong-type", describe(m.getTargetType()) + "; got another JSON type");
            }
            return new JsonError(path, "invalid-value", "a value the format accepts");
        }
    }

    private static String accepted(Class<?> type) {
        return "a value " + (type == null ? "the format" : type.getSimpleName()) + " accepts";
    }
}
