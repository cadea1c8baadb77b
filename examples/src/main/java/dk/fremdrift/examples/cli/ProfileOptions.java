package dk.fremdrift.examples.cli;

import dk.fremdrift.metrics.ReportProfile;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Who a report is for and in which language: profile, suppression threshold and language. */
final class ProfileOptions {

    @Option(
            names = "--profile",
            paramLabel = "administrative|political",
            defaultValue = "administrative",
            description = "administrative (leaders: all detail) or political (aggregates only, small counts"
                    + " suppressed; after merging, for a report of several municipalities).")
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
            description = "Language of index.html and of the explanations and messages in the JSON Lines: da or en.")
    String lang;

    ReportProfile profile() {
        return switch (profile) {
            case "administrative" -> ReportProfile.ADMINISTRATIVE;
            case "political" -> {
                if (suppressBelow < 1) {
                    throw new UserError("--suppress-below: expected 1 or more, got " + suppressBelow);
                }
                yield ReportProfile.political(suppressBelow);
            }
            default -> throw new UserError("--profile: expected administrative or political, got '" + profile + "'");
        };
    }

    Locale locale() {
        return Languages.locale(lang);
    }
}
