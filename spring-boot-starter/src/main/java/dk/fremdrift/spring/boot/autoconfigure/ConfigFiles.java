package dk.fremdrift.spring.boot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.Resource;
import org.springframework.util.ClassUtils;

/**
 * Reads the rule and calendar files with the Jackson the application has: Jackson 3 (Spring Boot 4) if it is on the
 * class path, else Jackson 2 with its java.time and Optional modules (Spring Boot 3). The model's types describe
 * their JSON with annotations both lines read, and refuse unknown fields themselves.
 */
final class ConfigFiles {

    private static final boolean JACKSON3 =
            ClassUtils.isPresent("tools.jackson.databind.json.JsonMapper", ConfigFiles.class.getClassLoader());

    private ConfigFiles() {}

    static <T> T read(Resource file, Class<T> type, String setting) {
        try (InputStream in = file.getInputStream()) {
            return JACKSON3 ? Jackson3.read(in, type) : Jackson2.read(in, type);
        } catch (IOException e) {
            throw new IllegalStateException(setting + ": cannot read " + file.getDescription(), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    setting + ": " + file.getDescription() + " is not valid: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static final class Jackson3 {
        private static final tools.jackson.databind.json.JsonMapper MAPPER =
                tools.jackson.databind.json.JsonMapper.builder().build();

        static <T> T read(InputStream in, Class<T> type) {
            return MAPPER.readValue(in, type);
        }
    }

    private static final class Jackson2 {
        private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
                new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();

        static <T> T read(InputStream in, Class<T> type) throws IOException {
            return MAPPER.readValue(in, type);
        }
    }
}
