package dk.fremdrift.validation.review.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A parsed {@link Messages.Template} renders exactly what the character-by-character reading of the template gave
 * before templates were parsed once, errors included, on random templates with unbalanced and nested braces.
 */
class MessagesTemplateProperties {

    private static final String[] PIECES = {"{", "}", "a", "b", "ø", " ", "{a}", "{b}", "{missing}", "§ 20"};

    static LongStream seeds() {
        return LongStream.range(0, 20).map(i -> 0x7E3DL * 31 + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void render_randomTemplates_sameAsReadingCharByChar(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, String> values = new HashMap<>();
        values.put("a", "A-value");
        values.put("b", "{a}");
        values.put("a{b", "nested");
        values.put("", "empty");
        for (int i = 0; i < 2_000; i++) {
            StringBuilder template = new StringBuilder();
            int pieces = random.nextInt(0, 10);
            for (int j = 0; j < pieces; j++) {
                template.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String t = template.toString();
            assertThat(answer(() -> Messages.Template.parse(t).render(values)))
                    .as("'%s' (seed %d)", t, seed)
                    .isEqualTo(answer(() -> charByChar(t, values)));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void renderValues_randomTemplates_sameAsRenderingTheLanguagesMap(long seed) {
        // The rendering from Values sizes its builder first; it must give what the rendering it replaced gave, which
        // read each language's values through the same loop as render(Map).
        SplittableRandom random = new SplittableRandom(seed);
        Values values =
                Values.of().put("a", "A-dansk", "A-english").put("b", "{a}").put("", "tom", "empty");
        Map<String, String> danish = Map.of("a", "A-dansk", "b", "{a}", "", "tom");
        Map<String, String> english = Map.of("a", "A-english", "b", "{a}", "", "empty");
        for (int i = 0; i < 2_000; i++) {
            StringBuilder template = new StringBuilder();
            int pieces = random.nextInt(0, 10);
            for (int j = 0; j < pieces; j++) {
                template.append(PIECES[random.nextInt(PIECES.length)]);
            }
            Messages.Template t = Messages.Template.parse(template.toString());
            assertThat(answer(() -> t.render(values, true)))
                    .as("'%s' (seed %d)", template, seed)
                    .isEqualTo(answer(() -> t.render(danish)));
            assertThat(answer(() -> t.render(values, false)))
                    .as("'%s' (seed %d)", template, seed)
                    .isEqualTo(answer(() -> t.render(english)));
        }
    }

    /** The reading of a template before templates were parsed once. */
    private static String charByChar(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char ch = template.charAt(i);
            int close = ch == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(ch);
                i++;
                continue;
            }
            String key = template.substring(i + 1, close);
            String value = values.get(key);
            if (value == null) {
                throw new IllegalStateException("template placeholder {" + key + "} has no value in " + template);
            }
            out.append(value);
            i = close + 1;
        }
        return out.toString();
    }

    /** The text, or the exception's class and message. */
    private static String answer(java.util.function.Supplier<String> s) {
        try {
            return "ok: " + s.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
