package dk.fremdrift.deadlines;

/**
 * What happens when a deadline's last day falls on a day that is not a working day (a Saturday, a Sunday or a
 * holiday of the rule's calendar): a named strategy, in the spirit of Strata's business-day conventions.
 */
public enum RollPolicy {
    /**
     * The deadline stays on the closed day. This is the default for the municipality's own duties (24 hours, 4
     * months, 3 months, 7 days), where no general extension rule applies; the explanation flags the closed day.
     */
    NONE,
    /**
     * The deadline moves to the next working day. Complaint periods roll this way (Justitsministeriets
     * vejledning nr. 9533 af 2018 om frister): a period that ends on a Saturday, a Sunday or a helligdag ends on the
     * next working day.
     */
    NEXT_WORKING_DAY
}
