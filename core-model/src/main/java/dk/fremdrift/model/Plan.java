package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A plan for the child: barnets plan (barnets lov §§ 91-92), ungeplan (§§ 108-109) or, before 2024, handleplan
 * (serviceloven § 140).
 *
 * <p>A plan is mandatory for placements and must exist within three months of the decision, and before a
 * decision on placement without consent. It holds concrete goals for the child's well-being and development.
 *
 * @param id the part's key
 * @param kind which plan
 * @param created the date the plan was made
 * @param revisions the plan's revisions; none before {@code created}
 * @param goals the plan's goals
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "kind", "created", "revisions", "goals"})
public record Plan(
        PartId id,
        PlanKind kind,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        LocalDate created,

        List<PlanRevision> revisions,
        List<Goal> goals)
        implements CasePart {

    /**
     * Checks the plan.
     *
     * @param id the part's key
     * @param kind which plan
     * @param created the date the plan was made
     * @param revisions the plan's revisions; none before {@code created}
     * @param goals the plan's goals
     * @throws NullPointerException if {@code id}, {@code kind} or {@code created} is null, or an element is null
     * @throws IllegalArgumentException if a revision is dated before the plan was made
     */
    public Plan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(created, "created");
        revisions = Checks.list(revisions, "revisions");
        goals = Checks.list(goals, "goals");
        for (int i = 0; i < revisions.size(); i++) {
            Checks.notBefore(revisions.get(i).date(), "revisions[" + i + "].date", created, "created");
        }
    }

    /**
     * Returns a plan with the given goals and no revisions.
     *
     * @param id the part's key
     * @param kind which plan
     * @param created the date it was made
     * @param goals the goals
     * @return the plan
     */
    public static Plan of(PartId id, PlanKind kind, LocalDate created, Goal... goals) {
        return new Plan(id, kind, created, List.of(), Arrays.asList(goals));
    }

    /**
     * Returns a copy with the given revisions, replacing any it had.
     *
     * @param revisions the revisions
     * @return the copy
     */
    public Plan withRevisions(PlanRevision... revisions) {
        return new Plan(id, kind, created, Arrays.asList(revisions), goals);
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(Plan.class, name);
    }
}
