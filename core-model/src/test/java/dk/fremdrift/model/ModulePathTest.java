package dk.fremdrift.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The model as a vendor on the module path sees it: {@code dk.fremdrift.model} and the Jackson jars as named
 * modules in a fresh module layer, with nothing opened by the test runner.
 *
 * <p>Surefire runs this module's tests on the module path, but opens the model's package to the class path, where
 * it puts Jackson, so the other tests cannot show what a module-path application meets. Here the model is read
 * and written by Jackson 2 and 3 as named modules, and the same is tried with a copy of the model's module
 * descriptor that exports the package without opening it: then the private {@code @JsonAnySetter} that rejects
 * unknown fields is out of Jackson's reach, and the shipped schema and example are out of other modules' reach.
 */
class ModulePathTest {

    static final String EXAMPLE = JsonShape.resource(ChildCase.JSON_EXAMPLE_RESOURCE);
    static final String MODEL = "dk.fremdrift.model";
    static final List<String> JACKSON = List.of(
            "com.fasterxml.jackson.databind",
            "com.fasterxml.jackson.datatype.jsr310",
            "com.fasterxml.jackson.datatype.jdk8",
            "tools.jackson.databind");

    @Test
    void tests_runInTheNamedModule() {
        assertThat(ChildCase.class.getModule().getName()).isEqualTo(MODEL);
        assertThat(ModulePathTest.class.getModule()).isSameAs(ChildCase.class.getModule());
        assertThat(ChildCase.class.getModule().getDescriptor().exports())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactly(MODEL);
        assertThat(ChildCase.class.getModule().getDescriptor().requires())
                .extracting(ModuleDescriptor.Requires::name)
                .containsExactlyInAnyOrder("java.base", "com.fasterxml.jackson.annotation");
    }

    @Test
    void namedModules_bothJacksonLines_readAndWriteTheExample() throws Exception {
        ModuleLayer layer = layer(ModuleFinder.of(location(ChildCase.class)));
        Class<?> caseType = Class.forName(layer.findModule(MODEL).orElseThrow(), MODEL + ".ChildCase");

        assertThat(caseType.getModule().getLayer()).isSameAs(layer);
        assertThat(layer.findModule("com.fasterxml.jackson.databind")).isPresent();
        for (Object mapper : List.of(jackson2(layer), jackson3(layer))) {
            Object c = invoke(mapper, "readValue", new Class<?>[] {String.class, Class.class}, EXAMPLE, caseType);
            String written = (String) invoke(mapper, "writeValueAsString", new Class<?>[] {Object.class}, c);

            assertThat(c.getClass()).isSameAs(caseType);
            assertThat(written).as(mapper.getClass().getName()).isEqualTo(JsonShape.compact(EXAMPLE));
            String unknown = EXAMPLE.replaceFirst("\\{", "{\"foo\": 1,");
            assertThat(failure(mapper, unknown, caseType))
                    .as(mapper.getClass().getName())
                    .contains("ChildCase: expected only the fields id, child,")
                    .contains("got an unknown field whose name is a text of 3 characters");
        }
        Module model = layer.findModule(MODEL).orElseThrow();
        try (InputStream schema = model.getResourceAsStream(ChildCase.JSON_SCHEMA_RESOURCE.substring(1));
                InputStream example = model.getResourceAsStream(ChildCase.JSON_EXAMPLE_RESOURCE.substring(1))) {
            assertThat(schema).as("schema readable from another module").isNotNull();
            assertThat(example).as("example readable from another module").isNotNull();
        }
    }

    @Test
    void namedModules_packageExportedButNotOpened_jacksonCannotReachTheModel() throws Exception {
        ModuleFinder exportsOnly = withoutOpens(ModuleFinder.of(location(ChildCase.class)));
        ModuleLayer layer = layer(exportsOnly);
        Module model = layer.findModule(MODEL).orElseThrow();
        Class<?> caseType = Class.forName(model, MODEL + ".ChildCase");

        assertThat(model.getDescriptor().opens()).isEmpty();
        assertThat(model.isOpen(MODEL)).isFalse();
        // Jackson 2 makes the private any-setter accessible when it builds the deserializer, so every read fails;
        // Jackson 3 only when it calls it, so a document with an unknown field fails with an obscure error.
        assertThat(failure(jackson2(layer), EXAMPLE, caseType)).contains("does not \"opens " + MODEL + "\"");
        assertThat(failure(jackson3(layer), EXAMPLE.replaceFirst("\\{", "{\"foo\": 1,"), caseType))
                .contains("rejectUnknownField")
                .doesNotContain("expected only the fields");
        assertThat(model.getResourceAsStream(ChildCase.JSON_SCHEMA_RESOURCE.substring(1)))
                .isNull();
    }

    /** A layer over the boot layer with the model from {@code modelFinder} and the Jackson jars as modules. */
    private static ModuleLayer layer(ModuleFinder modelFinder) throws URISyntaxException {
        ModuleFinder jackson = ModuleFinder.of(
                location(JsonCreator.class),
                location(com.fasterxml.jackson.core.JsonFactory.class),
                location(ObjectMapper.class),
                location(JavaTimeModule.class),
                location(Jdk8Module.class),
                location(tools.jackson.core.TokenStreamFactory.class),
                location(JsonMapper.class));
        List<String> roots = new java.util.ArrayList<>(JACKSON);
        roots.add(MODEL);
        Configuration cf = Configuration.resolveAndBind(
                ModuleFinder.compose(modelFinder, jackson),
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
        // findAndRegisterModules finds the Java 8 modules by ServiceLoader, through the context class loader.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(databind.getClassLoader());
        try {
            invoke(mapper, "findAndRegisterModules", new Class<?>[0]);
        } finally {
            thread.setContextClassLoader(previous);
        }
        assertThat((Set<?>) invoke(mapper, "getRegisteredModuleIds", new Class<?>[0]))
                .hasSize(2);
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
        while (!java.lang.reflect.Modifier.isPublic(owner.getModifiers())) {
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

    /** The model's module as it is, but with a descriptor that exports its package without opening it. */
    private static ModuleFinder withoutOpens(ModuleFinder finder) {
        ModuleReference original = finder.find(MODEL).orElseThrow();
        ModuleDescriptor d = original.descriptor();
        ModuleDescriptor.Builder b = ModuleDescriptor.newModule(d.name()).packages(d.packages());
        d.requires().stream().filter(r -> !r.name().equals("java.base")).forEach(b::requires);
        d.exports().forEach(b::exports);
        ModuleReference exportsOnly =
                new ModuleReference(b.build(), original.location().orElseThrow()) {
                    @Override
                    public ModuleReader open() throws IOException {
                        return original.open();
                    }
                };
        return new ModuleFinder() {
            @Override
            public Optional<ModuleReference> find(String name) {
                return name.equals(MODEL) ? Optional.of(exportsOnly) : Optional.empty();
            }

            @Override
            public Set<ModuleReference> findAll() {
                return Set.of(exportsOnly);
            }
        };
    }
}
