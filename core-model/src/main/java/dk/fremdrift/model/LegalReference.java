package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a provision of Danish law: act, paragraph (§) and optionally subsection (stk.).
 *
 * <p>Rendered the Danish way by {@link #toDanish()}: {@code barnets lov § 20, stk. 3}. The paragraph is a
 * number from 1 to {@value #MAX_PARAGRAPH}, optionally followed by a letter for inserted paragraphs ({@code 155 a}, written with a space; {@code
 * 155a} is accepted and normalised). The period in which a provision is in force is carried beside the
 * reference where it matters (rules, findings, indicators), as an {@link InForcePeriod}.
 *
 * <pre>{@code
 * LegalReference ref = LegalReference.of(Law.BARNETS_LOV, "20", 3);
 * ref.toDanish();                                           // "barnets lov § 20, stk. 3"
 * LegalReference.parse("serviceloven § 155 a").paragraph(); // "155 a"
 * }</pre>
 *
 * @param law the act
 * @param paragraph the paragraph, such as {@code "20"} or {@code "155 a"}
 * @param subsection the subsection (stk.), if the reference is to one
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record LegalReference(Law law, String paragraph, Optional<Integer> subsection) {

    /** The highest paragraph number accepted: no Danish act of the domain has more than a few hundred. */
    public static final int MAX_PARAGRAPH = 999;

    /** The highest subsection (stk.) accepted: provisions rarely have more than a dozen. */
    public static final int MAX_SUBSECTION = 99;

    private static final Pattern PARAGRAPH = Pattern.compile("([1-9][0-9]{0,2}) ?([a-z])?");
    private static final Pattern DANISH =
            Pattern.compile("(.+?) § ([1-9][0-9]{0,2}(?: ?[a-z])?)(?:, stk\\. ([1-9][0-9]?))?");

    /**
     * Checks and normalises the reference.
     *
     * @param law the act
     * @param paragraph the paragraph, such as {@code "20"} or {@code "155 a"}
     * @param subsection the subsection (stk.), if the reference is to one
     * @throws NullPointerException if {@code law} or {@code paragraph} is null
     * @throws IllegalArgumentException if the paragraph is not a number from 1 to {@value #MAX_PARAGRAPH} with an
     *     optional letter, or the subsection is not from 1 to {@value #MAX_SUBSECTION}: bounds that keep an id or a
     *     CPR number put in the wrong field from passing as a reference
     */
    public LegalReference {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(paragraph, "paragraph");
        subsection = Checks.optional(subsection);
        Matcher m = PARAGRAPH.matcher(paragraph);
        if (!m.matches()) {
            throw new IllegalArgumentException("paragraph: expected a number from 1 to " + MAX_PARAGRAPH
                    + " with an optional letter such as '20' or '155 a', got " + Checks.describe(paragraph));
        }
        paragraph = m.group(2) == null ? m.group(1) : m.group(1) + " " + m.group(2);
        subsection.ifPresent(s -> {
            if (s < 1 || s > MAX_SUBSECTION) {
                throw new IllegalArgumentException(
                        "subsection: expected a number from 1 to " + MAX_SUBSECTION + ", got " + Checks.describe(s));
            }
        });
    }

    /**
     * Returns a reference to a whole paragraph.
     *
     * @param law the act
     * @param paragraph the paragraph, such as {@code "20"}
     * @return the reference
     */
    public static LegalReference of(Law law, String paragraph) {
        return new LegalReference(law, paragraph, Optional.empty());
    }

    /**
     * Returns a reference to a subsection of a paragraph.
     *
     * @param law the act
     * @param paragraph the paragraph, such as {@code "20"}
     * @param subsection the subsection (stk.), positive
     * @return the reference
     */
    public static LegalReference of(Law law, String paragraph, int subsection) {
        return new LegalReference(law, paragraph, Optional.of(subsection));
    }

    /**
     * Parses the Danish rendering, {@code <act> § <paragraph>[, stk. <n>]}, where the act is its Danish name or
     * abbreviation in any case ({@code barnets lov}, {@code BL}, {@code serviceloven}, {@code SEL}).
     *
     * @param text the reference; not null
     * @return the reference
     * @throws IllegalArgumentException if the text does not have that form or names an unknown act
     */
    public static LegalReference parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = DANISH.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "legal reference: expected '<act> § <paragraph>[, stk. <n>]' such as 'barnets lov § 20, stk. 3',"
                            + " got " + Checks.describe(text));
        }
        String act = m.group(1).strip().toLowerCase(Locale.ROOT);
        for (Law law : Law.values()) {
            if (law.danishName().equals(act)
                    || law.abbreviation().toLowerCase(Locale.ROOT).equals(act)) {
                return new LegalReference(
                        law,
                        m.group(2),
                        m.group(3) == null ? Optional.empty() : Optional.of(Integer.parseInt(m.group(3))));
            }
        }
        throw new IllegalArgumentException(
                "legal reference: expected an act's Danish name or abbreviation such as 'barnets lov' or 'SEL', got "
                        + Checks.describe(m.group(1)));
    }

    /**
     * Returns the Danish rendering, such as {@code barnets lov § 20, stk. 3}.
     *
     * @return the Danish text
     */
    public String toDanish() {
        // A builder rather than concatenation with Optional.map: every review finding renders its basis twice.
        StringBuilder sb =
                new StringBuilder(40).append(law.danishName()).append(" § ").append(paragraph);
        if (subsection.isPresent()) {
            sb.append(", stk. ").append(subsection.get().intValue());
        }
        return sb.toString();
    }

    /**
     * Returns an English rendering, such as {@code Children's Act (barnets lov) section 20(3)}.
     *
     * @return the English text
     */
    public String toEnglish() {
        StringBuilder sb = new StringBuilder(64)
                .append(law.englishName())
                .append(" section ")
                .append(paragraph);
        if (subsection.isPresent()) {
            sb.append('(').append(subsection.get().intValue()).append(')');
        }
        return sb.toString();
    }

    /** Returns the Danish rendering, {@link #toDanish()}. */
    @Override
    public String toString() {
        return toDanish();
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(LegalReference.class, name);
    }
}
