package dk.fremdrift.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks that a written JSON document has the shape of the value it was written from: each record an object with
 * exactly the components that are present (no derived values, nothing empty), in the order of the record
 * components; identifiers, dates and moments plain strings (moments ISO-8601 in UTC); enums their names.
 */
final class JsonShape {

    private static final ObjectMapper TREES = new ObjectMapper();

    private JsonShape() {}

    static JsonNode tree(String json) {
        try {
            return TREES.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a resource of the model's package as text. */
    static String resource(String absoluteName) {
        try (InputStream in = ChildCase.class.getResourceAsStream(absoluteName)) {
            Objects.requireNonNull(in, absoluteName);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the white space between tokens, keeping strings as they are. */
    static String compact(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static void check(Object value, JsonNode node) {
        check(value, node, "$");
    }

    private static void check(Object value, JsonNode node, String path) {
        if (value instanceof CaseId
                || value instanceof PartId
                || value instanceof TeamId
                || value instanceof CaseworkerId) {
            assertThat(node.isTextual()).as("%s is a string", path).isTrue();
            assertThat(node.textValue()).as(path).isEqualTo(value.toString());
        } else if (value instanceof Record record) {
            assertThat(node.isObject()).as("%s is an object", path).isTrue();
            List<String> expected = new ArrayList<>();
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                Object v = get(c, record);
                if (isPresent(v)) {
                    expected.add(c.getName());
                    check(
                            v instanceof Optional<?> o ? o.orElseThrow() : v,
                            node.get(c.getName()),
                            path + "." + c.getName());
                }
            }
            List<String> actual = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                actual.add(field.getKey());
            }
            assertThat(actual)
                    .as("fields of %s (%s)", path, record.getClass().getSimpleName())
                    .isEqualTo(expected);
        } else if (value instanceof List<?> list) {
            assertThat(node.isArray()).as("%s is an array", path).isTrue();
            assertThat(node.size()).as("%s size", path).isEqualTo(list.size());
            for (int i = 0; i < list.size(); i++) {
                check(list.get(i), node.get(i), path + "[" + i + "]");
            }
        } else if (value instanceof java.util.Set<?> set) {
            // A set of enum constants (the areas of concern) is written as an array in the constants' order.
            assertThat(node.isArray()).as("%s is an array", path).isTrue();
            List<Object> ordered = new ArrayList<>(set);
            ordered.sort(java.util.Comparator.comparingInt(e -> ((Enum<?>) e).ordinal()));
            assertThat(node.size()).as("%s size", path).isEqualTo(ordered.size());
            for (int i = 0; i < ordered.size(); i++) {
                check(ordered.get(i), node.get(i), path + "[" + i + "]");
            }
        } else if (value instanceof Instant instant) {
            assertThat(node.isTextual()).as("%s is a string", path).isTrue();
            assertThat(node.textValue()).as(path).isEqualTo(instant.toString()).endsWith("Z");
        } else if (value instanceof LocalDate
                || value instanceof Enum<?>
                || value instanceof String
                || value instanceof Cvr
                || value instanceof KleNumber) {
            assertThat(node.isTextual()).as("%s is a string", path).isTrue();
            String text =
                    value instanceof KleNumber k ? k.format() : value instanceof Cvr c ? c.format() : value.toString();
            assertThat(node.textValue()).as(path).isEqualTo(text);
        } else if (value instanceof Cpr cpr) {
            assertThat(node.isTextual()).as("%s is a string", path).isTrue();
            assertThat(node.textValue()).as(path).isEqualTo(cpr.format());
        } else if (value instanceof MunicipalityCode m) {
            assertThat(node.isTextual()).as("%s is a string", path).isTrue();
            assertThat(node.textValue()).as(path).isEqualTo(m.format());
        } else if (value instanceof BigDecimal d) {
            assertThat(node.isNumber()).as("%s is a number", path).isTrue();
            assertThat(node.decimalValue()).as(path).isEqualByComparingTo(d);
        } else if (value instanceof Double d) {
            assertThat(node.isNumber()).as("%s is a number", path).isTrue();
            assertThat(node.doubleValue()).as(path).isEqualTo(d);
        } else if (value instanceof Integer n) {
            assertThat(node.isInt()).as("%s is an integer", path).isTrue();
            assertThat(node.intValue()).as(path).isEqualTo(n);
        } else if (value instanceof Boolean b) {
            assertThat(node.isBoolean()).as("%s is a boolean", path).isTrue();
            assertThat(node.booleanValue()).as(path).isEqualTo(b);
        } else {
            throw new AssertionError(path + ": no shape rule for " + value.getClass());
        }
    }

    /** Calls {@code each} for every record in a value, depth first, keys and identifiers excluded. */
    static void records(Object value, java.util.function.Consumer<Record> each) {
        if (value instanceof CaseId
                || value instanceof PartId
                || value instanceof TeamId
                || value instanceof CaseworkerId) {
            return;
        }
        if (value instanceof Record r) {
            each.accept(r);
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                records(get(c, r), each);
            }
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> records(v, each));
        } else if (value instanceof List<?> l) {
            l.forEach(v -> records(v, each));
        }
    }

    private static boolean isPresent(Object v) {
        if (v instanceof Optional<?> o) {
            return o.isPresent();
        }
        if (v instanceof List<?> l) {
            return !l.isEmpty();
        }
        if (v instanceof java.util.Set<?> set) {
            return !set.isEmpty();
        }
        return v != null;
    }

    private static Object get(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
