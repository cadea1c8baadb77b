package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.Severity;

/**
 * A professional notifier gets a receipt for the notification (serviceloven § 155 b, stk. 1; the barnets lov
 * paragraph, cited as § 135, and the unit are UNCONFIRMED, as in the deadline rule book): an error for each receipt
 * the engine finds sent late or not yet sent.
 */
final class NotifierReceiptRule extends TimelinessRule {

    private NotifierReceiptRule(Spec spec) {
        super(spec.build());
    }

    static NotifierReceiptRule serviceloven() {
        return new NotifierReceiptRule(spec("SEL-155B-NOTIFIER-RECEIPT", Spec.sel("155 b", 1), SERVICELOVEN_PERIOD)
                .note("The length and unit are the deadline rule book's (6 working days by default)."));
    }

    static NotifierReceiptRule barnetsLov() {
        return new NotifierReceiptRule(spec("BL-135-NOTIFIER-RECEIPT", Spec.bl("135"), BARNETS_LOV_PERIOD)
                .note("UNCONFIRMED paragraph, as in the deadline rule book; the length and unit are the rule book's"
                        + " (6 working days by default)."));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, Duty.NOTIFIER_RECEIPT.name(), Severity.ERROR)
                .basis(basis, period)
                .title("Kvittering til fagperson for underretning", "Receipt to a professional notifier")
                .timely(
                        "Kvitteringen til fagpersonen for underretningen",
                        "sendt",
                        "The receipt to the professional notifier for the notification",
                        "sent")
                .duties(Duty.NOTIFIER_RECEIPT);
    }
}
