package dk.fremdrift.validation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.deadlines.DeadlineStatus;
import dk.fremdrift.model.CaseId;
import dk.fremdrift.model.CaseworkerId;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.PartId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingTest {

    private static final LegalReference BL_136 = LegalReference.of(Law.BARNETS_LOV, "136");
    private static final InForcePeriod BL = InForcePeriod.from(LocalDate.of(2024, 1, 1));
    private static final Acceptance ACCEPTANCE =
            new Acceptance(PartId.of("j1"), CaseworkerId.of("leder-1"), Instant.parse("2026-05-01T08:00:00Z"));

    private static Finding finding(String code, Severity severity, Optional<Acceptance> acceptance) {
        return new Finding(
                CaseId.of("S-1"),
                code,
                severity,
                BL_136,
                BL,
                "Dansk besked.",
                "English message.",
                Optional.of(PartId.of("n1")),
                Optional.of("notifications[0]"),
                Optional.empty(),
                acceptance);
    }

    @Test
    void message_danishOrOtherLocale_danishOrEnglish() {
        Finding f = finding("BL-MGMT-REVIEW", Severity.QUERY, Optional.empty());

        assertThat(f.message(Locale.forLanguageTag("da"))).isEqualTo("Dansk besked.");
        assertThat(f.message(Locale.forLanguageTag("da-DK"))).isEqualTo("Dansk besked.");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("English message.");
        assertThat(f.message(Locale.GERMAN)).isEqualTo("English message.");
    }

    @Test
    void new_acceptedQuery_accepted() {
        Finding f = finding("BL-MGMT-REVIEW", Severity.QUERY, Optional.of(ACCEPTANCE));

        assertThat(f.isAccepted()).isTrue();
        assertThat(f).hasToString("Finding[BL-MGMT-REVIEW, QUERY, case=S-1, part=notifications[0], accepted by j1]");
    }

    @Test
    void new_acceptedErrorOrWarning_rejected() {
        assertThatThrownBy(() -> finding("BL-136-ASSESSMENT-24H", Severity.ERROR, Optional.of(ACCEPTANCE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only a QUERY");
        assertThatThrownBy(() -> finding("BL-GOALS-MEASURABLE", Severity.WARNING, Optional.of(ACCEPTANCE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withAcceptance_ofAnError_rejected() {
        Finding error = finding("BL-136-ASSESSMENT-24H", Severity.ERROR, Optional.empty());

        assertThatThrownBy(() -> error.withAcceptance(ACCEPTANCE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void new_badCodeOrPartWithoutPath_rejected() {
        assertThatThrownBy(() -> finding("bl-mgmt review", Severity.QUERY, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'bl-mgmt review'");
        assertThatThrownBy(() -> new Finding(
                        CaseId.of("S-1"),
                        "BL-MGMT-REVIEW",
                        Severity.QUERY,
                        BL_136,
                        BL,
                        "a",
                        "b",
                        Optional.of(PartId.of("n1")),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a part without a path");
    }

    @Test
    void new_nullOptionals_readAsEmpty() {
        Finding f = new Finding(
                CaseId.of("S-1"), "BL-MGMT-REVIEW", Severity.QUERY, BL_136, BL, "a", "b", null, null, null, null);

        assertThat(f.partId()).isEmpty();
        assertThat(f.path()).isEmpty();
        assertThat(f.deadline()).isEmpty();
        assertThat(f.isAccepted()).isFalse();
        assertThat(f).hasToString("Finding[BL-MGMT-REVIEW, QUERY, case=S-1, part=case]");
    }

    @Test
    void deadlineReference_statusThatIsNoBreach_rejected() {
        assertThatThrownBy(() -> new DeadlineReference(
                        "BL-136-ASSESSMENT-24H",
                        1,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 1, 2),
                        DeadlineStatus.MET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got MET");
        assertThatThrownBy(() -> new DeadlineReference(
                        "BL-136-ASSESSMENT-24H",
                        0,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 1, 2),
                        DeadlineStatus.OVERDUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 0");
    }

    @Test
    void severity_displayName_byLanguage() {
        assertThat(Severity.QUERY.displayName(Locale.forLanguageTag("da"))).isEqualTo("til afklaring");
        assertThat(Severity.ERROR.displayName(Locale.ENGLISH)).isEqualTo("error");
    }
}
