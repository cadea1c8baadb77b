package dk.fremdrift.examples.dashboard;

import dk.fremdrift.examples.report.ReportDocument;
import dk.fremdrift.metrics.CategoryCount;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.IndicatorResult;
import dk.fremdrift.metrics.IndicatorValue;
import dk.fremdrift.metrics.MetricsReport;
import dk.fremdrift.metrics.Suppression;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What every section of one rendering shares: the document, the language, the notes, and how a number, a missing
 * number and a suppressed number look.
 */
final class Page {

    private final ReportDocument document;
    private final Lang lang;
    private final Footnotes notes = new Footnotes();

    Page(ReportDocument document, Lang lang) {
        this.document = document;
        this.lang = lang;
    }

    ReportDocument document() {
        return document;
    }

    MetricsReport report() {
        return document.metrics();
    }

    Lang lang() {
        return lang;
    }

    Footnotes notes() {
        return notes;
    }

    boolean political() {
        return report().profile().isPolitical();
    }

    /** The last day the report counts: the end of the period or {@code asOf}, whichever is first. */
    LocalDate lastDayCounted() {
        LocalDate periodLast = report().period().endExclusive().minusDays(1);
        LocalDate asOf = document.asOf();
        return periodLast.isBefore(asOf) ? periodLast : asOf;
    }

    Optional<IndicatorDefinition> definition(String id) {
        return report().findDefinition(id);
    }

    Optional<IndicatorResult> result(String id) {
        return report().findIndicator(id);
    }

    /** The number of an indicator's definition note. */
    int note(IndicatorDefinition d) {
        return notes.number(d.id(), () -> Notes.indicator(this, d));
    }

    /** A superscript link to an indicator's definition note. */
    String ref(IndicatorDefinition d) {
        return notes.ref(note(d));
    }

    /** The hover text of an indicator: its name and definition. */
    String hover(IndicatorDefinition d) {
        return notes.hover(note(d));
    }

    /** The mark of a suppressed number: a dash with a link to the note that says why, never the number. */
    String suppressed(Suppression why) {
        int n = notes.number("suppression-" + why, () -> Notes.suppression(this, why));
        return "<span class=\"supp\" data-suppressed=\"" + why + "\" title=\"" + Html.attr(notes.hover(n)) + "\">"
                + "\u2013<sup class=\"fnref\"><a href=\"#fn-" + n + "\">" + n + "</a></sup></span>";
    }

    /** The text of a suppressed number in a chart, where the table beside it carries the note. */
    String suppressedShort() {
        return lang.t("diskretioneret", "suppressed");
    }

    /** A number that is absent: suppressed, or not there because nothing was counted. */
    String missing(Suppression why) {
        if (why != Suppression.NONE) {
            return suppressed(why);
        }
        return "<span class=\"na\" title=\""
                + Html.attr(lang.t("Intet at beregne: ingen enheder talt", "Nothing to compute: no units counted"))
                + "\">" + lang.t("i.a.", "n/a") + "</span>";
    }

    /** A count, or its mark. */
    String count(Optional<Long> n, Suppression why) {
        return n.map(lang::integer).orElseGet(() -> missing(why));
    }

    /** A category's count, or its mark; a marked count is never shown, even if present. */
    String count(CategoryCount c) {
        if (c.suppression() != Suppression.NONE) {
            return suppressed(c.suppression());
        }
        return count(c.count(), Suppression.NONE);
    }

    /** A category's share, or its mark. */
    String share(CategoryCount c) {
        if (c.suppression() != Suppression.NONE) {
            return suppressed(c.suppression());
        }
        return c.share().map(lang::percent).orElseGet(() -> missing(Suppression.NONE));
    }

    /** The headline value of an indicator in its unit, or its mark. */
    String headline(IndicatorDefinition d, IndicatorValue v) {
        return v.value().map(x -> unit(d, x)).orElseGet(() -> missing(v.suppression()));
    }

    /** A number in an indicator's unit: a share as a percentage, days, a rate per year, a mean, a count. */
    String unit(IndicatorDefinition d, double x) {
        return switch (d.kind()) {
            case PROPORTION -> lang.percent(x);
            case DAYS -> lang.decimal(x, 0) + Lang.NBSP + lang.t("dage", "days");
            case RATE -> lang.decimal(x, 2) + Lang.NBSP + lang.t("pr. år", "a year");
            case MEAN -> lang.decimal(x, Math.abs(x) < 10 ? 2 : 1);
            case COUNT, DISTRIBUTION -> lang.decimal(x, 0);
        };
    }

    /**
     * A target or national figure in an indicator's unit: as {@link #unit}, but a whole number of cases or visits
     * without decimals ({@code 30}, not {@code 30,0}).
     */
    String figure(IndicatorDefinition d, double x) {
        boolean whole = x == Math.rint(x);
        return switch (d.kind()) {
            case MEAN -> whole ? lang.decimal(x, 0) : unit(d, x);
            case RATE -> whole ? lang.decimal(x, 0) + Lang.NBSP + lang.t("pr. år", "a year") : unit(d, x);
            default -> unit(d, x);
        };
    }

    /** The 95 % interval of a proportion, or empty. */
    Optional<String> interval(IndicatorValue v) {
        if (v.ci95Lower().isPresent() && v.ci95Upper().isPresent()) {
            return Optional.of(
                    lang.percentRange(v.ci95Lower().get(), v.ci95Upper().get()));
        }
        return Optional.empty();
    }

    /** Whether an indicator is a statutory timeliness measure: a share with a legal basis and a target of 100 %. */
    static boolean isTimeliness(IndicatorDefinition d) {
        return d.kind() == IndicatorKind.PROPORTION
                && !d.legalBasis().isEmpty()
                && d.target().filter(t -> t == 1.0).isPresent();
    }
}
