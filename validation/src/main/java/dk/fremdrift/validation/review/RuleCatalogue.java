package dk.fremdrift.validation.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue of the case review's rules, exported from the code: the descriptors of every rule of a list of
 * packs, as data for JSON and as Markdown tables.
 *
 * <p>{@link #rules()} lists each rule once, in pack order and then in the order of its pack; a rule that two
 * packs share (retssikkerhedsloven, offentlighedsloven) appears once. The descriptors carry Jackson annotations
 * only, so a vendor writes the list with their own mapper (Jackson 2 with the JDK 8 and Java time modules, or
 * Jackson 3):
 *
 * <pre>{@code
 * RuleCatalogue catalogue = RuleCatalogue.statutory();
 * String json = new ObjectMapper().findAndRegisterModules().writeValueAsString(catalogue.rules());
 * String table = catalogue.toMarkdown(Locale.forLanguageTag("da"));
 * }</pre>
 *
 * <p>The file {@code validation/REVIEW-RULES.md} of the project is generated from {@link #statutory()}.
 * Catalogues are immutable and thread-safe.
 */
public final class RuleCatalogue {

    private static final RuleCatalogue STATUTORY = new RuleCatalogue(RulePack.statutory());

    private final List<RulePack> packs;
    private final List<RuleDescriptor> rules;

    private RuleCatalogue(List<RulePack> packs) {
        this.packs = List.copyOf(packs);
        Map<String, RuleDescriptor> byCode = new LinkedHashMap<>();
        for (RulePack pack : this.packs) {
            for (RuleDescriptor d : pack.rules()) {
                RuleDescriptor other = byCode.putIfAbsent(d.code(), d);
                if (other != null && !other.equals(d)) {
                    throw new IllegalArgumentException("packs: rule " + d.code()
                            + " is described differently in two packs; expected one code per description");
                }
            }
        }
        this.rules = List.copyOf(byCode.values());
    }

    /**
     * Returns the catalogue of the statutory packs, {@link RulePack#statutory()}.
     *
     * @return the catalogue
     */
    public static RuleCatalogue statutory() {
        return STATUTORY;
    }

    /**
     * Returns the catalogue of the given packs.
     *
     * @param packs the packs, in date order
     * @return the catalogue
     * @throws IllegalArgumentException if two packs describe one code differently
     */
    public static RuleCatalogue of(List<RulePack> packs) {
        Objects.requireNonNull(packs, "packs");
        return new RuleCatalogue(packs);
    }

    /**
     * Returns the packs of the catalogue.
     *
     * @return the packs, in date order
     */
    public List<RulePack> packs() {
        return packs;
    }

    /**
     * Returns every rule once, in pack order and then in the order of its pack.
     *
     * @return the descriptors
     */
    public List<RuleDescriptor> rules() {
        return rules;
    }

    /**
     * Finds a rule by its code.
     *
     * @param code the code
     * @return the descriptor, or empty if no pack has a rule with that code
     */
    public Optional<RuleDescriptor> find(String code) {
        Objects.requireNonNull(code, "code");
        return rules.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /**
     * Returns the catalogue as Markdown in the locale's language (Danish for a Danish locale, English otherwise):
     * for each pack a heading, a table of its rules, and a table of what it changes against the pack before.
     *
     * @param locale the language
     * @return the Markdown text, ending with a newline
     */
    public String toMarkdown(Locale locale) {
        boolean da = RuleDescriptor.isDanish(locale);
        StringBuilder md = new StringBuilder();
        for (RulePack pack : packs) {
            md.append("### ")
                    .append(pack.id())
                    .append(": ")
                    .append(pack.name(locale))
                    .append(" (")
                    .append(da ? "hændelser " + pack.inForce().toDanish() : "events " + pack.inForce())
                    .append(")\n\n");
            md.append(
                            da
                                    ? "| kode | alvor | titel | hjemmel | i kraft | beskeder | note |\n"
                                    : "| code | severity | title | legal basis | in force | messages | note |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            for (RuleDescriptor d : pack.rules()) {
                md.append("| `")
                        .append(d.code())
                        .append("` | ")
                        .append(d.severity().displayName(locale))
                        .append(" | ")
                        .append(cell(d.title(locale)))
                        .append(" | ")
                        .append(cell(d.legalBasis().toDanish()))
                        .append(" | ")
                        .append(cell(da ? d.inForce().toDanish() : d.inForce().toString()))
                        .append(" | ")
                        .append(cell(String.join(" / ", d.messages(locale))))
                        .append(" | ")
                        .append(cell(d.note().orElse("")))
                        .append(" |\n");
            }
            md.append('\n');
            if (pack.previousId().isPresent()) {
                String previous = pack.previousId().get();
                if (pack.changes().isEmpty()) {
                    md.append(da ? "Ingen ændringer i forhold til " : "No changes against ")
                            .append(previous)
                            .append(".\n\n");
                } else {
                    md.append(da ? "Ændringer i forhold til " : "Changes against ")
                            .append(previous)
                            .append(":\n\n");
                    md.append(
                                    da
                                            ? "| ændring | emne | kode | tidligere kode |\n"
                                            : "| change | concept | code | previous code |\n")
                            .append("|---|---|---|---|\n");
                    for (PackChange c : pack.changes()) {
                        md.append("| ")
                                .append(changeName(c.kind(), da))
                                .append(" | ")
                                .append(c.concept())
                                .append(" | ")
                                .append(c.code().map(s -> "`" + s + "`").orElse(""))
                                .append(" | ")
                                .append(c.previousCode().map(s -> "`" + s + "`").orElse(""))
                                .append(" |\n");
                    }
                    md.append('\n');
                }
            }
        }
        return md.toString();
    }

    private static String changeName(ChangeKind kind, boolean da) {
        if (!da) {
            return kind.name().toLowerCase(Locale.ROOT);
        }
        return switch (kind) {
            case ADDED -> "tilføjet";
            case CHANGED -> "ændret";
            case REMOVED -> "fjernet";
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /** Returns the packs and the number of rules. */
    @Override
    public String toString() {
        List<String> ids = new ArrayList<>();
        for (RulePack p : packs) {
            ids.add(p.id());
        }
        return "RuleCatalogue[packs=" + ids + ", " + rules.size() + " rules]";
    }
}
