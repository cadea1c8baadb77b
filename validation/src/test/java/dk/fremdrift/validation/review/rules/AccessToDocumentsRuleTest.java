package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.AccessRequest;
import dk.fremdrift.model.ChildCase;
import org.junit.jupiter.api.Test;

class AccessToDocumentsRuleTest {

    private static final String CODE = "OFL-36-ACCESS-TO-DOCUMENTS";

    // Received Monday 2026-03-02: 7 working days, due Wednesday 2026-03-11.
    private static ChildCase request(String answered) {
        AccessRequest r = AccessRequest.of(id("a1"), date("2026-03-02"));
        return aCase(date("2026-01-01"))
                .addAccessRequest(answered == null ? r : r.withAnswered(date(answered)))
                .build();
    }

    @Test
    void check_answeredTwoDaysLate_error() {
        assertThat(findings(request("2026-03-13"), "2026-04-01", CODE))
                .singleElement()
                .satisfies(f -> assertThat(f.messageDa())
                        .isEqualTo("Svaret på anmodningen om aktindsigt (accessRequests[0]) blev givet 2026-03-13, 2"
                                + " dage efter fristen 2026-03-11 (offentlighedsloven § 36)."));
    }

    @Test
    void check_notAnsweredButNotYetDue_noFinding() {
        assertThat(findings(request(null), "2026-03-10", CODE)).isEmpty();
    }

    @Test
    void check_answeredOnTheDueDate_noFinding() {
        assertThat(findings(request("2026-03-11"), "2026-04-01", CODE)).isEmpty();
    }
}
