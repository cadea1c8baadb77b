package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A journal-plan number of KL's emnesystematik (KLE), the subject classification every municipal case system
 * files by, checked for form only.
 *
 * <p>The form is {@code NN.NN.NN} (hovedgruppe, gruppe, emne; a number at group level ends in {@code .00}),
 * optionally followed by a handling facet (handlingsfacet): one capital letter and two digits, written with or
 * without a hyphen ({@code 27.24.00-G01} or {@code 27.24.00G01}). The canonical form, {@link #format()}, has the
 * hyphen. Child-welfare main cases are commonly filed under {@code 27.24.00} with facet {@code G01}.
 *
 * <p>The KLE tables are licensed by KL and not bundled: a number of the right form is accepted whether or not
 * it exists in the current KLE edition.
 *
 * <pre>{@code
 * KleNumber kle = KleNumber.parse("27.24.00-G01");
 * kle.mainGroup();   // 27
 * kle.facet();       // Optional[G01]
 * }</pre>
 */
public final class KleNumber implements Comparable<KleNumber> {

    private final int mainGroup;
    private final int group;
    private final int topic;
    private final String facet;

    private KleNumber(int mainGroup, int group, int topic, String facet) {
        this.mainGroup = mainGroup;
        this.group = group;
        this.topic = topic;
        this.facet = facet;
    }

    /**
     * Parses a KLE number {@code NN.NN.NN} with an optional facet such as {@code -G01} or {@code G01}.
     *
     * @param text the number; not null
     * @return the KLE number
     * @throws IllegalArgumentException if the text does not have that form
     */
    @JsonCreator
    public static KleNumber parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        KleNumber k = tryParse(text);
        if (k == null) {
            throw new IllegalArgumentException(
                    "KLE number: expected NN.NN.NN with an optional facet such as -G01, got " + Checks.describe(text));
        }
        return k;
    }

    /**
     * Tells whether a text is a KLE number by the rules of {@link #parse(CharSequence)}.
     *
     * @param text the text; null is not valid
     * @return true if {@link #parse(CharSequence)} would accept it
     */
    public static boolean isValid(CharSequence text) {
        return text != null && tryParse(text) != null;
    }

    private static KleNumber tryParse(CharSequence s) {
        int n = s.length();
        if (n != 8 && n != 11 && n != 12) {
            return null;
        }
        if (!digits(s, 0) || s.charAt(2) != '.' || !digits(s, 3) || s.charAt(5) != '.' || !digits(s, 6)) {
            return null;
        }
        String facet = null;
        if (n > 8) {
            int at = 8;
            if (n == 12) {
                if (s.charAt(8) != '-') {
                    return null;
                }
                at = 9;
            }
            char letter = s.charAt(at);
            if (letter < 'A' || letter > 'Z' || !digits(s, at + 1)) {
                return null;
            }
            facet = s.subSequence(at, at + 3).toString();
        }
        return new KleNumber(two(s, 0), two(s, 3), two(s, 6), facet);
    }

    private static boolean digits(CharSequence s, int at) {
        return Character.isDigit(s.charAt(at))
                && s.charAt(at) <= '9'
                && Character.isDigit(s.charAt(at + 1))
                && s.charAt(at + 1) <= '9';
    }

    private static int two(CharSequence s, int at) {
        return (s.charAt(at) - '0') * 10 + (s.charAt(at + 1) - '0');
    }

    /**
     * Returns the main group (hovedgruppe), the first two digits.
     *
     * @return 0 to 99
     */
    public int mainGroup() {
        return mainGroup;
    }

    /**
     * Returns the group (gruppe), the middle two digits.
     *
     * @return 0 to 99
     */
    public int group() {
        return group;
    }

    /**
     * Returns the topic (emne), the last two digits; 0 for a number at group level.
     *
     * @return 0 to 99
     */
    public int topic() {
        return topic;
    }

    /**
     * Tells whether this number is at group level (its topic is {@code 00}).
     *
     * @return true for {@code NN.NN.00}
     */
    public boolean isGroupLevel() {
        return topic == 0;
    }

    /**
     * Returns the handling facet, such as {@code G01}, if there is one.
     *
     * @return the facet
     */
    public Optional<String> facet() {
        return Optional.ofNullable(facet);
    }

    /**
     * Returns the canonical form, {@code NN.NN.NN} or {@code NN.NN.NN-X00}.
     *
     * @return the formatted number
     */
    @JsonValue
    public String format() {
        String base = String.format("%02d.%02d.%02d", mainGroup, group, topic);
        return facet == null ? base : base + "-" + facet;
    }

    @Override
    public int compareTo(KleNumber other) {
        return format().compareTo(other.format());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof KleNumber other
                && mainGroup == other.mainGroup
                && group == other.group
                && topic == other.topic
                && Objects.equals(facet, other.facet);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mainGroup, group, topic, facet);
    }

    /** Returns {@code KLE 27.24.00-G01}. */
    @Override
    public String toString() {
        return "KLE " + format();
    }
}
