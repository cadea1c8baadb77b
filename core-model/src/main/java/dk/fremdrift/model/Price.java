package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The price of an intervention in Danish kroner, per day, per month or one-off, for the budget commitment
 * (dispositionsregnskab).
 *
 * @param amount the amount in DKK, zero or more, with at most two decimals (øre)
 * @param unit what the amount is per
 */
@JsonPropertyOrder({"amount", "unit"})
public record Price(BigDecimal amount, PriceUnit unit) {

    /**
     * Checks the price.
     *
     * @param amount the amount in DKK, zero or more, with at most two decimals (øre)
     * @param unit what the amount is per
     * @throws NullPointerException if {@code amount} or {@code unit} is null
     * @throws IllegalArgumentException if the amount is negative or has more than two decimals
     */
    public Price {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount: expected zero or more DKK, got a negative amount");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("amount: expected at most two decimals (øre), got more");
        }
    }

    /**
     * Returns a price.
     *
     * @param amount the amount in DKK, such as {@code "2450.00"}
     * @param unit what it is per
     * @return the price
     */
    public static Price of(String amount, PriceUnit unit) {
        return new Price(new BigDecimal(Objects.requireNonNull(amount, "amount")), unit);
    }

    /**
     * Returns a price per day.
     *
     * @param amount the amount in DKK per calendar day
     * @return the price
     */
    public static Price perDay(BigDecimal amount) {
        return new Price(amount, PriceUnit.PER_DAY);
    }

    /**
     * Returns a price per month.
     *
     * @param amount the amount in DKK per calendar month
     * @return the price
     */
    public static Price perMonth(BigDecimal amount) {
        return new Price(amount, PriceUnit.PER_MONTH);
    }

    /**
     * Returns a one-off price.
     *
     * @param amount the amount in DKK
     * @return the price
     */
    public static Price oneOff(BigDecimal amount) {
        return new Price(amount, PriceUnit.ONE_OFF);
    }

    /**
     * Compares by value: {@code 2450} equals {@code 2450.00}.
     *
     * @param obj the other object
     * @return true if the amounts are numerically equal and the units the same
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Price other && amount.compareTo(other.amount) == 0 && unit == other.unit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), unit);
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(Price.class, name);
    }
}
