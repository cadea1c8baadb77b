package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.ReportGrid.M_SUM;
import static dk.fremdrift.metrics.ReportGrid.M_UNITS;
import static dk.fremdrift.metrics.ReportGrid.P_CENSORED;
import static dk.fremdrift.metrics.ReportGrid.P_DENOMINATOR;
import static dk.fremdrift.metrics.ReportGrid.P_EXCLUDED;
import static dk.fremdrift.metrics.ReportGrid.P_MET;
import static dk.fremdrift.metrics.ReportGrid.P_NOT_MET;
import static dk.fremdrift.metrics.ReportGrid.T_TOTAL;
import static dk.fremdrift.metrics.ReportGrid.equal;
import static dk.fremdrift.metrics.ReportGrid.rowsOf;
import static dk.fremdrift.metrics.ReportGrid.sum;

import dk.fremdrift.metrics.ReportGrid.Block;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The families of indicators: indicators that count the same units, suppressed in one grid so that no withheld cell
 * can be worked out from another indicator. The notifications received are the 24-hour assessment's population and
 * the repeat indicator's denominator; the interventions started are the first follow-up's population; the open cases
 * are the population of the stalled, review and unassigned indicators, and the caseworkers of the three caseload
 * indicators are the same.
 */
final class Families {

    static final List<List<String>> FAMILIES = List.of(
            List.of(
                    Indicators.NOTIFICATIONS_RECEIVED,
                    Indicators.NOTIFICATIONS_PER_CHILD,
                    Indicators.REPEAT_NOTIFICATIONS_12M,
                    Indicators.ASSESSMENT_24H_ON_TIME),
            List.of(Indicators.FIRST_FOLLOW_UP_ON_TIME, Indicators.INTERVENTION_MIX_STARTED),
            List.of(
                    Indicators.STALLED_CASES,
                    Indicators.MANAGEMENT_REVIEW_COVERAGE,
                    Indicators.OPEN_CASES_UNASSIGNED,
                    Indicators.CASELOAD_MEAN,
                    Indicators.CASELOAD_DISTRIBUTION,
                    Indicators.CASELOAD_ABOVE_RECOMMENDED));

    private Families() {}

    /** The identities between the indicators of a family. */
    static void familyLines(Suppressor g, List<Block> blocks, int rows, int recommended) {
        Map<String, Block> by = new HashMap<>();
        for (Block b : blocks) {
            by.put(b.definition.id(), b);
        }
        Block received = by.get(Indicators.NOTIFICATIONS_RECEIVED);
        if (received != null) {
            Block repeat = by.get(Indicators.REPEAT_NOTIFICATIONS_12M);
            Block assessed = by.get(Indicators.ASSESSMENT_24H_ON_TIME);
            Block perChild = by.get(Indicators.NOTIFICATIONS_PER_CHILD);
            for (int r = 0; r < rows; r++) {
                equal(g, r, received, T_TOTAL, repeat, P_DENOMINATOR);
                sum(g, r, received, T_TOTAL, assessed, P_DENOMINATOR, P_CENSORED, P_EXCLUDED);
            }
            equal(g, 0, received, T_TOTAL, perChild, M_SUM);
        }
        Block started = by.get(Indicators.INTERVENTION_MIX_STARTED);
        if (started != null) {
            Block followUp = by.get(Indicators.FIRST_FOLLOW_UP_ON_TIME);
            for (int r = 0; r < rows; r++) {
                sum(g, r, started, T_TOTAL, followUp, P_DENOMINATOR, P_CENSORED, P_EXCLUDED);
            }
        }
        Block stalled = by.get(Indicators.STALLED_CASES);
        if (stalled != null) {
            Block reviewed = by.get(Indicators.MANAGEMENT_REVIEW_COVERAGE);
            Block unassigned = by.get(Indicators.OPEN_CASES_UNASSIGNED);
            Block mean = by.get(Indicators.CASELOAD_MEAN);
            Block distribution = by.get(Indicators.CASELOAD_DISTRIBUTION);
            Block above = by.get(Indicators.CASELOAD_ABOVE_RECOMMENDED);
            for (int r = 0; r < rows; r++) {
                equal(g, r, stalled, P_DENOMINATOR, reviewed, P_DENOMINATOR);
                equal(g, r, stalled, P_DENOMINATOR, unassigned, P_DENOMINATOR);
                equal(g, r, distribution, T_TOTAL, mean, M_UNITS);
                equal(g, r, distribution, T_TOTAL, above, P_DENOMINATOR);
                caseloadBuckets(g, r, distribution, above, recommended);
            }
            // The assigned open cases are the cases of the caseworkers.
            equal(g, 0, unassigned, P_NOT_MET, mean, M_SUM);
        }
    }

    /** The caseworkers above the recommendation are the buckets above it, when it is a bucket's upper bound. */
    private static void caseloadBuckets(Suppressor g, int r, Block distribution, Block above, int recommended) {
        if (distribution.rowOf[r] < 0 || above.rowOf[r] < 0) {
            return;
        }
        int[] lower = Caseload.LOWER_BOUNDS;
        int split = -1;
        for (int i = 1; i < lower.length; i++) {
            if (lower[i] == recommended + 1) {
                split = i;
            }
        }
        if (split < 0) {
            return;
        }
        int[] high = new int[lower.length - split];
        int[] low = new int[split];
        for (int i = 0; i < lower.length; i++) {
            if (i < split) {
                low[i] = distribution.q(1 + i);
            } else {
                high[i - split] = distribution.q(1 + i);
            }
        }
        g.line(r, above.q(P_MET), rowsOf(r, high.length), high);
        g.line(r, above.q(P_NOT_MET), rowsOf(r, low.length), low);
    }
}
