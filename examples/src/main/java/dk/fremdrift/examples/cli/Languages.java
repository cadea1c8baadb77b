package dk.fremdrift.examples.cli;

import java.util.Locale;

/** The two languages of the command line's output. */
final class Languages {

    static final Locale DANISH = Locale.forLanguageTag("da");

    private Languages() {}

    static boolean isDanish(String lang) {
        if ("da".equalsIgnoreCase(lang)) {
            return true;
        }
        if ("en".equalsIgnoreCase(lang)) {
            return false;
        }
        throw new UserError("--lang: expected da or en, got '" + lang + "'");
    }

    static Locale locale(String lang) {
        return isDanish(lang) ? DANISH : Locale.ENGLISH;
    }
}
