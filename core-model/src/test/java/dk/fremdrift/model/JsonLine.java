package dk.fremdrift.model;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two Jackson lines a vendor may bring, each with the mapper the README tells them to make and nothing more:
 * Jackson 2 with {@code new ObjectMapper().findAndRegisterModules()}, Jackson 3 with {@code
 * JsonMapper.builder().build()}. Tests that take a {@code JsonLine} run the same assertions on both.
 */
enum JsonLine {
    JACKSON_2 {
        private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

        @Override
        String write(Object value) {
            try {
                return mapper.writeValueAsString(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        <T> T read(String json, Class<T> type) {
            try {
                return mapper.readValue(json, type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        Failure failure(Throwable thrown) {
            if (thrown instanceof UncheckedIOException u && u.getCause() instanceof JsonMappingException e) {
                return new Failure(
                        e.getOriginalMessage(),
                        path(e.getPath(), r -> r.getFieldName(), r -> r.getIndex()),
                        e.getMessage());
            }
            throw new AssertionError("expected a JsonMappingException, got " + thrown, thrown);
        }
    },

    JACKSON_3 {
        private final JsonMapper mapper = JsonMapper.builder().build();

        @Override
        String write(Object value) {
            return mapper.writeValueAsString(value);
        }

        @Override
        <T> T read(String json, Class<T> type) {
            return mapper.readValue(json, type);
        }

        @Override
        Failure failure(Throwable thrown) {
            if (thrown instanceof JacksonException e) {
                return new Failure(
                        e.getOriginalMessage(),
                        path(e.getPath(), r -> r.getPropertyName(), r -> r.getIndex()),
                        e.getMessage());
            }
            throw new AssertionError("expected a JacksonException, got " + thrown, thrown);
        }
    };

    /** Writes a value as compact JSON. */
    abstract String write(Object value);

    /** Reads a value; a Jackson 2 {@link IOException} comes wrapped in an {@link UncheckedIOException}. */
    abstract <T> T read(String json, Class<T> type);

    /** Reads a document that must fail and returns the failure; fails the test if it is read. */
    Failure readFailure(String json, Class<?> type) {
        Object value;
        try {
            value = read(json, type);
        } catch (RuntimeException e) {
            return failure(e);
        }
        throw new AssertionError(this + " read a document that should fail: " + value + "\n" + json);
    }

    abstract Failure failure(Throwable thrown);

    /**
     * A failed read.
     *
     * @param reason Jackson's message without the location, which carries the constructor's reason
     * @param path the JSON path, such as {@code notifications[0].assessment}
     * @param message the whole message
     */
    record Failure(String reason, String path, String message) {}

    private static <R> String path(List<R> refs, Function<R, String> name, Function<R, Integer> index) {
        StringJoiner out = new StringJoiner("");
        for (R r : refs) {
            String n = name.apply(r);
            if (n != null) {
                out.add(out.length() == 0 ? n : "." + n);
            } else {
                out.add("[" + index.apply(r) + "]");
            }
        }
        return out.toString();
    }
}
