package dk.fremdrift.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/** The two Jackson lines a vendor may bring, set up as a vendor would, for tests that write and read back. */
final class Jacksons {

    private Jacksons() {}

    /** One Jackson line. */
    interface Json {
        String write(Object value) throws Exception;

        <T> T read(String json, Class<T> type) throws Exception;
    }

    /** Jackson 2 with the JDK 8 and Java time modules, found on the class path. */
    static final class Jackson2 implements Json {
        private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

        @Override
        public String write(Object value) throws Exception {
            return mapper.writeValueAsString(value);
        }

        @Override
        public <T> T read(String json, Class<T> type) throws Exception {
            return mapper.readValue(json, type);
        }

        @Override
        public String toString() {
            return "Jackson 2";
        }
    }

    /** Jackson 3, as it comes. */
    static final class Jackson3 implements Json {
        private final JsonMapper mapper = JsonMapper.builder().build();

        @Override
        public String write(Object value) {
            return mapper.writeValueAsString(value);
        }

        @Override
        public <T> T read(String json, Class<T> type) {
            return mapper.readValue(json, type);
        }

        @Override
        public String toString() {
            return "Jackson 3";
        }
    }

    static Stream<Json> both() {
        return Stream.of(new Jackson2(), new Jackson3());
    }
}
