package dk.fremdrift.examples.cli;

import dk.fremdrift.metrics.ReportProfile;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options of a report made from aggregate documents: profile, suppression threshold and language. */
final class ProfileOptions {

    @Option(
            names = "--profile",
            paramLabel = "administrative|political",
            defaultValue = "administrative",
            description = "administrative (leaders: all detail) or political (aggregates only, small counts"
                    + " suppressed, after merging).")
    String profile;

    @Option(
            names = "--suppress-below",
            paramLabel = "N",
            defaultValue = "5",
            description = "In the political profile, suppress counts below N (default 5).")
    int suppressBelow;

    @Option(
            names = "--lang",
            paramLabel = "da|en",
            defaultValue = "da",
            description = "Language of index.html: da or en.")
    String lang;

    ReportProfile profile() {
        ReportOptions options = new ReportOptions();
        options.profile = profile;
        options.suppressBelow = suppressBelow;
        return options.profile();
    }

    Locale locale() {
        return Languages.locale(lang);
    }
}
