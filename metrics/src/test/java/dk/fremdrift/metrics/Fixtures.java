package dk.fremdrift.metrics;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.DeadlineStatus;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.model.CaseId;
import dk.fremdrift.model.CaseworkerAssignment;
import dk.fremdrift.model.CaseworkerId;
import dk.fremdrift.model.Child;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.KleNumber;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.TeamId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Test fixtures: a case skeleton, Danish local times, the engine on the statutory calendar, and the standard
 * setting of the hand-built tests: the year 2025 seen at noon on Thursday 20 November 2025.
 */
final class Fixtures {

    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    static final DeadlineEngine ENGINE =
            DeadlineEngine.builder(DanishCalendar.statutory()).build();

    static final LocalDate THU_2025_11_20 = LocalDate.of(2025, 11, 20);
    static final Instant AS_OF = noon(THU_2025_11_20);
    static final ReportingPeriod YEAR_2025 = ReportingPeriod.ofYear(2025);
    static final MetricsConfig CONFIG = MetricsConfig.of(AS_OF, YEAR_2025);

    static final LegalReference BL_32 = LegalReference.of(Law.BARNETS_LOV, "32");
    static final LegalReference BL_46 = LegalReference.of(Law.BARNETS_LOV, "46");
    static final LegalReference BL_114 = LegalReference.of(Law.BARNETS_LOV, "114");

    private Fixtures() {}

    static ChildCase.Builder aCase(String id, LocalDate birthDate, LocalDate opened) {
        return ChildCase.builder(
                CaseId.of(id), Child.of(birthDate), MunicipalityCode.of(461), KleNumber.parse("27.24.00-G01"), opened);
    }

    /** A case of a child born 12 May 2012 (12 or 13 years old in 2025), opened 2 January 2025. */
    static ChildCase.Builder aCase(String id) {
        return aCase(id, LocalDate.of(2012, 5, 12), LocalDate.of(2025, 1, 2));
    }

    static PartId id(String value) {
        return PartId.of(value);
    }

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    /** The engine's status at {@link #AS_OF} of one occurrence of a duty's deadline about a part of a case. */
    static DeadlineStatus status(ChildCase c, Duty duty, String subject, int occurrence) {
        return ENGINE.evaluate(c, AS_OF).stream()
                .filter(e -> e.duty().equals(duty)
                        && e.subjectId().map(s -> s.value().equals(subject)).orElse(false)
                        && e.occurrence() == occurrence)
                .map(DeadlineEvaluation::status)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + duty + " evaluation of " + subject));
    }

    /** A notification from a professional, received at a Danish local time ({@link #local}). */
    static Notification notification(String id, String received) {
        return Notification.of(id(id), local(received), NotifierKind.PROFESSIONAL);
    }

    /** A Danish local date-time as an instant. */
    static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(CPH).toInstant();
    }

    static Instant noon(LocalDate date) {
        return date.atTime(12, 0).atZone(CPH).toInstant();
    }

    static CaseworkerAssignment assignment(String id, String caseworker, String team, String from) {
        return CaseworkerAssignment.of(PartId.of(id), CaseworkerId.of(caseworker), TeamId.of(team), date(from));
    }

    static CaseworkerAssignment assignment(String id, String caseworker, String team, String from, String until) {
        return assignment(id, caseworker, team, from).withUntil(date(until));
    }

    /** The administrative report of the cases under the standard setting. */
    static MetricsReport report(ChildCase... cases) {
        return report(CONFIG, List.of(cases));
    }

    static MetricsReport report(MetricsConfig config, List<ChildCase> cases) {
        MetricsAggregator aggregator = MetricsAggregator.of(config);
        for (ChildCase c : cases) {
            aggregator.add(c, ENGINE);
        }
        return aggregator.report(ReportProfile.ADMINISTRATIVE);
    }

    static IndicatorValue overall(MetricsReport report, String id) {
        return report.getIndicator(id).overall();
    }

    static IndicatorValue cell(MetricsReport report, String id, Dimension dimension, String key) {
        return report.getIndicator(id)
                .findBreakdown(dimension)
                .orElseThrow(() -> new AssertionError(id + " has no breakdown by " + dimension))
                .findCell(key)
                .orElseThrow(() -> new AssertionError(id + " has no " + dimension + " cell " + key));
    }
}
