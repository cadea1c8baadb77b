package dk.fremdrift.deadlines;

import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.model.CaseId;
import dk.fremdrift.model.Child;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.KleNumber;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.model.PartId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Test fixtures: a case skeleton, Danish local times, and an engine on the statutory calendar. */
final class Cases {

    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    static final DeadlineEngine ENGINE =
            DeadlineEngine.builder(DanishCalendar.statutory()).build();

    private Cases() {}

    static ChildCase.Builder aCase(LocalDate opened) {
        return ChildCase.builder(
                CaseId.of("S-2026-000001"),
                Child.of(LocalDate.of(2014, 5, 20)),
                MunicipalityCode.of(461),
                KleNumber.parse("27.24.00-G01"),
                opened);
    }

    static ChildCase.Builder aCase(LocalDate opened, LocalDate birthDate) {
        return ChildCase.builder(
                CaseId.of("S-2026-000002"),
                Child.of(birthDate),
                MunicipalityCode.of(461),
                KleNumber.parse("27.24.00-G01"),
                opened);
    }

    static PartId id(String value) {
        return PartId.of(value);
    }

    /** A Danish local date-time as an instant. */
    static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(CPH).toInstant();
    }

    /** Noon, Danish time, on a date: a convenient asOf. */
    static Instant noon(LocalDate date) {
        return date.atTime(12, 0).atZone(CPH).toInstant();
    }

    static List<DeadlineEvaluation> of(List<DeadlineEvaluation> all, Duty duty) {
        return all.stream().filter(e -> e.duty().equals(duty)).toList();
    }

    static DeadlineEvaluation only(List<DeadlineEvaluation> all, Duty duty) {
        List<DeadlineEvaluation> found = of(all, duty);
        if (found.size() != 1) {
            throw new AssertionError("expected one evaluation of " + duty + ", got " + found);
        }
        return found.get(0);
    }
}
