package dk.fremdrift.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.MessageInterpolator;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FremdriftMessageInterpolatorTest {

    private static final String CPR_KEY = "{dk.fremdrift.validation.constraints.Cpr.message}";
    private static final Locale DA = Locale.forLanguageTag("da");

    /** A delegate that resolves nothing and records the locales it was asked for. */
    private static final class Echo implements MessageInterpolator {
        final List<Locale> locales = new ArrayList<>();

        @Override
        public String interpolate(String template, Context context) {
            locales.add(null);
            return template;
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            locales.add(locale);
            return template;
        }
    }

    @Test
    void interpolate_keyLeftByDelegate_replacedByTextForLocale() {
        MessageInterpolator i = FremdriftMessageInterpolator.wrap(new Echo());

        assertThat(i.interpolate(CPR_KEY, null, Locale.ENGLISH)).isEqualTo("must be a valid CPR number (DDMMYY-SSSS)");
        assertThat(i.interpolate(CPR_KEY, null, DA)).isEqualTo("skal være et gyldigt CPR-nummer (DDMMÅÅ-SSSS)");
        assertThat(i.interpolate(CPR_KEY, null, Locale.forLanguageTag("da-DK")))
                .isEqualTo("skal være et gyldigt CPR-nummer (DDMMÅÅ-SSSS)");
    }

    @Test
    void interpolate_localeWithoutBundle_english() {
        MessageInterpolator i = FremdriftMessageInterpolator.wrap(new Echo());

        assertThat(i.interpolate(CPR_KEY, null, Locale.GERMAN)).isEqualTo("must be a valid CPR number (DDMMYY-SSSS)");
        assertThat(i.interpolate(CPR_KEY, null, Locale.ROOT)).isEqualTo("must be a valid CPR number (DDMMYY-SSSS)");
    }

    /** The texts are loaded once per locale and kept, so the load itself is checked directly. */
    @Test
    void load_languageAndCountry_thePackagesKeysInTheMostSpecificLanguage() throws IOException {
        Properties base = new Properties();
        try (InputStream in = FremdriftMessageInterpolator.class
                .getClassLoader()
                .getResourceAsStream("ContributorValidationMessages.properties")) {
            base.load(in);
        }
        String cpr = CPR_KEY.substring(1, CPR_KEY.length() - 1);

        assertThat(FremdriftMessageInterpolator.load(Locale.ROOT))
                .containsOnlyKeys(base.stringPropertyNames())
                .containsEntry(cpr, "must be a valid CPR number (DDMMYY-SSSS)");
        assertThat(FremdriftMessageInterpolator.load(DA))
                .containsOnlyKeys(base.stringPropertyNames())
                .containsEntry(cpr, "skal være et gyldigt CPR-nummer (DDMMÅÅ-SSSS)");
        assertThat(FremdriftMessageInterpolator.load(Locale.forLanguageTag("da-DK")))
                .containsEntry(cpr, "skal være et gyldigt CPR-nummer (DDMMÅÅ-SSSS)");
        assertThat(base.stringPropertyNames()).allMatch(k -> k.startsWith("dk.fremdrift.validation.constraints."));
    }

    @Test
    void interpolate_keyResolvedByDelegate_delegatesTextKept() {
        // As when the application's ValidationMessages overrides the key.
        MessageInterpolator override = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return template.replace(CPR_KEY, "ugyldigt personnummer");
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return interpolate(template, context);
            }
        };

        assertThat(FremdriftMessageInterpolator.wrap(override).interpolate(CPR_KEY, null, DA))
                .isEqualTo("ugyldigt personnummer");
    }

    @Test
    void interpolate_keyInsideText_onlyKeyReplaced() {
        MessageInterpolator i = FremdriftMessageInterpolator.wrap(new Echo());

        assertThat(i.interpolate(
                        "Barnets CPR: " + CPR_KEY + "; KLE: {dk.fremdrift.validation.constraints.KleNumber.message}.",
                        null,
                        Locale.ENGLISH))
                .isEqualTo("Barnets CPR: must be a valid CPR number (DDMMYY-SSSS); KLE: must be a KLE number of"
                        + " the form NN.NN.NN, optionally with a facet such as -G01.");
    }

    @Test
    void interpolate_unknownOrUnterminatedKey_leftAsIs() {
        MessageInterpolator i = FremdriftMessageInterpolator.wrap(new Echo());
        String unknown = "{dk.fremdrift.validation.constraints.Nope.message} and {other.key}";
        String unterminated = "x {dk.fremdrift.validation.constraints.Cpr.message";

        assertThat(i.interpolate(unknown, null, Locale.ENGLISH)).isEqualTo(unknown);
        assertThat(i.interpolate(unterminated, null, Locale.ENGLISH)).isEqualTo(unterminated);
    }

    @Test
    void interpolate_withoutLocaleAndFixedLocale_delegateAskedWithFixedLocale() {
        Echo echo = new Echo();

        String message = FremdriftMessageInterpolator.wrap(echo, DA).interpolate(CPR_KEY, null);

        assertThat(message).isEqualTo("skal være et gyldigt CPR-nummer (DDMMÅÅ-SSSS)");
        assertThat(echo.locales).containsExactly(DA);
    }

    @Test
    void interpolate_withoutLocaleNorFixedLocale_delegatesDefault() {
        Echo echo = new Echo();

        FremdriftMessageInterpolator.wrap(echo).interpolate("plain", null);

        assertThat(echo.locales).containsExactly((Locale) null);
    }

    @Test
    void wrap_null_throws() {
        assertThatThrownBy(() -> FremdriftMessageInterpolator.wrap(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("delegate");
        assertThatThrownBy(() -> FremdriftMessageInterpolator.wrap(new Echo(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("defaultLocale");
    }

    // ---- the bundle files

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FremdriftMessageInterpolator.class
                .getModule()
                .getResourceAsStream("ContributorValidationMessages" + suffix + ".properties")) {
            assertThat(in).as("bundle %s", suffix).isNotNull();
            p.load(in);
        }
        return p;
    }

    static Stream<Class<? extends Annotation>> constraints() {
        return Stream.of(
                Cpr.class,
                Cvr.class,
                MunicipalityCode.class,
                KleNumber.class,
                ValidPeriod.class,
                ConcreteGoal.class,
                MeasurableGoal.class);
    }

    @ParameterizedTest
    @MethodSource("constraints")
    void bundles_defaultMessageOfEachConstraint_inEachBundleWithoutParameters(Class<? extends Annotation> type)
            throws Exception {
        String template = (String) type.getMethod("message").getDefaultValue();
        String key = "dk.fremdrift.validation.constraints." + type.getSimpleName() + ".message";

        assertThat(template).isEqualTo("{" + key + "}");
        for (String suffix : List.of("", "_en", "_da")) {
            assertThat(bundle(suffix).getProperty(key))
                    .as("%s in bundle '%s'", key, suffix)
                    .isNotBlank()
                    .doesNotContain("{", "}", "$");
        }
    }

    @Test
    void bundles_englishAndBase_equal() throws IOException {
        assertThat(bundle("_en")).isEqualTo(bundle(""));
        assertThat(bundle("_da").keySet()).isEqualTo(bundle("").keySet());
        assertThat(bundle("").keySet()).hasSize((int) constraints().count());
    }
}
