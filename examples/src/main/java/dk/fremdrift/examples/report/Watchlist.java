package dk.fremdrift.examples.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.DeadlineStatus;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.metrics.LongCourse;
import dk.fremdrift.metrics.MetricsConfig;
import dk.fremdrift.model.ChildCase;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The cases a leader goes through, by case key only, for the administrative profile: the long courses without measured
 * progress ({@link LongCourse}, the cases {@code LONG_COURSES_WITHOUT_PROGRESS} counts), and the young people whose
 * decision on support after 18 is due within the next 6 months and not made (barnets lov § 111: no later than 6 months
 * before the 18th birthday, so at 17½). Politicians see the counts in the indicators, never these lists.
 *
 * @param longCourses the long courses without progress, by case key
 * @param handovers the decisions on support after 18 due within 6 months of asOf, or overdue, by due date
 */
@JsonPropertyOrder({"longCourses", "handovers"})
public record Watchlist(List<LongCourseRow> longCourses, List<HandoverRow> handovers) {

    /** How far ahead the handover list looks: the next 6 months. */
    public static final int HANDOVER_MONTHS_AHEAD = 6;

    /**
     * Copies the lists.
     *
     * @param longCourses the long courses
     * @param handovers the handovers
     */
    public Watchlist {
        longCourses = List.copyOf(longCourses);
        handovers = List.copyOf(handovers);
    }

    /**
     * A long course: the case, since when its longest intervention runs, and how many goals its plans have.
     *
     * @param caseId the case's key
     * @param since the day the long-running intervention started
     * @param goals the number of goals in the case's plans
     */
    @JsonPropertyOrder({"caseId", "since", "goals"})
    public record LongCourseRow(
            String caseId,
            @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate since,
            int goals) {}

    /**
     * A handover to come: the case, the day the decision on support after 18 is due (6 months before the 18th
     * birthday), and the deadline's status at asOf.
     *
     * @param caseId the case's key
     * @param due the due date
     * @param status open, due soon or overdue
     */
    @JsonPropertyOrder({"caseId", "due", "status"})
    public record HandoverRow(
            String caseId,
            @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate due,
            DeadlineStatus status) {}

    /** Collects the rows case by case; merges exactly; sorted when the list is made. */
    public static final class Tally {
        private final List<LongCourseRow> longCourses = new ArrayList<>();
        private final List<HandoverRow> handovers = new ArrayList<>();

        /**
         * Adds a case's rows.
         *
         * @param childCase the case
         * @param evaluations its deadline evaluations at the settings' asOf
         * @param config the settings
         */
        public void add(ChildCase childCase, List<DeadlineEvaluation> evaluations, MetricsConfig config) {
            LongCourse.of(childCase, config)
                    .ifPresent(l -> longCourses.add(new LongCourseRow(l.caseId().value(), l.since(), l.goals())));
            LocalDate horizon = config.asOfDate().plusMonths(HANDOVER_MONTHS_AHEAD);
            for (DeadlineEvaluation e : evaluations) {
                if (e.duty().equals(Duty.DECISION_BEFORE_ADULTHOOD)
                        && (e.status().isPending() || e.status() == DeadlineStatus.OVERDUE)
                        && !e.dueDate().isAfter(horizon)) {
                    handovers.add(new HandoverRow(childCase.id().value(), e.dueDate(), e.status()));
                }
            }
        }

        /**
         * Adds another tally's rows.
         *
         * @param other the other tally; unchanged
         */
        public void merge(Tally other) {
            longCourses.addAll(other.longCourses);
            handovers.addAll(other.handovers);
        }

        /**
         * Writes the rows, to move them between the processes of one run.
         *
         * @param out where to write
         * @throws IOException if writing fails
         */
        public void writeTo(DataOutput out) throws IOException {
            out.writeInt(longCourses.size());
            for (LongCourseRow r : longCourses) {
                out.writeUTF(r.caseId());
                out.writeLong(r.since().toEpochDay());
                out.writeInt(r.goals());
            }
            out.writeInt(handovers.size());
            for (HandoverRow r : handovers) {
                out.writeUTF(r.caseId());
                out.writeLong(r.due().toEpochDay());
                out.writeUTF(r.status().name());
            }
        }

        /**
         * Adds rows written by {@link #writeTo}.
         *
         * @param in where to read
         * @throws IOException if reading fails
         */
        public void mergeFrom(DataInput in) throws IOException {
            for (int i = in.readInt(); i > 0; i--) {
                longCourses.add(new LongCourseRow(in.readUTF(), LocalDate.ofEpochDay(in.readLong()), in.readInt()));
            }
            for (int i = in.readInt(); i > 0; i--) {
                handovers.add(new HandoverRow(
                        in.readUTF(), LocalDate.ofEpochDay(in.readLong()), DeadlineStatus.valueOf(in.readUTF())));
            }
        }

        /**
         * Returns the lists: long courses by case key, handovers by due date then case key.
         *
         * @return the watchlist
         */
        public Watchlist list() {
            List<LongCourseRow> courses = new ArrayList<>(longCourses);
            courses.sort(Comparator.comparing(LongCourseRow::caseId));
            List<HandoverRow> due = new ArrayList<>(handovers);
            due.sort(Comparator.comparing(HandoverRow::due).thenComparing(HandoverRow::caseId));
            return new Watchlist(courses, due);
        }
    }
}
