package dk.fremdrift.metrics;

/**
 * What an indicator measures, and so which fields of an {@link IndicatorValue} it fills.
 *
 * <table>
 *   <caption>Fields of a value by kind</caption>
 *   <tr><th>kind</th><th>value</th><th>count</th><th>denominator</th><th>other fields</th></tr>
 *   <tr><td>{@link #PROPORTION}</td><td>numerator / denominator</td><td>numerator</td><td>denominator</td>
 *       <td>censored, excluded, 95 % Wilson interval</td></tr>
 *   <tr><td>{@link #DAYS}</td><td>median days</td><td>observations</td><td>-</td>
 *       <td>median, 90th percentile, censored, excluded</td></tr>
 *   <tr><td>{@link #COUNT}</td><td>count</td><td>count</td><td>-</td><td>-</td></tr>
 *   <tr><td>{@link #MEAN}</td><td>mean per unit</td><td>sum, where it is a count</td><td>units</td><td>-</td></tr>
 *   <tr><td>{@link #RATE}</td><td>events per 365 days of exposure</td><td>events</td><td>-</td>
 *       <td>exposure days</td></tr>
 *   <tr><td>{@link #DISTRIBUTION}</td><td>total</td><td>total</td><td>-</td><td>categories with count and share</td></tr>
 * </table>
 */
public enum IndicatorKind {
    /** A share: numerator over denominator, with right-censored and excluded units counted apart. */
    PROPORTION("andel", "proportion"),
    /** The median and 90th percentile of a number of days, by the nearest-rank method. */
    DAYS("median og percentiler af dage", "median and percentiles of days"),
    /** A count. */
    COUNT("antal", "count"),
    /** A mean per unit, such as notifications per child or cases per caseworker. */
    MEAN("gennemsnit", "mean"),
    /** Events per 365 days of exposure, such as supervision visits per placed child per year. */
    RATE("rate pr. år", "rate per year"),
    /** Counts in named categories that add up to a total. */
    DISTRIBUTION("fordeling", "distribution");

    private final String danishName;
    private final String englishName;

    IndicatorKind(String danishName, String englishName) {
        this.danishName = danishName;
        this.englishName = englishName;
    }

    /**
     * Returns the Danish name.
     *
     * @return the Danish name
     */
    public String danishName() {
        return danishName;
    }

    /**
     * Returns the English name.
     *
     * @return the English name
     */
    public String englishName() {
        return englishName;
    }
}
