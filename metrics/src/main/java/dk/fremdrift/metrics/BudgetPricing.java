package dk.fremdrift.metrics;

import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.Price;
import dk.fremdrift.model.PriceUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The pricing rules of the budget commitment, computed exactly.
 *
 * <p>A monthly price prorated over a part month is a fraction with the month's length (28 to 31) as denominator,
 * which a decimal cannot hold exactly. So every amount is kept as a whole multiple of {@code 1 / 377 580} DKK
 * (377 580 is the least common multiple of 28, 29, 30 and 31) times the price: an exact {@code BigDecimal}
 * "scaled amount". Sums of scaled amounts are exact in any order and any split, and a scaled amount is rounded
 * once, to øre with {@link RoundingMode#HALF_EVEN}, by {@link #toKroner(BigDecimal)} when it is reported.
 */
final class BudgetPricing {

    /** The least common multiple of the lengths of months, 28, 29, 30 and 31. */
    static final BigDecimal MONTH_LENGTHS_LCM = BigDecimal.valueOf(377_580L);

    /** Orders legal references by act, paragraph number, paragraph letter and subsection (none first). */
    static final Comparator<LegalReference> LEGAL_ORDER = Comparator.comparing((LegalReference r) -> r.law())
            .thenComparingInt(r -> Integer.parseInt(paragraphNumber(r.paragraph())))
            .thenComparing(r -> paragraphLetter(r.paragraph()))
            .thenComparingInt(r -> r.subsection().orElse(0));

    private BudgetPricing() {}

    /**
     * Tells whether a priced intervention has a cost in the budget year: a one-off price when it starts in the
     * year; any other price when it runs on at least one day of the year.
     */
    static boolean isInYear(Intervention intervention, Price price, BudgetYear year) {
        return switch (price.unit()) {
            case ONE_OFF -> intervention.start().getYear() == year.year();
            case PER_DAY, PER_MONTH -> runsInYear(intervention, year);
        };
    }

    /**
     * The days of the budget year an intervention runs, the first and last day included; to 31 December for one
     * without an end.
     */
    static long daysInYear(Intervention intervention, BudgetYear year) {
        LocalDate first = later(intervention.start(), year.firstDay());
        LocalDate last = intervention.end().map(e -> earlier(e, year.lastDay())).orElse(year.lastDay());
        return first.isAfter(last) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** Tells whether an intervention runs on at least one day of the budget year. */
    static boolean runsInYear(Intervention intervention, BudgetYear year) {
        return !intervention.start().isAfter(year.lastDay())
                && intervention.end().map(e -> !e.isBefore(year.firstDay())).orElse(true);
    }

    /**
     * Returns the exact cost of the intervention's days from {@code from} to {@code to}, both included, as a
     * scaled amount (a multiple of {@code 1 / 377 580} DKK); zero when the period is empty ({@code from} after
     * {@code to}) or the intervention does not run in it.
     *
     * <ul>
     *   <li>per day: the price times the number of days it runs in the period, the first and last day included;
     *   <li>per month: for each calendar month, the price times the days it runs in the period and that month,
     *       divided by the number of days in the month (a whole month costs the price);
     *   <li>one-off: the price when the start date lies in the period, otherwise zero.
     * </ul>
     */
    static BigDecimal scaledCost(Intervention intervention, Price price, LocalDate from, LocalDate to) {
        if (price.unit() == PriceUnit.ONE_OFF) {
            LocalDate start = intervention.start();
            boolean inPeriod = !start.isBefore(from) && !start.isAfter(to);
            return inPeriod ? price.amount().multiply(MONTH_LENGTHS_LCM) : BigDecimal.ZERO;
        }
        LocalDate first = later(intervention.start(), from);
        LocalDate last = intervention.end().map(e -> earlier(e, to)).orElse(to);
        if (first.isAfter(last)) {
            return BigDecimal.ZERO;
        }
        if (price.unit() == PriceUnit.PER_DAY) {
            long days = ChronoUnit.DAYS.between(first, last) + 1;
            return price.amount().multiply(BigDecimal.valueOf(days)).multiply(MONTH_LENGTHS_LCM);
        }
        // Per month: sum the weight days * (LCM / month length) over the months, then multiply by the price once.
        long weight = 0;
        LocalDate monthStart = first;
        while (!monthStart.isAfter(last)) {
            LocalDate monthEnd = earlier(monthStart.withDayOfMonth(monthStart.lengthOfMonth()), last);
            long days = ChronoUnit.DAYS.between(monthStart, monthEnd) + 1;
            weight += days * (MONTH_LENGTHS_LCM.longValueExact() / monthStart.lengthOfMonth());
            monthStart = monthEnd.plusDays(1);
        }
        return price.amount().multiply(BigDecimal.valueOf(weight));
    }

    /**
     * Rounds a scaled amount to kroner and øre: the one place where budget amounts are rounded, with {@link
     * RoundingMode#HALF_EVEN}.
     */
    static BigDecimal toKroner(BigDecimal scaled) {
        return scaled.divide(MONTH_LENGTHS_LCM, 2, RoundingMode.HALF_EVEN);
    }

    /** Returns a budget amount as given by a caller, checked and with scale 2. */
    static BigDecimal budgetAmount(BigDecimal amount, String field) {
        Objects.requireNonNull(amount, field);
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(field + ": expected zero or more DKK, got " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(
                    field + ": expected at most two decimals (øre), got " + amount.toPlainString());
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    static Optional<BigDecimal> sum(Iterable<BigDecimal> amounts) {
        BigDecimal sum = null;
        for (BigDecimal a : amounts) {
            sum = sum == null ? a : sum.add(a);
        }
        return Optional.ofNullable(sum);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String paragraphNumber(String paragraph) {
        int space = paragraph.indexOf(' ');
        return space < 0 ? paragraph : paragraph.substring(0, space);
    }

    private static String paragraphLetter(String paragraph) {
        int space = paragraph.indexOf(' ');
        return space < 0 ? "" : paragraph.substring(space + 1);
    }
}
