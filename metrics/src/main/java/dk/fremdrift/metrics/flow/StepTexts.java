package dk.fremdrift.metrics.flow;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.Outcome;
import dk.fremdrift.model.AssessmentOutcome;
import dk.fremdrift.model.ClosingReason;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.LadderStep;
import dk.fremdrift.model.ScreeningOutcome;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What the indicators of the flow through the handletrin share: their categories, and how their texts say what a step
 * counts. Each step is a distribution of the events of the period; a share within a step is the conversion of that
 * step (the share of screenings that ended in a child-welfare investigation, say). The steps are counted in the same
 * period, not followed as a cohort: a notification of December may be screened in January.
 */
final class StepTexts {

    /** A notification not assessed at asOf. */
    static final String NOT_ASSESSED = "NOT_ASSESSED";

    /** A decision that refused what was applied for. */
    static final String REFUSED = "REFUSED";

    static final List<String> ASSESSMENT_CATEGORIES = names(AssessmentOutcome.values(), NOT_ASSESSED);
    static final List<String> SCREENING_CATEGORIES = names(ScreeningOutcome.values(), null);
    static final List<String> DECISION_CATEGORIES = names(DecisionKind.values(), REFUSED);
    static final List<String> LADDER_CATEGORIES = names(LadderStep.values(), null);
    static final List<String> CLOSING_CATEGORIES = names(ClosingReason.values(), null);

    /** The censoring of a step: none, an event is counted in the state it is in at asOf. */
    static final LocalizedText COUNTED_BY_STATE = LocalizedText.of(
            "Ingen: hver hændelse tælles i den tilstand, den har ved asOf.",
            "None: each event is counted in the state it has at asOf.");

    /** The percentiles of the days between two steps. */
    static final LocalizedText DAYS_PERCENTILES = LocalizedText.of(
            "Median (50. percentil) og 90. percentil af disse dage efter nærmeste-rang-metoden.",
            "The median (50th percentile) and 90th percentile of those days by the nearest-rank method.");

    /** The censoring of the days between two steps. */
    static final LocalizedText DAYS_CENSORING = LocalizedText.of(
            "Hvor næste skridt mangler ved asOf i en sag, der er åben: varigheden er ukendt, og de tælles for sig"
                    + " som censurerede. Mange censurerede får medianen til at undervurdere den reelle tid.",
            "Where the next step is missing at asOf in a case that is open: the duration is unknown; counted apart"
                    + " as censored. Many censored make the median understate the true time.");

    private StepTexts() {}

    /**
     * Observes the days from one step to the next, at the date of the first: the days if the next came on or after
     * it, by asOf; left out if it came before (it did not follow) or the case closed without it; censored if the case
     * is open and the next has not come.
     */
    static void daysBetween(CaseFacts facts, Observations out, LocalDate from, LocalDate next) {
        daysBetween(facts, out, from, null, next);
    }

    /** As {@link #daysBetween(CaseFacts, Observations, LocalDate, LocalDate)}, by intervention kind (null for none). */
    static void daysBetween(CaseFacts facts, Observations out, LocalDate from, InterventionKind kind, LocalDate next) {
        LocalDate seen = next != null && next.isAfter(facts.asOfDate()) ? null : next;
        Outcome apart = seen == null && facts.isOpenAtAsOf()
                ? Outcome.CENSORED
                : seen == null || seen.isBefore(from) ? Outcome.EXCLUDED : null;
        if (apart != null) {
            if (kind == null) {
                out.judged(from, apart);
            } else {
                out.judged(from, kind, apart);
            }
            return;
        }
        int days = Math.toIntExact(ChronoUnit.DAYS.between(from, seen));
        if (kind == null) {
            out.days(from, days);
        } else {
            out.days(from, kind, days);
        }
    }

    private static List<String> names(Enum<?>[] values, String extra) {
        List<String> names = new ArrayList<>();
        for (Enum<?> v : values) {
            names.add(v.name());
        }
        if (extra != null) {
            names.add(extra);
        }
        return List.copyOf(names);
    }

    /** The numerator of a step: its events fordelt på (by) the given categories. */
    static LocalizedText categoriesOf(String danish, String english) {
        return LocalizedText.of(
                "Fordelt på " + danish + ". Andelen i en kategori er trinnets konvertering til den.",
                "By " + english + ". The share of a category is the step's conversion to it.");
    }
}
