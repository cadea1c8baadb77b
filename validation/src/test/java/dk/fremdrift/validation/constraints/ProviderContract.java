package dk.fremdrift.validation.constraints;

import static dk.fremdrift.validation.constraints.Forms.CPR;
import static dk.fremdrift.validation.constraints.Forms.MON_2026_03_02;
import static dk.fremdrift.validation.constraints.Forms.TUE_2026_03_03;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same test cases through a real {@link Validator} of each provider: a subclass says how to bootstrap it.
 * Validators are built with {@link FremdriftMessageInterpolator} and a fixed locale, Danish or English.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProviderContract {

    static final Locale DA = Locale.forLanguageTag("da");
    static final Locale EN = Locale.ENGLISH;
    private static final long SEED = Long.getLong("fremdrift.seed", System.nanoTime());

    private final List<ValidatorFactory> factories = new ArrayList<>();
    private Validator english;
    private Validator danish;
    /** With the provider's own interpolator, not wrapped. */
    private Validator unaided;

    /**
     * Returns a new configuration of the provider under test, bootstrapped explicitly by provider class.
     *
     * @return the configuration
     */
    abstract Configuration<?> configure();

    /**
     * Tells whether the provider resolves this library's message keys with no interpolator configured, in the
     * way the tests run now (class path or module path).
     *
     * @return true if the keys resolve
     */
    abstract boolean resolvesLibraryMessagesUnaided();

    @BeforeAll
    void buildValidators() {
        english = validator(config -> FremdriftMessageInterpolator.wrap(config.getDefaultMessageInterpolator(), EN));
        danish = validator(config -> FremdriftMessageInterpolator.wrap(config.getDefaultMessageInterpolator(), DA));
        unaided = validator(Configuration::getDefaultMessageInterpolator);
    }

    @AfterAll
    void closeFactories() {
        factories.forEach(ValidatorFactory::close);
    }

    private Validator validator(Function<Configuration<?>, MessageInterpolator> interpolator) {
        Configuration<?> config = configure();
        ValidatorFactory factory =
                config.messageInterpolator(interpolator.apply(config)).buildValidatorFactory();
        factories.add(factory);
        return factory.getValidator();
    }

    private static <T> ConstraintViolation<T> only(Set<ConstraintViolation<T>> violations) {
        assertThat(violations).hasSize(1);
        return violations.iterator().next();
    }

    private static Class<? extends Annotation> constraint(ConstraintViolation<?> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType();
    }

    // ---- identifiers on a record, a bean, a method, a container

    @Test
    void validate_validRecord_noViolations() {
        assertThat(english.validate(Forms.ChildForm.valid())).isEmpty();
    }

    @Test
    void validate_nullComponents_noViolations() {
        assertThat(english.validate(new Forms.ChildForm(null, null, null, null, null, List.of())))
                .isEmpty();
    }

    static Stream<Arguments> invalidComponents() {
        Forms.ChildForm v = Forms.ChildForm.valid();
        return Stream.of(
                Arguments.of(v.withCpr("320115-4321"), "cpr", Cpr.class),
                Arguments.of(
                        new Forms.ChildForm(v.cpr(), CPR, v.providerCvr(), v.municipality(), v.kle(), v.siblings()),
                        "strictCpr",
                        Cpr.class),
                Arguments.of(
                        new Forms.ChildForm(
                                v.cpr(), v.strictCpr(), "29189847", v.municipality(), v.kle(), v.siblings()),
                        "providerCvr",
                        Cvr.class),
                Arguments.of(
                        new Forms.ChildForm(v.cpr(), v.strictCpr(), v.providerCvr(), "411", v.kle(), v.siblings()),
                        "municipality",
                        MunicipalityCode.class),
                Arguments.of(
                        new Forms.ChildForm(
                                v.cpr(), v.strictCpr(), v.providerCvr(), v.municipality(), "27.24", v.siblings()),
                        "kle",
                        KleNumber.class));
    }

    @ParameterizedTest
    @MethodSource("invalidComponents")
    void validate_invalidRecordComponent_oneViolationOnIt(
            Forms.ChildForm form, String path, Class<? extends Annotation> expected) {
        ConstraintViolation<Forms.ChildForm> v = only(english.validate(form));

        assertThat(v.getPropertyPath()).hasToString(path);
        assertThat(constraint(v)).isEqualTo(expected);
    }

    @Test
    void validate_invalidListElement_violationOnThatElement() {
        Forms.ChildForm v = Forms.ChildForm.valid();
        Forms.ChildForm form = new Forms.ChildForm(
                v.cpr(), v.strictCpr(), v.providerCvr(), v.municipality(), v.kle(), List.of(CPR, "311315-1234"));

        ConstraintViolation<Forms.ChildForm> violation = only(english.validate(form));

        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        assertThat(nodes.get(0).getName()).isEqualTo("siblings");
        assertThat(nodes.get(nodes.size() - 1).getIndex()).isEqualTo(1);
        assertThat(constraint(violation)).isEqualTo(Cpr.class);
    }

    @Test
    void validate_beanFieldAndGetter_bothChecked() {
        Set<ConstraintViolation<Forms.ProviderBean>> violations =
                english.validate(new Forms.ProviderBean("12345678", "999"));

        assertThat(violations)
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("cvr", "municipality");
        assertThat(english.validate(new Forms.ProviderBean(Forms.CVR, "0851"))).isEmpty();
    }

    @Test
    void validateParameters_invalidArguments_violationPerParameter() throws NoSuchMethodException {
        Method register = Forms.Registry.class.getMethod("register", String.class, String.class);

        Set<ConstraintViolation<Forms.Registry>> violations = english.forExecutables()
                .validateParameters(new Forms.Registry(), register, new Object[] {"3101991234x", "411"});
        Set<ConstraintViolation<Forms.Registry>> none =
                english.forExecutables().validateParameters(new Forms.Registry(), register, new Object[] {CPR, "101"});

        assertThat(violations)
                .extracting(ProviderContract::constraint)
                .containsExactlyInAnyOrder(Cpr.class, MunicipalityCode.class);
        assertThat(none).isEmpty();
    }

    // ---- class-level constraints

    @Test
    void validate_periodEndBeforeStart_violationOnTheObject() {
        ConstraintViolation<Forms.Placement> v =
                only(english.validate(new Forms.Placement(TUE_2026_03_03, MON_2026_03_02)));

        assertThat(v.getPropertyPath()).hasToString("");
        assertThat(constraint(v)).isEqualTo(ValidPeriod.class);
    }

    @Test
    void validate_periodOfOneDayOrOpen_noViolations() {
        assertThat(english.validate(new Forms.Placement(MON_2026_03_02, MON_2026_03_02)))
                .isEmpty();
        assertThat(english.validate(new Forms.Placement(MON_2026_03_02, null))).isEmpty();
    }

    @Test
    void validate_periodConstraintOnComponent_violationOnComponent() {
        Instant t = Instant.parse("2026-03-02T08:00:00Z");

        ConstraintViolation<Forms.Stay> v =
                only(english.validate(new Forms.Stay(new Forms.InstantPeriod(t, t.minusNanos(1)))));

        assertThat(v.getPropertyPath()).hasToString("period");
        assertThat(english.validate(new Forms.Stay(new Forms.InstantPeriod(t, t))))
                .isEmpty();
    }

    @Test
    void validate_namedPeriodEndBeforeStart_violationOnEndProperty() {
        ConstraintViolation<Forms.LegacyIntervention> v =
                only(english.validate(new Forms.LegacyIntervention(TUE_2026_03_03, MON_2026_03_02)));

        assertThat(v.getPropertyPath()).hasToString("to");
        assertThat(english.validate(new Forms.LegacyIntervention(MON_2026_03_02, TUE_2026_03_03)))
                .isEmpty();
    }

    @Test
    void validate_twoRepeatedPeriods_eachChecked() {
        Forms.TwoPeriods both = new Forms.TwoPeriods(
                TUE_2026_03_03, MON_2026_03_02, Optional.of(TUE_2026_03_03), Optional.of(MON_2026_03_02));
        Forms.TwoPeriods actualOpen =
                new Forms.TwoPeriods(MON_2026_03_02, TUE_2026_03_03, Optional.of(TUE_2026_03_03), Optional.empty());

        assertThat(english.validate(both))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("plannedEnd", "actualEnd");
        assertThat(english.validate(actualOpen)).isEmpty();
    }

    @Test
    void validate_periodWithoutNamesOrInterface_throwsNamingTheType() {
        assertThatThrownBy(() -> english.validate(new Forms.NotAPeriod(MON_2026_03_02, TUE_2026_03_03)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(messages(e)).contains(Forms.NotAPeriod.class.getName()));
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    @Test
    void validate_goalNotConcreteNorMeasurable_twoViolationsOnTheObject() {
        Forms.GoalForm goal = new Forms.GoalForm(" ", "Fremmøde", 2, null, null);

        Set<ConstraintViolation<Forms.GoalForm>> violations = english.validate(goal);

        assertThat(violations)
                .extracting(ProviderContract::constraint)
                .containsExactlyInAnyOrder(ConcreteGoal.class, MeasurableGoal.class);
        assertThat(violations).allSatisfy(v -> assertThat(v.getPropertyPath()).hasToString(""));
        assertThat(english.validate(Forms.GoalForm.valid())).isEmpty();
    }

    @Test
    void validate_namedGoalProperties_concreteOnPropertyMeasurableOnObject() {
        Set<ConstraintViolation<Forms.LegacyGoal>> violations = english.validate(new Forms.LegacyGoal(null, ""));

        assertThat(violations)
                .extracting(v -> constraint(v).getSimpleName() + "@" + v.getPropertyPath())
                .containsExactlyInAnyOrder("ConcreteGoal@text", "MeasurableGoal@");
        assertThat(english.validate(new Forms.LegacyGoal("Går i skole", "Skala 1-10")))
                .isEmpty();
    }

    @Test
    void validate_goalsInList_violationOnTheElement() {
        Forms.PlanForm plan =
                new Forms.PlanForm(List.of(new Forms.LegacyGoal("Går i skole", "x"), new Forms.LegacyGoal("", "x")));

        ConstraintViolation<Forms.PlanForm> v = only(english.validate(plan));

        assertThat(v.getPropertyPath().toString()).startsWith("goals[1]").endsWith("text");
    }

    // ---- messages

    static Stream<Arguments> messages() {
        Forms.ChildForm v = Forms.ChildForm.valid();
        return Stream.of(
                Arguments.of(
                        (Supplier<Object>) () -> v.withCpr("320115-4321"),
                        "must be a valid CPR number (DDMMYY-SSSS)",
                        "skal være et gyldigt CPR-nummer (DDMMÅÅ-SSSS)"),
                Arguments.of(
                        (Supplier<Object>) () -> new Forms.ProviderBean("12345678", "101"),
                        "must be a valid CVR number (8 digits with a valid check digit)",
                        "skal være et gyldigt CVR-nummer (8 cifre med gyldigt kontrolciffer)"),
                Arguments.of(
                        (Supplier<Object>) () -> new Forms.ProviderBean(Forms.CVR, "411"),
                        "must be the code of one of the 98 Danish municipalities (3 digits, such as 101)",
                        "skal være koden for en af de 98 danske kommuner (3 cifre, f.eks. 101)"),
                Arguments.of(
                        (Supplier<Object>) () -> new Forms.ChildForm(
                                v.cpr(), v.strictCpr(), v.providerCvr(), v.municipality(), "27.24.00-g01", List.of()),
                        "must be a KLE number of the form NN.NN.NN, optionally with a facet such as -G01",
                        "skal være et KLE-nummer på formen NN.NN.NN, evt. med en facet som -G01"),
                Arguments.of(
                        (Supplier<Object>) () -> new Forms.Placement(TUE_2026_03_03, MON_2026_03_02),
                        "the end of the period must not be before its start",
                        "periodens slutning må ikke ligge før dens start"),
                Arguments.of(
                        (Supplier<Object>) () -> new Forms.LegacyIntervention(TUE_2026_03_03, MON_2026_03_02),
                        "the end of the period must not be before its start",
                        "periodens slutning må ikke ligge før dens start"),
                Arguments.of(
                        (Supplier<Object>) () -> new Forms.LegacyGoal(null, "Skala"),
                        "the goal must be concrete: it needs a description",
                        "målet skal være konkret og have en beskrivelse"),
                Arguments.of(
                        (Supplier<Object>) () -> new Forms.GoalForm("Går i skole", null, 1, 2, null),
                        "a measurable goal needs an indicator, a baseline, a target and a due date",
                        "et målbart mål skal have en indikator, et udgangspunkt, en målværdi og en tidsfrist"));
    }

    @ParameterizedTest
    @MethodSource("messages")
    void validate_englishLocale_englishMessage(Supplier<Object> form, String english, String danish) {
        assertThat(only(this.english.validate(form.get())).getMessage()).isEqualTo(english);
    }

    @ParameterizedTest
    @MethodSource("messages")
    void validate_danishLocale_danishMessage(Supplier<Object> form, String english, String danish) {
        assertThat(only(this.danish.validate(form.get())).getMessage()).isEqualTo(danish);
    }

    @Test
    void validate_wrapWithoutLocale_jvmDefaultLocale() {
        // Surefire pins the JVM's locale to en_GB.
        Validator validator =
                validator(config -> FremdriftMessageInterpolator.wrap(config.getDefaultMessageInterpolator()));

        assertThat(only(validator.validate(Forms.ChildForm.valid().withCpr("x")))
                        .getMessage())
                .isEqualTo("must be a valid CPR number (DDMMYY-SSSS)");
    }

    @Test
    void validate_noInterpolatorConfigured_resolvedOnlyWhereTheProviderReadsContributorBundles() {
        String message =
                only(unaided.validate(Forms.ChildForm.valid().withCpr("x"))).getMessage();

        if (resolvesLibraryMessagesUnaided()) {
            assertThat(message).isEqualTo("must be a valid CPR number (DDMMYY-SSSS)");
        } else {
            assertThat(message).isEqualTo("{dk.fremdrift.validation.constraints.Cpr.message}");
        }
    }

    // ---- a rejected CPR number is never echoed

    static Stream<Arguments> rejectedCprNumbers() {
        Random random = new Random(SEED);
        Stream<String> fixed = Stream.of("320115-4321", "3201154321", "290200-0000", "070615-43210", "07061A-4321");
        Stream<String> randomDigits = IntStream.range(0, 40).mapToObj(i -> {
            // Day 32-99: never a date, so always rejected.
            String s = String.format(
                    "%02d%02d%02d%04d",
                    32 + random.nextInt(68), 1 + random.nextInt(12), random.nextInt(100), random.nextInt(10_000));
            return random.nextBoolean() ? s : s.substring(0, 6) + "-" + s.substring(6);
        });
        return Stream.concat(fixed, randomDigits).map(s -> Arguments.of(SEED, s));
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("rejectedCprNumbers")
    void validate_rejectedCpr_digitsInNoMessage(long seed, String cpr) {
        String digits = cpr.replace("-", "");
        Forms.ChildForm v = Forms.ChildForm.valid();
        Forms.ChildForm form = new Forms.ChildForm(cpr, cpr, v.providerCvr(), v.municipality(), v.kle(), List.of(cpr));
        List<ConstraintViolation<Forms.ChildForm>> violations = new ArrayList<>();
        violations.addAll(english.validate(form));
        violations.addAll(danish.validate(form));
        violations.addAll(unaided.validate(form));

        assertThat(violations).as("seed %d", seed).hasSize(9);
        for (ConstraintViolation<Forms.ChildForm> violation : violations) {
            assertThat(List.of(violation.getMessage(), violation.getMessageTemplate()))
                    .as("seed %d", seed)
                    .allSatisfy(text -> assertThat(text)
                            .doesNotContain(cpr)
                            .doesNotContain(digits)
                            .doesNotContain(digits.substring(0, 6))
                            .doesNotContain(digits.substring(6)));
        }
    }
}
