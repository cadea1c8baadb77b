package dk.fremdrift.validation.review.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StatutoryReviewRulesTest {

    static Stream<ReviewRule> allRules() {
        List<ReviewRule> all = new ArrayList<>(StatutoryReviewRules.serviceloven());
        all.addAll(StatutoryReviewRules.barnetsLov());
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allRules")
    void rule_hasItsOwnTestClass(ReviewRule rule) {
        String test = rule.getClass().getName() + "Test";

        assertThat(StatutoryReviewRulesTest.class.getClassLoader().getResource(test.replace('.', '/') + ".class"))
                .as("the rule %s needs its own test class %s", rule.descriptor().code(), test)
                .isNotNull();
    }

    @Test
    void packs_oneClassPerConceptAndEveryClassInBothOrOneOnly() {
        assertThat(StatutoryReviewRules.serviceloven())
                .extracting(r -> r.getClass())
                .doesNotHaveDuplicates();
        assertThat(StatutoryReviewRules.barnetsLov())
                .extracting(r -> r.getClass())
                .doesNotHaveDuplicates();
        // Every serviceloven rule has a barnets lov counterpart, but the query about a visit's omitted conversation:
        // barnets lov § 156, stk. 5, allows no omission.
        assertThat(StatutoryReviewRules.barnetsLov())
                .extracting(r -> r.getClass().getSimpleName())
                .containsAll(StatutoryReviewRules.serviceloven().stream()
                        .map(r -> r.getClass().getSimpleName())
                        .filter(name -> !name.equals("VisitConversationOmittedRule"))
                        .toList());
    }

    /** The packs are made once, when RulePack loads; the lists built afresh are theirs, rule by rule, in order. */
    @Test
    void servicelovenAndBarnetsLov_builtAfresh_theRulesOfTheirPacks() {
        assertThat(StatutoryReviewRules.serviceloven())
                .extracting(ReviewRule::descriptor)
                .containsExactlyElementsOf(
                        dk.fremdrift.validation.review.RulePack.serviceloven().rules())
                .isNotEmpty();
        assertThat(StatutoryReviewRules.barnetsLov())
                .extracting(ReviewRule::descriptor)
                .containsExactlyElementsOf(
                        dk.fremdrift.validation.review.RulePack.barnetsLov().rules())
                .isNotEmpty();
    }

    @Test
    void messages_durationsAndDays_danishAndEnglishWords() {
        assertThat(Messages.duration(java.time.Duration.ofMinutes(65), true)).isEqualTo("1 time og 5 minutter");
        assertThat(Messages.duration(java.time.Duration.ofSeconds(1), false)).isEqualTo("1 minute");
        assertThat(Messages.duration(java.time.Duration.ofHours(49).plusMinutes(2), false))
                .isEqualTo("2 days, 1 hour and 2 minutes");
        assertThat(Messages.duration(java.time.Duration.ofHours(48), true)).isEqualTo("2 dage");
        assertThat(Messages.days(1, true)).isEqualTo("1 dag");
        assertThat(Messages.days(0, false)).isEqualTo("0 days");
        assertThat(Messages.placeholders("{a} and {b}")).containsExactly("a", "b");
    }

    @Test
    void render_missingPlaceholder_failsLoudly() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Messages.render("x {missing}", java.util.Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("{missing}");
    }
}
