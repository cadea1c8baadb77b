package dk.fremdrift.metrics.internal;

import dk.fremdrift.metrics.Dimension;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.ReferenceFigure;
import dk.fremdrift.model.InForcePeriod;
import java.time.LocalDate;
import java.util.List;

/**
 * What the definitions of the standard indicators share: the law periods they cite, the period of events they apply
 * to, their breakdowns and their common sentences. Not API: the package is not exported.
 */
public final class Definitions {

    private static final LocalDate COVERAGE_START = LocalDate.of(2014, 1, 1);
    private static final LocalDate BARNETS_LOV_START = LocalDate.of(2024, 1, 1);

    /** Serviceloven's child-welfare provisions, as far as the metrics cover them: 2014 to 2023. */
    public static final InForcePeriod SEL = InForcePeriod.between(COVERAGE_START, BARNETS_LOV_START);

    /** Barnets lov, in force from 1 January 2024. */
    public static final InForcePeriod BL = InForcePeriod.from(BARNETS_LOV_START);

    /** The period of events the standard definitions apply to: the metrics' coverage, from 2014. */
    public static final InForcePeriod APPLIES = InForcePeriod.from(COVERAGE_START);

    /** The source of the 2024 national figures. */
    public static final LocalizedText BARNOMETER_2024 = LocalizedText.of(
            "Ankestyrelsen, Børnesagsbarometer 2024",
            "Ankestyrelsen (National Social Appeals Board), Børnesagsbarometer 2024");

    /** No exclusions. */
    public static final LocalizedText NONE = LocalizedText.of("Ingen.", "None.");

    /** The censoring of a count on asOf's date: none. */
    public static final LocalizedText NO_CENSORING_STOCK =
            LocalizedText.of("Ingen: en opgørelse på asOf's dato.", "None: a count on asOf's date.");

    /** The population of the stock indicators. */
    public static final LocalizedText OPEN_CASES = LocalizedText.of(
            "Sager, der er åbne på asOf's dato (oprettet senest den dag og ikke lukket senest den dag).",
            "Cases open on asOf's date (opened on or before it and not closed on or before it).");

    /** The breakdowns of an indicator of events in the period. */
    public static final List<Dimension> EVENT_DIMENSIONS =
            List.of(Dimension.TEAM, Dimension.CASEWORKER, Dimension.AGE_BAND, Dimension.MONTH);

    /** The breakdowns of an indicator of events in the period about interventions, by their kind. */
    public static final List<Dimension> KIND_EVENT_DIMENSIONS = List.of(
            Dimension.TEAM, Dimension.CASEWORKER, Dimension.AGE_BAND, Dimension.INTERVENTION_KIND, Dimension.MONTH);

    /** The breakdowns of an indicator of the open cases at asOf. */
    public static final List<Dimension> STOCK_DIMENSIONS =
            List.of(Dimension.TEAM, Dimension.CASEWORKER, Dimension.AGE_BAND);

    /** The breakdowns of an indicator of the open cases at asOf about interventions, by their kind. */
    public static final List<Dimension> KIND_STOCK_DIMENSIONS =
            List.of(Dimension.TEAM, Dimension.CASEWORKER, Dimension.AGE_BAND, Dimension.INTERVENTION_KIND);

    private Definitions() {}

    /**
     * Returns a figure of Ankestyrelsen's Børnesagsbarometer 2024.
     *
     * @param value the figure
     * @return the reference figure
     */
    public static ReferenceFigure barnometer2024(double value) {
        return ReferenceFigure.of(value, "2024", BARNOMETER_2024);
    }
}
