package dk.fremdrift.testing.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.DeadlineRule;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.PartId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs a vector through a {@link DeadlineEngine} and lists every way the engine's evaluations differ from the
 * vector's expectations; an empty list means the engine conforms.
 *
 * <p>For each expectation the runner looks for the evaluations of the same duty, subject kind, part and occurrence.
 * An absent expectation needs none; any other needs exactly one, whose status, due moment and date (those the vector
 * gives), citation ({@link Citation#matches}) and period of law must match. Evaluations the vector does not name are
 * not checked. The period of law is {@code SERVICELOVEN} for a rule whose period ends on 2023-12-31, {@code
 * BARNETS_LOV} for one that starts on 2024-01-01, and {@code BOTH_PERIODS} for one in force on both days.
 *
 * <pre>{@code
 * DeadlineEngine engine = DeadlineEngine.builder(DanishCalendar.statutory()).build();
 * for (ConformanceVector v : ConformanceCorpus.load(folder)) {
 *     List<String> differences = ConformanceRunner.check(v, engine);
 * }
 * }</pre>
 */
public final class ConformanceRunner {

    /** The last day of serviceloven's child-welfare rules. */
    static final LocalDate LAST_SERVICELOVEN_DAY = LocalDate.of(2023, 12, 31);

    /** The first day of barnets lov. */
    static final LocalDate FIRST_BARNETS_LOV_DAY = LocalDate.of(2024, 1, 1);

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private ConformanceRunner() {}

    /**
     * Checks an engine against one vector.
     *
     * @param vector the vector
     * @param engine the engine
     * @return the differences, in the order of the expectations; empty if the engine conforms
     */
    public static List<String> check(ConformanceVector vector, DeadlineEngine engine) {
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(engine, "engine");
        ChildCase childCase;
        try {
            childCase = MAPPER.readValue(vector.caseJson(), ChildCase.class);
        } catch (Exception e) {
            return List.of("the case is not a valid case of the case format: "
                    + e.getClass().getSimpleName());
        }
        List<DeadlineEvaluation> evaluations = engine.evaluate(childCase, vector.asOf());
        List<String> differences = new ArrayList<>();
        for (Expectation x : vector.expectations()) {
            List<DeadlineEvaluation> found = evaluations.stream()
                    .filter(e -> dutyOf(e).equals(x.duty()))
                    .filter(e -> e.subjectKind().name().equals(x.subjectKind()))
                    .filter(e -> e.subjectId().map(PartId::value).equals(x.subjectId()))
                    .filter(e -> e.occurrence() == x.occurrence())
                    .toList();
            if (x.absent()) {
                if (!found.isEmpty()) {
                    differences.add(x.label() + ": expected no deadline, got " + found);
                }
                continue;
            }
            if (found.size() != 1) {
                differences.add(x.label() + ": expected one deadline, got " + found.size() + " " + found);
                continue;
            }
            compare(x, found.get(0), differences);
        }
        return differences;
    }

    private static void compare(Expectation x, DeadlineEvaluation e, List<String> differences) {
        String at = x.label() + ": ";
        if (!x.status().orElseThrow().equals(e.status().name())) {
            differences.add(at + "status expected " + x.status().get() + ", got " + e.status());
        }
        x.dueAt()
                .filter(d -> !d.equals(e.dueAt()))
                .ifPresent(d -> differences.add(at + "due moment expected " + d + ", got " + e.dueAt()));
        x.dueDate()
                .filter(d -> !d.equals(e.dueDate()))
                .ifPresent(d -> differences.add(at + "due date expected " + d + ", got " + e.dueDate()));
        DeadlineRule rule = e.rule();
        LegalReference basis = rule.legalBasis();
        Citation c = x.citation().orElseThrow();
        if (!c.matches(basis.law().name(), basis.paragraph(), basis.subsection())) {
            differences.add(at + "citation expected " + c + ", got " + basis.law() + " § " + basis.paragraph()
                    + basis.subsection().map(s -> ", stk. " + s).orElse(""));
        }
        String period = periodOf(rule.inForce());
        if (!x.lawPeriod().orElseThrow().equals(period)) {
            differences.add(at + "period of law expected " + x.lawPeriod().get() + ", got " + period + " ("
                    + rule.inForce() + ")");
        }
    }

    /** The duty's name; the one place that knows how an evaluation names its duty. */
    static String dutyOf(DeadlineEvaluation e) {
        return String.valueOf(e.duty());
    }

    /**
     * Names the period of law of a rule's period in force.
     *
     * @param inForce the period
     * @return {@code SERVICELOVEN}, {@code BARNETS_LOV}, {@code BOTH_PERIODS} or {@code OTHER}
     */
    static String periodOf(InForcePeriod inForce) {
        if (inForce.endInclusive().filter(LAST_SERVICELOVEN_DAY::equals).isPresent()) {
            return "SERVICELOVEN";
        }
        if (inForce.startInclusive().equals(FIRST_BARNETS_LOV_DAY)) {
            return "BARNETS_LOV";
        }
        if (inForce.contains(LAST_SERVICELOVEN_DAY) && inForce.contains(FIRST_BARNETS_LOV_DAY)) {
            return "BOTH_PERIODS";
        }
        return "OTHER";
    }
}
