package dk.fremdrift.metrics;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalogue of indicators, exported from the code: their definitions as data for JSON and as Markdown, in
 * Danish or English.
 *
 * <p>The definitions carry Jackson annotations only, so a vendor writes the catalogue with their own mapper
 * (Jackson 2 with the JDK 8 and Java time modules, or Jackson 3), the same objects a report's {@code definitions}
 * hold:
 *
 * <pre>{@code
 * IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
 * String json = new ObjectMapper().findAndRegisterModules().writeValueAsString(catalogue.definitions());
 * String text = catalogue.toMarkdown(Locale.forLanguageTag("da"));
 * }</pre>
 *
 * <p>The files {@code metrics/INDICATORS.md} and {@code metrics/indicators.json} of the project are generated from
 * {@link #standard()}. Catalogues are immutable and thread-safe.
 */
public final class IndicatorCatalogue {

    private final List<IndicatorDefinition> definitions;

    private IndicatorCatalogue(List<IndicatorDefinition> definitions) {
        this.definitions = List.copyOf(definitions);
        Set<String> ids = new HashSet<>();
        for (IndicatorDefinition d : this.definitions) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException(
                        "definitions: indicator " + d.id() + " is defined twice; expected each id once");
            }
        }
    }

    /**
     * Returns the catalogue of the standard indicators with the default settings, {@link Indicators#standard()}.
     *
     * @return the catalogue
     */
    public static IndicatorCatalogue standard() {
        return new IndicatorCatalogue(Indicators.standard());
    }

    /**
     * Returns the catalogue of the given definitions, for example {@link Indicators#standard(MetricsConfig)} with a
     * municipality's own settings.
     *
     * @param definitions the definitions, in the order a report shows them
     * @return the catalogue
     * @throws IllegalArgumentException if two definitions have one id
     */
    public static IndicatorCatalogue of(List<IndicatorDefinition> definitions) {
        Objects.requireNonNull(definitions, "definitions");
        return new IndicatorCatalogue(definitions);
    }

    /**
     * Returns the definitions, in the order a report shows them.
     *
     * @return the definitions
     */
    public List<IndicatorDefinition> definitions() {
        return definitions;
    }

    /**
     * Finds a definition by its id.
     *
     * @param id the id
     * @return the definition, or empty if the catalogue has none with that id
     */
    public Optional<IndicatorDefinition> find(String id) {
        Objects.requireNonNull(id, "id");
        return definitions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * Returns the catalogue as Markdown in the locale's language (Danish for a Danish locale, English otherwise): an
     * overview table of every indicator, then a section per indicator with its whole definition.
     *
     * @param locale the language
     * @return the Markdown text, ending with a newline
     */
    public String toMarkdown(Locale locale) {
        boolean da = "da".equals(Objects.requireNonNull(locale, "locale").getLanguage());
        StringBuilder md = new StringBuilder();
        md.append(
                        da
                                ? "| id | art | navn | hjemmel | gælder hændelser | mål |\n"
                                : "| id | kind | name | legal basis | applies to events | target |\n")
                .append("|---|---|---|---|---|---|\n");
        for (IndicatorDefinition d : definitions) {
            md.append("| `")
                    .append(d.id())
                    .append("` | ")
                    .append(da ? d.kind().danishName() : d.kind().englishName())
                    .append(" | ")
                    .append(cell(text(d.name(), da)))
                    .append(" | ")
                    .append(cell(basis(d, da)))
                    .append(" | ")
                    .append(da ? d.applies().toDanish() : d.applies().toString())
                    .append(" | ")
                    .append(d.target().map(IndicatorCatalogue::number).orElse(""))
                    .append(" |\n");
        }
        for (IndicatorDefinition d : definitions) {
            md.append("\n#### `")
                    .append(d.id())
                    .append("`: ")
                    .append(text(d.name(), da))
                    .append("\n\n")
                    .append(text(d.description(), da))
                    .append("\n\n");
            item(md, da ? "Hjemmel" : "Legal basis", basis(d, da));
            item(
                    md,
                    da ? "Gælder hændelser" : "Applies to events",
                    da ? d.applies().toDanish() : d.applies().toString());
            item(md, da ? "Population" : "Population", text(d.population(), da));
            item(md, da ? "Tæller" : "Numerator", text(d.numerator(), da));
            item(md, da ? "Udeladt" : "Exclusions", text(d.exclusions(), da));
            item(md, da ? "Censurering" : "Censoring", text(d.censoring(), da));
            d.target().ifPresent(t -> item(md, da ? "Mål" : "Target", number(t)));
            d.nationalReference()
                    .ifPresent(r -> item(
                            md,
                            da ? "Landstal" : "National reference",
                            number(r.value()) + " (" + r.period() + ", " + text(r.source(), da) + ")"));
            item(
                    md,
                    da ? "Opdelinger" : "Breakdowns",
                    d.dimensions().isEmpty()
                            ? (da ? "ingen" : "none")
                            : d.dimensions().stream()
                                    .map(x -> da ? x.danishName() : x.englishName())
                                    .collect(Collectors.joining(", ")));
            if (!d.categories().isEmpty()) {
                item(md, da ? "Kategorier" : "Categories", String.join(", ", d.categories()));
            }
        }
        return md.toString();
    }

    private static void item(StringBuilder md, String label, String value) {
        md.append("- **").append(label).append("**: ").append(value).append('\n');
    }

    private static String basis(IndicatorDefinition d, boolean da) {
        if (d.legalBasis().isEmpty()) {
            return da ? "ingen" : "none";
        }
        return d.legalBasis().stream().map(b -> da ? b.textDa() : b.textEn()).collect(Collectors.joining("; "));
    }

    private static String text(LocalizedText text, boolean da) {
        return da ? text.da() : text.en();
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
