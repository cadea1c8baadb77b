package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.id;
import static dk.fremdrift.validation.review.ReviewFixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.validation.review.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NotifierReceiptRuleTest {

    private static final String BL = "BL-135-NOTIFIER-RECEIPT";

    // Received Monday 2026-03-02: 6 working days, the receipt day not counted, end Tuesday 2026-03-10.
    private static ChildCase receipt(NotifierKind kind, String sent) {
        Notification n = Notification.of(id("n1"), local("2026-03-02T10:00"), kind);
        return aCase(LocalDate.of(2026, 3, 2))
                .addNotification(sent == null ? n : n.withReceiptSent(local(sent)))
                .build();
    }

    @Test
    void check_receiptADayLate_error() {
        assertThat(findings(receipt(NotifierKind.PROFESSIONAL, "2026-03-11T09:00"), "2026-04-01", BL))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.messageDa())
                            .isEqualTo("Kvitteringen til fagpersonen for underretningen (notifications[0]) blev sendt"
                                    + " 2026-03-11, 1 dag efter fristen 2026-03-10 (barnets lov § 135).");
                    assertThat(f.messageEn())
                            .isEqualTo("The receipt to the professional notifier for the notification"
                                    + " (notifications[0]) was sent on 2026-03-11, 1 day after the deadline 2026-03-10"
                                    + " (Children's Act (barnets lov) section 135).");
                });
    }

    @Test
    void check_citizenNotifierWithoutReceipt_noFinding() {
        assertThat(findings(receipt(NotifierKind.CITIZEN, null), "2026-04-01", BL))
                .isEmpty();
    }

    @Test
    void check_receiptOnTheLastWorkingDay_noFinding() {
        assertThat(findings(receipt(NotifierKind.PROFESSIONAL, "2026-03-10T15:00"), "2026-04-01", BL))
                .isEmpty();
    }

    @Test
    void check_noReceipt_overdueCountedInDays() {
        assertThat(findings(receipt(NotifierKind.PROFESSIONAL, null), "2026-03-13", BL))
                .singleElement()
                .satisfies(f -> assertThat(f.messageDa()).contains("var ikke sendt pr. 2026-03-13, 3 dage efter"));
    }
}
