package dk.fremdrift.metrics.timeliness;

import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.ReferenceFigure;
import dk.fremdrift.model.InForcePeriod;
import java.time.LocalDate;

/** The law periods and the sources the timeliness indicators cite. */
final class LawPeriods {

    /** Serviceloven's child-welfare provisions, as far as the metrics cover them: 2014 to 2023. */
    static final InForcePeriod SEL = InForcePeriod.between(LocalDate.of(2014, 1, 1), LocalDate.of(2024, 1, 1));

    /** Barnets lov, in force from 1 January 2024. */
    static final InForcePeriod BL = InForcePeriod.from(LocalDate.of(2024, 1, 1));

    static final LocalizedText BARNOMETER_2024 = LocalizedText.of(
            "Ankestyrelsen, Børnesagsbarometer 2024",
            "Ankestyrelsen (National Social Appeals Board), Børnesagsbarometer 2024");

    static ReferenceFigure barnometer2024(double value) {
        return ReferenceFigure.of(value, "2024", BARNOMETER_2024);
    }

    private LawPeriods() {}
}
