package dk.fremdrift.metrics.flow;

import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.model.Intervention;

/** What the two intervention-mix indicators share: their categories and how an intervention falls in one. */
final class FlowTexts {

    static final LocalizedText MIX_CATEGORIES = LocalizedText.of(
            "Fordelt på anbringelse (PLACEMENT: en indsatstype, hvor barnet er anbragt uden for hjemmet) og"
                    + " forebyggende støtte (PREVENTIVE_SUPPORT: alle andre typer).",
            "By placement (PLACEMENT: a kind that places the child outside the home) and preventive support"
                    + " (PREVENTIVE_SUPPORT: every other kind).");

    private FlowTexts() {}

    static String mix(Intervention iv) {
        return iv.kind().isPlacement() ? Indicators.PLACEMENT : Indicators.PREVENTIVE_SUPPORT;
    }
}
