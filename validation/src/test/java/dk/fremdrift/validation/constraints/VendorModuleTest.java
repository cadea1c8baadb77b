package dk.fremdrift.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.apache.bval.jsr.ApacheValidationProvider;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The module-path promises of the class-level constraints, checked on a real vendor module: compiled here, loaded
 * in its own module layer, and validated under both providers. A DTO implementing {@link Span} needs nothing
 * opened; named properties need the package exported or opened to {@code dk.fremdrift.validation}, and say so
 * when it is not. Runs in the module-path test run only (the class path has no modules to keep apart).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VendorModuleTest {

    private static final String MODULE_INFO = """
            module com.vendor.forms {
                requires dk.fremdrift.validation;
                exports com.vendor.forms.api;
                opens com.vendor.forms.opened to dk.fremdrift.validation;
            }
            """;

    private static final String FACTORY = """
            package com.vendor.forms.api;

            import java.time.LocalDate;

            public final class Factory {
                private Factory() {}

                public static Object hiddenPeriod(LocalDate start, LocalDate end) {
                    return new com.vendor.forms.hidden.HiddenPeriod(start, end);
                }

                public static Object hiddenNamed(LocalDate from, LocalDate to) {
                    return new com.vendor.forms.hidden.HiddenNamed(from, to);
                }

                public static Object openedNamed(LocalDate from, LocalDate to) {
                    return com.vendor.forms.opened.Opened.named(from, to);
                }

                public static Object exportedNamed(LocalDate from, LocalDate to) {
                    return new ExportedNamed(from, to);
                }
            }
            """;

    private static final String EXPORTED_NAMED = """
            package com.vendor.forms.api;

            import dk.fremdrift.validation.constraints.ValidPeriod;
            import java.time.LocalDate;

            @ValidPeriod(start = "from", end = "to")
            public record ExportedNamed(LocalDate from, LocalDate to) {}
            """;

    private static final String HIDDEN_PERIOD = """
            package com.vendor.forms.hidden;

            import dk.fremdrift.validation.constraints.Span;
            import dk.fremdrift.validation.constraints.ValidPeriod;
            import java.time.LocalDate;

            @ValidPeriod
            public record HiddenPeriod(LocalDate start, LocalDate end) implements Span<LocalDate> {}
            """;

    private static final String HIDDEN_NAMED = """
            package com.vendor.forms.hidden;

            import dk.fremdrift.validation.constraints.ValidPeriod;
            import java.time.LocalDate;

            @ValidPeriod(start = "from", end = "to")
            public record HiddenNamed(LocalDate from, LocalDate to) {}
            """;

    private static final String OPENED_NAMED = """
            package com.vendor.forms.opened;

            import dk.fremdrift.validation.constraints.ValidPeriod;
            import java.time.LocalDate;

            @ValidPeriod(start = "from", end = "to")
            record OpenedNamed(LocalDate from, LocalDate to) {}

            public final class Opened {
                private Opened() {}

                public static Object named(LocalDate from, LocalDate to) {
                    return new OpenedNamed(from, to);
                }
            }
            """;

    private static final LocalDate MON_2026_03_02 = LocalDate.of(2026, 3, 2);
    private static final LocalDate TUE_2026_03_03 = LocalDate.of(2026, 3, 3);

    private final List<ValidatorFactory> factories = new ArrayList<>();
    private Class<?> factory;

    @BeforeAll
    void compileAndLoadVendorModule(@TempDir Path dir) throws IOException {
        assumeTrue(getClass().getModule().isNamed(), "module-path run only");
        Path src = dir.resolve("src");
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(
                List.of("-d", out.toString(), "--module-path", System.getProperty("jdk.module.path"), "-proc:none"));
        args.add(write(src, "module-info.java", MODULE_INFO));
        args.add(write(src, "com/vendor/forms/api/Factory.java", FACTORY));
        args.add(write(src, "com/vendor/forms/api/ExportedNamed.java", EXPORTED_NAMED));
        args.add(write(src, "com/vendor/forms/hidden/HiddenPeriod.java", HIDDEN_PERIOD));
        args.add(write(src, "com/vendor/forms/hidden/HiddenNamed.java", HIDDEN_NAMED));
        args.add(write(src, "com/vendor/forms/opened/Opened.java", OPENED_NAMED));
        StringWriter log = new StringWriter();
        int rc = ToolProvider.findFirst("javac")
                .orElseThrow()
                .run(new PrintWriter(log), new PrintWriter(log), args.toArray(String[]::new));
        assertThat(rc).as("javac: %s", log).isZero();

        ModuleLayer boot = ModuleLayer.boot();
        java.lang.module.Configuration cf =
                boot.configuration().resolve(ModuleFinder.of(out), ModuleFinder.of(), Set.of("com.vendor.forms"));
        ModuleLayer layer = boot.defineModulesWithOneLoader(cf, ClassLoader.getSystemClassLoader());
        try {
            factory = layer.findLoader("com.vendor.forms").loadClass("com.vendor.forms.api.Factory");
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
        assertThat(factory.getModule().getName()).isEqualTo("com.vendor.forms");
    }

    private static String write(Path root, String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file.toString();
    }

    @AfterAll
    void closeFactories() {
        factories.forEach(ValidatorFactory::close);
    }

    Stream<Supplier<Configuration<?>>> providers() {
        return Stream.of(
                () -> Validation.byProvider(HibernateValidator.class).configure(),
                () -> Validation.byProvider(ApacheValidationProvider.class).configure());
    }

    private Validator validator(Supplier<Configuration<?>> provider) {
        ValidatorFactory f = provider.get().buildValidatorFactory();
        factories.add(f);
        return f.getValidator();
    }

    private Object dto(String method, LocalDate start, LocalDate end) {
        try {
            return factory.getMethod(method, LocalDate.class, LocalDate.class).invoke(null, start, end);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @MethodSource("providers")
    void validate_periodInterfaceInClosedPackage_checkedWithoutOpens(Supplier<Configuration<?>> provider) {
        Validator validator = validator(provider);
        Object invalid = dto("hiddenPeriod", TUE_2026_03_03, MON_2026_03_02);

        assertThat(invalid.getClass().getModule().isOpen("com.vendor.forms.hidden", Cpr.class.getModule()))
                .isFalse();
        assertThat(validator.validate(invalid)).hasSize(1);
        assertThat(validator.validate(dto("hiddenPeriod", MON_2026_03_02, TUE_2026_03_03)))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("providers")
    void validate_namedPropertiesInClosedPackage_throwsSayingWhatToOpen(Supplier<Configuration<?>> provider) {
        Validator validator = validator(provider);
        Object dto = dto("hiddenNamed", TUE_2026_03_03, MON_2026_03_02);

        assertThatThrownBy(() -> validator.validate(dto))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(messages(e))
                        .contains("opens com.vendor.forms.hidden to dk.fremdrift.validation")
                        .doesNotContain("2026"));
    }

    @ParameterizedTest
    @MethodSource("providers")
    void validate_namedPropertiesInOpenedOrExportedPackage_checked(Supplier<Configuration<?>> provider) {
        Validator validator = validator(provider);

        for (String method : List.of("openedNamed", "exportedNamed")) {
            assertThat(validator.validate(dto(method, TUE_2026_03_03, MON_2026_03_02)))
                    .as(method)
                    .extracting(v -> v.getPropertyPath().toString())
                    .containsExactly("to");
            assertThat(validator.validate(dto(method, MON_2026_03_02, MON_2026_03_02)))
                    .as(method)
                    .isEmpty();
        }
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
