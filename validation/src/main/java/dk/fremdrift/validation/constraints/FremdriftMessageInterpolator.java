package dk.fremdrift.validation.constraints;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A message interpolator that resolves the messages of this package's constraints under any Jakarta Validation
 * provider, by decorating the provider's own interpolator.
 *
 * <p><strong>Why it exists.</strong> The specification gives the {@code ValidationMessages} bundle to the
 * application; a library that shipped one would hide the application's. This library ships its Danish and
 * English messages as {@code ContributorValidationMessages[_da|_en].properties}, which Hibernate Validator reads
 * besides the application's bundle: on the class path it merges that file from every jar, so nothing needs
 * configuring. Two cases remain. Other providers (Apache BVal) do not read that bundle at all, and Hibernate
 * Validator as a named module on the module path cannot merge and reads only the first such file it finds, which
 * may be another library's. There a message would stay an unresolved key such as
 * {@code {dk.fremdrift.validation.constraints.Cpr.message}}.
 * Wrapping the provider's interpolator fixes that and changes nothing else:
 *
 * <pre>{@code
 * Configuration<?> config = Validation.byDefaultProvider().configure();
 * Validator validator = config
 *         .messageInterpolator(FremdriftMessageInterpolator.wrap(config.getDefaultMessageInterpolator()))
 *         .buildValidatorFactory()
 *         .getValidator();
 * }</pre>
 *
 * <p><strong>How it resolves.</strong> The delegate interpolates first, so the application's own
 * {@code ValidationMessages} and any resolution the provider does itself take precedence. Only a key of this
 * package ({@code {dk.fremdrift.validation.constraints.*}}) left unresolved in the result is replaced, with the text
 * for the locale: {@code da} gives Danish, anything else English unless a bundle for it is on the class path
 * (a vendor may add {@code ContributorValidationMessages_de.properties}, for instance). The texts contain no
 * parameters and never the validated value.
 *
 * <p>Thread-safe; the texts are read once per locale.
 */
public final class FremdriftMessageInterpolator implements MessageInterpolator {

    private static final String KEY_START = "{dk.fremdrift.validation.constraints.";
    private static final String BUNDLE = "ContributorValidationMessages";
    private static final ConcurrentMap<Locale, Map<String, String>> TEXTS = new ConcurrentHashMap<>();

    private final MessageInterpolator delegate;
    private final Locale defaultLocale;

    private FremdriftMessageInterpolator(MessageInterpolator delegate, Locale defaultLocale) {
        this.delegate = delegate;
        this.defaultLocale = defaultLocale;
    }

    /**
     * Wraps a provider's interpolator; a message interpolated without a locale uses the JVM's default locale
     * for this package's keys, and the delegate's own default for everything else.
     *
     * @param delegate the provider's interpolator, usually {@code configuration.getDefaultMessageInterpolator()}
     * @return the wrapping interpolator
     * @throws NullPointerException if {@code delegate} is null
     */
    public static MessageInterpolator wrap(MessageInterpolator delegate) {
        Objects.requireNonNull(delegate, "delegate");
        return new FremdriftMessageInterpolator(delegate, null);
    }

    /**
     * Wraps a provider's interpolator and fixes the locale of messages interpolated without one, for example
     * Danish for a Danish case system whose servers run in another locale. The delegate is then always asked
     * with a locale, so all messages, not only this package's, come in that language.
     *
     * <pre>{@code
     * config.messageInterpolator(
     *         FremdriftMessageInterpolator.wrap(config.getDefaultMessageInterpolator(), Locale.forLanguageTag("da")));
     * }</pre>
     *
     * @param delegate the provider's interpolator
     * @param defaultLocale the locale of messages interpolated without one
     * @return the wrapping interpolator
     * @throws NullPointerException if an argument is null
     */
    public static MessageInterpolator wrap(MessageInterpolator delegate, Locale defaultLocale) {
        Objects.requireNonNull(delegate, "delegate");
        Objects.requireNonNull(defaultLocale, "defaultLocale");
        return new FremdriftMessageInterpolator(delegate, defaultLocale);
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
        if (defaultLocale != null) {
            return interpolate(messageTemplate, context, defaultLocale);
        }
        return complete(delegate.interpolate(messageTemplate, context), Locale.getDefault());
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        return complete(delegate.interpolate(messageTemplate, context, locale), locale);
    }

    /** Replaces this package's keys left in an interpolated message by their text for the locale. */
    private static String complete(String message, Locale locale) {
        int from = message == null ? -1 : message.indexOf(KEY_START);
        if (from < 0) {
            return message;
        }
        Map<String, String> texts = TEXTS.computeIfAbsent(locale, FremdriftMessageInterpolator::load);
        StringBuilder out = new StringBuilder(message.length() + 64);
        int done = 0;
        while (from >= 0) {
            int close = message.indexOf('}', from);
            if (close < 0) {
                break;
            }
            String text = texts.get(message.substring(from + 1, close));
            out.append(message, done, from).append(text != null ? text : message.substring(from, close + 1));
            done = close + 1;
            from = message.indexOf(KEY_START, done);
        }
        return out.append(message, done, message.length()).toString();
    }

    /**
     * Reads this package's keys from every {@code ContributorValidationMessages} file for the locale and its
     * parents, the more specific winning. All files on the class loader are read (as Hibernate Validator does),
     * because another jar may ship a file of the same name; only this package's keys are kept. Package-private for
     * its test: what is loaded is kept per locale for the life of the class, so only a direct call shows a load.
     */
    static Map<String, String> load(Locale locale) {
        List<String> suffixes = new ArrayList<>();
        suffixes.add("");
        if (!locale.getLanguage().isEmpty()) {
            suffixes.add("_" + locale.getLanguage());
            if (!locale.getCountry().isEmpty()) {
                suffixes.add("_" + locale.getLanguage() + "_" + locale.getCountry());
            }
        }
        ClassLoader loader = FremdriftMessageInterpolator.class.getClassLoader();
        Map<String, String> texts = new HashMap<>();
        for (String suffix : suffixes) {
            Enumeration<URL> files;
            try {
                files = loader.getResources(BUNDLE + suffix + ".properties");
            } catch (IOException e) {
                throw new ValidationException("cannot list " + BUNDLE + suffix + ".properties", e);
            }
            for (URL file : Collections.list(files)) {
                Properties properties = new Properties();
                try {
                    URLConnection connection = file.openConnection();
                    connection.setUseCaches(false);
                    try (InputStream in = connection.getInputStream()) {
                        properties.load(in);
                    }
                } catch (IOException e) {
                    throw new ValidationException("cannot read " + file, e);
                }
                for (String key : properties.stringPropertyNames()) {
                    if (key.startsWith(KEY_START.substring(1))) {
                        texts.put(key, properties.getProperty(key));
                    }
                }
            }
        }
        return Map.copyOf(texts);
    }
}
