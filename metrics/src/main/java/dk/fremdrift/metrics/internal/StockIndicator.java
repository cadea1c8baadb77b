package dk.fremdrift.metrics.internal;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.Observations;
import java.time.LocalDate;

/**
 * A standard indicator of the open cases at asOf (a stock): it observes a case only if the case is open on asOf's
 * date, and observes it on that date. Not API: the package is not exported.
 */
public abstract class StockIndicator extends StandardIndicator {

    /**
     * Makes the indicator.
     *
     * @param definition its definition
     */
    protected StockIndicator(IndicatorDefinition definition) {
        super(definition);
    }

    @Override
    public final void observe(CaseFacts facts, Observations out) {
        if (facts.isOpenAtAsOf()) {
            observeOpen(facts, out, facts.asOfDate());
        }
    }

    /**
     * Observes a case open on asOf's date.
     *
     * @param facts the case and what is worked out once about it
     * @param out where the observations go
     * @param asOf asOf's date, the date of every observation of a stock
     */
    protected abstract void observeOpen(CaseFacts facts, Observations out, LocalDate asOf);
}
