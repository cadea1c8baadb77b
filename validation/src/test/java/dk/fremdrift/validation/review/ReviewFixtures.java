package dk.fremdrift.validation.review;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.model.Assessment;
import dk.fremdrift.model.AssessmentOutcome;
import dk.fremdrift.model.CaseId;
import dk.fremdrift.model.CaseworkerId;
import dk.fremdrift.model.Child;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.KleNumber;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.PlacementDecisionKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** Test fixtures of the review tests: a case skeleton, Danish local times, the statutory engine and review. */
public final class ReviewFixtures {

    /** Danish time. */
    public static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    /** Danish, for messages. */
    public static final Locale DA = Locale.forLanguageTag("da");

    /** The statutory engine on the statutory calendar. */
    public static final DeadlineEngine ENGINE =
            DeadlineEngine.builder(DanishCalendar.statutory()).build();

    /** The review with the statutory packs. */
    public static final CaseReview REVIEW = CaseReview.of(ENGINE);

    /** A legal basis for support under barnets lov. */
    public static final LegalReference BL_32 = LegalReference.of(Law.BARNETS_LOV, "32");

    /** A legal basis for a placement under barnets lov. */
    public static final LegalReference BL_43 = LegalReference.of(Law.BARNETS_LOV, "43");

    /** A legal basis for support under serviceloven. */
    public static final LegalReference SEL_52 = LegalReference.of(Law.SERVICELOVEN, "52", 3);

    private ReviewFixtures() {}

    /** A case opened on a date, about a child born 2014-05-20. */
    public static ChildCase.Builder aCase(LocalDate opened) {
        return aCase(opened, LocalDate.of(2014, 5, 20));
    }

    /** A case opened on a date, about a child with the given birth date. */
    public static ChildCase.Builder aCase(LocalDate opened, LocalDate birthDate) {
        return ChildCase.builder(
                CaseId.of("S-2026-000001"),
                Child.of(birthDate),
                MunicipalityCode.of(461),
                KleNumber.parse("27.24.00-G01"),
                opened);
    }

    /** A part key. */
    public static PartId id(String value) {
        return PartId.of(value);
    }

    /** A caseworker key. */
    public static CaseworkerId worker(String value) {
        return CaseworkerId.of(value);
    }

    /** A Danish local date-time, such as {@code 2026-03-27T16:05}, as an instant. */
    public static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(CPH).toInstant();
    }

    /** Noon, Danish time, on a date. */
    public static Instant noon(LocalDate date) {
        return date.atTime(12, 0).atZone(CPH).toInstant();
    }

    /** Noon, Danish time, on a date given as text. */
    public static Instant noon(String date) {
        return noon(LocalDate.parse(date));
    }

    /** A date. */
    public static LocalDate date(String date) {
        return LocalDate.parse(date);
    }

    /** The findings of one rule for a case at noon on a date, with the statutory review. */
    public static List<Finding> findings(ChildCase c, String asOfDate, String code) {
        return REVIEW.review(c, noon(asOfDate)).findingsOf(code);
    }

    /** A notification from a professional received at a Danish local time, assessed at another, or not. */
    public static Notification notification(String id, String received, String assessed) {
        Notification n = Notification.of(id(id), local(received), NotifierKind.PROFESSIONAL);
        return assessed == null ? n : n.withAssessment(Assessment.of(local(assessed), AssessmentOutcome.ENDANGERED));
    }

    /** Practical support at home under barnets lov § 32, from a date. */
    public static Intervention support(String id, String start) {
        return Intervention.of(id(id), InterventionKind.PRACTICAL_SUPPORT_AT_HOME, BL_32, date(start));
    }

    /** Foster care, a placement, from a date. */
    public static Intervention fosterCare(String id, String start) {
        return Intervention.of(id(id), InterventionKind.FOSTER_CARE, BL_43, date(start));
    }

    /** A granted decision of a kind on a date, under barnets lov § 32. */
    public static Decision decision(String id, DecisionKind kind, String decided) {
        return Decision.of(id(id), kind, BL_32, date(decided));
    }

    /** A decision on placement without consent of the recorded kind (barnets lov § 47 or § 50). */
    public static Decision placement(String id, PlacementDecisionKind kind, String decided) {
        return Decision.ofPlacementWithoutConsent(id(id), kind, date(decided));
    }
}
