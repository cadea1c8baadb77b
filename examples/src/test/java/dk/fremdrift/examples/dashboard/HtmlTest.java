package dk.fremdrift.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("plain æøå §", "plain æøå §", "plain æøå §"),
                Arguments.of("<script>", "&lt;script&gt;", "&lt;script&gt;"),
                Arguments.of("a & b", "a &amp; b", "a &amp; b"),
                Arguments.of("\"quoted\" 'single'", "\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"),
                Arguments.of("line\nbreak", "line\nbreak", "line break"),
                Arguments.of("nul\u0000bell\u0007", "nul\ufffdbell\ufffd", "nul\ufffdbell\ufffd"),
                Arguments.of("&amp;", "&amp;amp;", "&amp;amp;"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void text_and_attr_escapeWhatTheirContextNeeds(String raw, String asText, String asAttribute) {
        assertThat(Html.text(raw)).isEqualTo(asText);
        assertThat(Html.attr(raw)).isEqualTo(asAttribute);
    }
}
