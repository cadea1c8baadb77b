package dk.fremdrift.examples.dashboard;

import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.LegalBasis;
import dk.fremdrift.metrics.ReferenceFigure;
import dk.fremdrift.metrics.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The texts of the notes: an indicator's full definition (numerator, denominator, exclusions, censoring, legal
 * basis and period, target and national figure), why numbers are suppressed, and what the tables of deadlines,
 * findings and budget count.
 */
final class Notes {

    private Notes() {}

    static Footnotes.Content indicator(Page page, IndicatorDefinition d) {
        Lang l = page.lang();
        boolean proportion = d.kind() == IndicatorKind.PROPORTION;
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {proportion ? l.t("Nævner", "Denominator") : l.t("Enheder", "Units"), l.of(d.population())
        });
        rows.add(new String[] {
            proportion ? l.t("Tæller", "Numerator") : l.t("Beregning", "Computation"), l.of(d.numerator())
        });
        rows.add(new String[] {l.t("Udeladt", "Exclusions"), l.of(d.exclusions())});
        rows.add(new String[] {l.t("Censurering", "Censoring"), l.of(d.censoring())});
        rows.add(new String[] {l.t("Lovgrundlag", "Legal basis"), legalBasis(l, d.legalBasis())});
        rows.add(new String[] {
            l.t("Periode", "Period"),
            l.t("rapportperioden ", "the reporting period ")
                    + period(page)
                    + l.t(", opgjort pr. ", ", as of ")
                    + l.date(page.document().asOf())
                    + l.t("; definitionen gælder for hændelser ", "; the definition applies to events ")
                    + (l.isDanish() ? d.applies().toDanish() : d.applies().toString())
        });
        d.target()
                .ifPresent(t -> rows.add(new String[] {
                    l.t("Mål", "Target"),
                    page.figure(d, t)
                            + (Page.isTimeliness(d)
                                    ? l.t(" (lovkrav: alle frister overholdt)", " (statutory: every deadline met)")
                                    : "")
                }));
        d.nationalReference()
                .ifPresent(r -> rows.add(new String[] {l.t("Landstal", "National figure"), reference(page, d, r)}));
        rows.add(new String[] {
            l.t("Id og type", "Id and kind"),
            d.id() + " (" + (l.isDanish() ? d.kind().danishName() : d.kind().englishName()) + ")"
        });

        StringBuilder body = new StringBuilder();
        body.append("<p>").append(Html.text(l.of(d.description()))).append("</p><dl class=\"def\">");
        StringBuilder hover = new StringBuilder(l.of(d.name())).append(": ").append(l.of(d.description()));
        for (String[] row : rows) {
            body.append("<dt>")
                    .append(Html.text(row[0]))
                    .append("</dt><dd>")
                    .append(Html.text(row[1]))
                    .append("</dd>");
            hover.append('\n').append(row[0]).append(": ").append(row[1]);
        }
        body.append("</dl>");
        return new Footnotes.Content(Html.text(l.of(d.name())), body.toString(), hover.toString());
    }

    /** The period counted: from the first day of the period to the last day counted, both included. */
    static String period(Page page) {
        Lang l = page.lang();
        return l.date(page.report().period().startInclusive())
                + l.t(" til og med ", " to ")
                + l.date(page.lastDayCounted());
    }

    static String legalBasis(Lang l, List<LegalBasis> bases) {
        if (bases.isEmpty()) {
            return l.t(
                    "ingen bestemt bestemmelse; et ledelsesmål for god praksis",
                    "no particular provision; a management measure of good practice");
        }
        return bases.stream().map(b -> l.isDanish() ? b.textDa() : b.textEn()).collect(Collectors.joining("; "));
    }

    static String reference(Page page, IndicatorDefinition d, ReferenceFigure r) {
        return page.figure(d, r.value()) + " (" + r.period() + ", "
                + page.lang().of(r.source()) + ")";
    }

    static Footnotes.Content suppression(Page page, Suppression why) {
        Lang l = page.lang();
        int threshold = page.report().profile().suppressionThreshold();
        String text = why == Suppression.COMPLEMENTARY
                ? l.t(
                        "Diskretioneret (sekundært): tallet er skjult, så et andet skjult tal ikke kan regnes ud ved at"
                                + " trække de viste tal fra totalen.",
                        "Suppressed (complementary): the number is withheld so that another withheld number cannot be"
                                + " worked out by subtracting the numbers shown from the total.")
                : l.t(
                        "Diskretioneret: tallet bygger på færre end " + threshold + " børn eller et antal fra 1 til "
                                + (threshold - 1) + " (eller er afledt af sådan et antal), og er skjult, så intet"
                                + " barn kan genkendes. Et antal på 0 vises.",
                        "Suppressed: the number rests on fewer than " + threshold + " children or a count from 1 to "
                                + (threshold - 1) + " (or is derived from such a count), and is withheld so that no"
                                + " child can be identified. A count of 0 is shown.");
        return new Footnotes.Content(
                Html.text(l.t("Diskretionering", "Suppression")), "<p>" + Html.text(text) + "</p>", text);
    }

    static Footnotes.Content plain(String heading, String text) {
        return new Footnotes.Content(Html.text(heading), "<p>" + Html.text(text) + "</p>", heading + ": " + text);
    }
}
