package dk.fremdrift.validation.review;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.deadlines.Duty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

    private static final RuleCatalogue CATALOGUE = RuleCatalogue.statutory();

    @Test
    void catalogueFile_matchesTheCode() throws IOException {
        Path file = Path.of("REVIEW-RULES.md");
        String expected = "# Case review rule catalogue\n\n"
                + "Generated from `RuleCatalogue.statutory()` by `RuleCatalogueTest`; do not edit by hand. Each event"
                + " of a case is judged by the pack in force on its trigger date: serviceloven's pack from 2011-01-01"
                + " to 2023-12-31, barnets lov's from 2024-01-01. Timeliness rules report the deadline engine's"
                + " evaluations (see `deadlines/RULES.md`); their findings cite the engine's rule. Only a query can be"
                + " accepted by a justification recorded on the case. A deadline the engine cannot tell because a legal"
                + " fact is not recorded in the case is a query (`SEL-DEADLINE-UNDETERMINED`, `BL-DEADLINE-UNDETERMINED`),"
                + " never a guess. A conversation with the child that names no decision counts for it within a lookback"
                + " that is a setting of the review (`CaseReview.withConversationLookback`, 3 months by default), not a"
                + " period of the law.\n\n"
                + "Codes: the law's abbreviation, the paragraph the rule enforces (left out for rules of good"
                + " practice), a short name.\n\n"
                + "## English\n\n" + CATALOGUE.toMarkdown(Locale.ENGLISH) + "## Dansk\n\n"
                + CATALOGUE.toMarkdown(Locale.forLanguageTag("da"));
        if (Boolean.getBoolean("fremdrift.updateDocs")) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(file))
                .as("validation/REVIEW-RULES.md is missing; run the tests with -Dfremdrift.updateDocs=true")
                .isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("validation/REVIEW-RULES.md is out of date; run the tests with -Dfremdrift.updateDocs=true")
                .isEqualTo(expected);
    }

    @Test
    void rules_eachCodeOnceInPackOrder() {
        List<String> codes =
                CATALOGUE.rules().stream().map(RuleDescriptor::code).toList();

        assertThat(codes)
                .doesNotHaveDuplicates()
                .startsWith("SEL-155-ASSESSMENT-24H")
                .endsWith("BL-DEADLINE-UNDETERMINED");
        assertThat(codes).containsOnlyOnce("RSL-66-COMPLAINT-REASSESSMENT", "RSL-3-LOCAL-DEADLINE");
        assertThat(CATALOGUE.rules())
                .hasSize(RulePack.serviceloven().rules().size()
                        + RulePack.barnetsLov().rules().size()
                        - 3);
    }

    @Test
    void toMarkdown_english_tablePerPackAndTheChanges() {
        String md = CATALOGUE.toMarkdown(Locale.ENGLISH);

        assertThat(md)
                .contains("### SEL: Social Services Act (serviceloven) (events 2011-01-01 to 2023-12-31)")
                .contains("### BL: Children's Act (barnets lov) (events from 2024-01-01)")
                .contains("| `BL-MGMT-REVIEW` | query | Management review of a case with a serious notification |"
                        + " barnets lov § 136 | from 2024-01-01 |")
                .contains("| changed | NOTIFICATION_ASSESSMENT | `BL-136-ASSESSMENT-24H` | `SEL-155-ASSESSMENT-24H` |")
                .contains("| added | YOUTH_PLAN | `BL-108-YOUTH-PLAN` |  |");
    }

    @Test
    void toMarkdown_danish_danishHeadingsAndSeverities() {
        String md = CATALOGUE.toMarkdown(Locale.forLanguageTag("da"));

        assertThat(md)
                .contains("| kode | alvor | titel | hjemmel | i kraft | beskeder | note |")
                .contains("(hændelser fra 1. januar 2024)")
                .contains("| `BL-GOALS-MEASURABLE` | advarsel | Målene er målbare |")
                .contains("| tilføjet | DECISION_BEFORE_ADULTHOOD | `BL-111-DECISION-BEFORE-18` |  |");
    }

    @Test
    void find_knownAndUnknownCodes() {
        assertThat(CATALOGUE.find("BL-20-INVESTIGATION-4M"))
                .hasValueSatisfying(d -> assertThat(d.deadlineDuties()).contains(Duty.INVESTIGATION));
        assertThat(CATALOGUE.find("BL-NOPE")).isEmpty();
        assertThat(RuleCatalogue.of(List.of(RulePack.barnetsLov())).rules())
                .isEqualTo(RulePack.barnetsLov().rules());
    }
}
