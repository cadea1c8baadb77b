package dk.fremdrift.metrics.internal;

import dk.fremdrift.metrics.Indicator;
import dk.fremdrift.metrics.IndicatorDefinition;
import java.util.Objects;

/** A standard indicator: its definition, fixed when it is made. Not API: the package is not exported. */
public abstract class StandardIndicator implements Indicator {

    private final IndicatorDefinition definition;

    /**
     * Makes the indicator.
     *
     * @param definition its definition
     */
    protected StandardIndicator(IndicatorDefinition definition) {
        this.definition = Objects.requireNonNull(definition, "definition");
    }

    @Override
    public final IndicatorDefinition definition() {
        return definition;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + definition.id() + "]";
    }
}
