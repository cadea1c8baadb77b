package dk.fremdrift.testing.conformance;

import java.util.Objects;
import java.util.Optional;

/**
 * A legal citation as a vector states it: the law, the paragraph and, where the vector names one, the subsection.
 *
 * <p>An implementation's citation matches when law and paragraph are equal and, where both name a subsection, the
 * subsections are equal: a citation of the whole paragraph is accepted for a deadline the vector cites by subsection.
 *
 * @param law the law, as the case format names it, such as {@code BARNETS_LOV}
 * @param paragraph the paragraph, such as {@code 20} or {@code 155 b}
 * @param subsection the subsection (stk.), if the vector names one
 */
public record Citation(String law, String paragraph, Optional<Integer> subsection) {

    /**
     * Checks the components.
     *
     * @param law the law, as the case format names it, such as {@code BARNETS_LOV}
     * @param paragraph the paragraph, such as {@code 20} or {@code 155 b}
     * @param subsection the subsection (stk.), if the vector names one
     * @throws NullPointerException if a component is null
     */
    public Citation {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(subsection, "subsection");
    }

    /**
     * Tells whether an implementation's citation matches this one.
     *
     * @param otherLaw the implementation's law
     * @param otherParagraph the implementation's paragraph
     * @param otherSubsection the implementation's subsection, if any
     * @return true if they match
     */
    public boolean matches(String otherLaw, String otherParagraph, Optional<Integer> otherSubsection) {
        return law.equals(otherLaw)
                && paragraph.equals(otherParagraph)
                && (subsection.isEmpty() || otherSubsection.isEmpty() || subsection.equals(otherSubsection));
    }

    @Override
    public String toString() {
        return law + " § " + paragraph + subsection.map(s -> ", stk. " + s).orElse("");
    }
}
