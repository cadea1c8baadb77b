package dk.fremdrift.validation.review.rules;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.ReviewFixtures;
import java.util.List;

/** The codes of a review's findings, for tests that look across rules. */
final class ReviewFixturesCodes {

    private ReviewFixturesCodes() {}

    static List<String> codes(ChildCase c, String asOfDate) {
        return ReviewFixtures.REVIEW.review(c, ReviewFixtures.noon(asOfDate)).findings().stream()
                .map(Finding::code)
                .toList();
    }
}
