package dk.fremdrift.deadlines.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A calendar definition as a vendor on the module path reads it: {@code dk.fremdrift.deadlines} and the Jackson jars
 * as named modules in a fresh module layer, with nothing opened by the test runner.
 *
 * <p>Surefire opens the package under test to the class path, where it puts Jackson, so {@link
 * CalendarDefinitionJsonTest} cannot show this. {@link CalendarDefinition} and {@link LocalClosingDay} reject unknown
 * fields through a private {@code @JsonAnySetter}, which Jackson can reach only in an open package: Jackson 2 makes
 * it accessible when it builds the deserializer, so without {@code opens dk.fremdrift.deadlines.calendar} in
 * {@code module-info.java} every read fails.
 */
class CalendarModulePathTest {

    private static final String DEADLINES = "dk.fremdrift.deadlines";
    private static final String PACKAGE = "dk.fremdrift.deadlines.calendar";
    private static final List<String> JACKSON = List.of(
            "com.fasterxml.jackson.databind", "com.fasterxml.jackson.datatype.jsr310", "tools.jackson.databind");

    @Test
    void descriptor_opensTheCalendarPackageToJackson() {
        ModuleDescriptor descriptor = DanishCalendar.class.getModule().getDescriptor();
        assertThat(descriptor.exports())
                .extracting(ModuleDescriptor.Exports::source)
                .contains(PACKAGE);
        assertThat(descriptor.opens())
                .as("module-info.java must say `opens " + PACKAGE + ";` so that Jackson on the module path can call"
                        + " the private @JsonAnySetter of CalendarDefinition and LocalClosingDay")
                .extracting(ModuleDescriptor.Opens::source)
                .contains(PACKAGE);
    }

    @Test
    void namedModules_bothJacksonLines_readTheSampleAndRejectUnknownFields() throws Exception {
        ModuleLayer layer = layer();
        Module deadlines = layer.findModule(DEADLINES).orElseThrow();
        Class<?> definitionType = Class.forName(deadlines, PACKAGE + ".CalendarDefinition");
        String sample = sample();

        assertThat(definitionType.getModule().getLayer()).isSameAs(layer);
        for (Object mapper : List.of(jackson2(layer), jackson3(layer))) {
            String name = mapper.getClass().getName();
            Object definition =
                    invoke(mapper, "readValue", new Class<?>[] {String.class, Class.class}, sample, definitionType);
            String written = (String) invoke(mapper, "writeValueAsString", new Class<?>[] {Object.class}, definition);
            Object again =
                    invoke(mapper, "readValue", new Class<?>[] {String.class, Class.class}, written, definitionType);

            assertThat(definition.getClass()).as(name).isSameAs(definitionType);
            assertThat(again).as(name).isEqualTo(definition);
            assertThat(written).as(name).contains("\"localClosingDays\":[{\"date\":\"2026-12-28\"");
            assertThat(failure(mapper, sample.replaceFirst("\\{", "{\"agreedClosingDay\": [],"), definitionType))
                    .as(name)
                    .contains("\"agreedClosingDay\": expected one of the fields of CalendarDefinition");
        }
    }

    private static String sample() {
        try (InputStream in = Objects.requireNonNull(
                CalendarModulePathTest.class.getResourceAsStream("calendar-dk-101.json"), "calendar-dk-101.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A layer over the boot layer with the modules of Surefire's module path (this module unpatched, the core
     * model, jackson-annotations) and the Jackson jars from the class path as named modules.
     */
    private static ModuleLayer layer() throws URISyntaxException {
        String modulePath = System.getProperty("jdk.module.path", "");
        Path[] paths = Arrays.stream(modulePath.split(java.io.File.pathSeparator))
                .filter(p -> !p.isBlank())
                .map(Path::of)
                .toArray(Path[]::new);
        ModuleFinder jackson = ModuleFinder.of(
                location(JsonCreator.class),
                location(com.fasterxml.jackson.core.JsonFactory.class),
                location(ObjectMapper.class),
                location(JavaTimeModule.class),
                location(tools.jackson.core.TokenStreamFactory.class),
                location(JsonMapper.class));
        ModuleFinder own = paths.length > 0 ? ModuleFinder.of(paths) : ModuleFinder.of(location(DanishCalendar.class));
        List<String> roots = new ArrayList<>(JACKSON);
        roots.add(DEADLINES);
        Configuration cf = Configuration.resolveAndBind(
                ModuleFinder.compose(own, jackson),
                List.of(ModuleLayer.boot().configuration()),
                ModuleFinder.of(),
                roots);
        // The platform loader as parent: the layer sees none of the copies on the test class path.
        return ModuleLayer.defineModulesWithOneLoader(
                        cf, List.of(ModuleLayer.boot()), ClassLoader.getPlatformClassLoader())
                .layer();
    }

    private static Object jackson2(ModuleLayer layer) throws ReflectiveOperationException {
        Module databind = layer.findModule("com.fasterxml.jackson.databind").orElseThrow();
        Object mapper = Class.forName(databind, "com.fasterxml.jackson.databind.ObjectMapper")
                .getConstructor()
                .newInstance();
        // findAndRegisterModules finds the JSR-310 module by ServiceLoader, through the context class loader.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(databind.getClassLoader());
        try {
            invoke(mapper, "findAndRegisterModules", new Class<?>[0]);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return mapper;
    }

    private static Object jackson3(ModuleLayer layer) throws ReflectiveOperationException {
        Module databind = layer.findModule("tools.jackson.databind").orElseThrow();
        Class<?> jsonMapper = Class.forName(databind, "tools.jackson.databind.json.JsonMapper");
        Object builder = jsonMapper.getMethod("builder").invoke(null);
        return invoke(builder, "build", new Class<?>[0]);
    }

    private static Object invoke(Object target, String name, Class<?>[] types, Object... args)
            throws ReflectiveOperationException {
        Class<?> owner = target.getClass();
        while (!Modifier.isPublic(owner.getModifiers())) {
            owner = owner.getSuperclass();
        }
        return owner.getMethod(name, types).invoke(target, args);
    }

    /** Reads a document that must fail, and returns the messages of the exception and its causes. */
    private static String failure(Object mapper, String json, Class<?> type) throws ReflectiveOperationException {
        try {
            invoke(mapper, "readValue", new Class<?>[] {String.class, Class.class}, json, type);
        } catch (InvocationTargetException e) {
            StringBuilder messages = new StringBuilder();
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append('\n');
            }
            return messages.toString();
        }
        throw new AssertionError(mapper.getClass().getName() + " read a document that should fail");
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
