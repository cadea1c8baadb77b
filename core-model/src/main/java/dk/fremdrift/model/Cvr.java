package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A Danish business registration number (CVR-nummer), valid by construction: eight digits whose weighted sum
 * (weights 2,7,6,5,4,3,2,1) is divisible by 11.
 *
 * <p>Used for the providers of interventions. Do not use it for production-unit numbers (P-numre): those have
 * no check digit.
 *
 * <pre>{@code
 * Cvr cvr = Cvr.parse("29189846");
 * }</pre>
 */
public final class Cvr implements Comparable<Cvr> {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    private final String digits;

    private Cvr(String digits) {
        this.digits = digits;
    }

    /**
     * Parses a CVR number of exactly eight digits.
     *
     * @param text the number; not null
     * @return the CVR number
     * @throws IllegalArgumentException if the text is not eight digits or fails the modulus-11 check
     */
    @JsonCreator
    public static Cvr parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException("CVR number: " + problem + ", got " + Checks.describe(text));
        }
        return new Cvr(text.toString());
    }

    /**
     * Tells whether a text is a valid CVR number by the rules of {@link #parse(CharSequence)}.
     *
     * @param text the text; null is not valid
     * @return true if {@link #parse(CharSequence)} would accept it
     */
    public static boolean isValid(CharSequence text) {
        return text != null && problem(text) == null;
    }

    private static String problem(CharSequence text) {
        if (text.length() != 8) {
            return "expected 8 digits";
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return "expected 8 digits";
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return sum % 11 == 0 ? null : "expected a weighted digit sum divisible by 11 (modulus 11)";
    }

    /**
     * Returns the eight digits.
     *
     * @return the number as text
     */
    @JsonValue
    public String format() {
        return digits;
    }

    @Override
    public int compareTo(Cvr other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Cvr other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Returns {@code CVR 29189846}: a business number is not personal data. */
    @Override
    public String toString() {
        return "CVR " + digits;
    }
}
