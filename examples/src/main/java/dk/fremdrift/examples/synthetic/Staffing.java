package dk.fremdrift.examples.synthetic;

import dk.fremdrift.model.Assessment;
import dk.fremdrift.model.CaseworkerAssignment;
import dk.fremdrift.model.CaseworkerId;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.ManagementReview;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.TeamId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The municipality's caseworkers: posts (slots) organised in teams, each post held by a succession of caseworkers
 * (turnover), and the number of posts growing with the number of open cases so that caseloads stay near the
 * profile's target.
 *
 * <p>Nothing is stored per caseworker: who holds a post on a date is recomputed from the post's own seed, so
 * staffing takes constant memory whatever the size of the municipality. A post's first holder has the key {@code
 * sb-NNN} with NNN the post's number; later holders count on from the number of posts.
 *
 * <p>Thread-safe: immutable.
 */
final class Staffing {

    static final long ASSIGNMENT_SALT = 0x414E5356L;
    static final long POST_SALT = 0x504F5354L;

    private static final double HIGH_TURNOVER_CHANGES_PER_YEAR = 3.5;
    private static final double OTHER_ASSESSOR_RATE = 0.95;
    private static final String[] TEAM_NAMES = {
        "nord", "syd", "oest", "vest", "midt", "unge", "familie", "anbragte", "tidlig", "handicap"
    };

    private final long seed;
    private final LocalDate firstMonth;
    private final int[] postsByMonth;
    private final int maxPosts;
    private final int teamSize;
    private final double meanTenureDays;
    private final double reallocationsPerYear;
    private final double highTurnoverShare;
    private final List<TeamId> teams;
    private final List<CaseworkerId> leaders;

    /**
     * @param postsByMonth the number of posts in each month from the month of {@code from}; non-decreasing
     */
    Staffing(long seed, LocalDate from, int[] postsByMonth, SyntheticProfile profile) {
        this.seed = seed;
        this.firstMonth = from.withDayOfMonth(1);
        this.postsByMonth = postsByMonth.clone();
        this.maxPosts = postsByMonth[postsByMonth.length - 1];
        this.teamSize = profile.teamSize();
        this.meanTenureDays = profile.caseworkerMeanTenureYears() * 365.25;
        this.reallocationsPerYear = profile.caseReallocationsPerYear();
        this.highTurnoverShare = profile.highTurnoverCaseShare();
        int teamCount = (maxPosts + teamSize - 1) / teamSize;
        List<TeamId> t = new ArrayList<>(teamCount);
        List<CaseworkerId> l = new ArrayList<>(teamCount);
        for (int i = 0; i < teamCount; i++) {
            String name = i < TEAM_NAMES.length ? TEAM_NAMES[i] : String.format("%02d", i + 1);
            t.add(TeamId.of("team-" + name));
            l.add(CaseworkerId.of("leder-" + name));
        }
        this.teams = List.copyOf(t);
        this.leaders = List.copyOf(l);
    }

    int maxPosts() {
        return maxPosts;
    }

    List<TeamId> teams() {
        return teams;
    }

    /** The number of posts on a date. */
    int posts(LocalDate date) {
        int m = (date.getYear() - firstMonth.getYear()) * 12 + date.getMonthValue() - firstMonth.getMonthValue();
        return postsByMonth[Math.max(0, Math.min(postsByMonth.length - 1, m))];
    }

    TeamId team(int post) {
        return teams.get(post / teamSize);
    }

    CaseworkerId leader(int post) {
        return leaders.get(post / teamSize);
    }

    /** Who holds a post on a date, and the first day the next holder takes over. */
    record Holder(CaseworkerId caseworker, LocalDate until) {}

    Holder holder(int post, LocalDate date) {
        SplitMix64 r = new SplitMix64(SplitMix64.derive(seed, POST_SALT, post));
        LocalDate start = firstMonth.minusDays(r.nextInt(1000));
        for (int k = 0; ; k++) {
            LocalDate next = start.plusDays(Math.max(60, Math.round(r.exponential(meanTenureDays))));
            if (date.isBefore(next)) {
                long number = post + 1 + (long) k * maxPosts;
                String digits = Long.toString(number);
                return new Holder(
                        CaseworkerId.of("sb-" + "000".substring(Math.min(3, digits.length())) + digits), next);
            }
            start = next;
        }
    }

    /** One stretch of a case with one caseworker in one post. */
    private record Stretch(int post, CaseworkerId caseworker, LocalDate from) {}

    /**
     * Assigns caseworkers to the story: the assignments from opening to closing (or still current), who made each
     * 24-hour assessment, and who made each management review.
     */
    List<CaseworkerAssignment> staff(Story s) {
        SplitMix64 r = new SplitMix64(SplitMix64.derive(seed, ASSIGNMENT_SALT, s.index));
        LocalDate horizon = s.end();
        double rate = r.chance(highTurnoverShare) ? HIGH_TURNOVER_CHANGES_PER_YEAR : reallocationsPerYear;
        int post = r.nextInt(posts(s.opened));
        Holder holder = holder(post, s.opened);
        List<Stretch> stretches = new ArrayList<>();
        stretches.add(new Stretch(post, holder.caseworker(), s.opened));
        LocalDate nextMove = s.opened.plusDays(Math.max(1, Math.round(r.exponential(365.0 / rate))));
        while (true) {
            LocalDate next = CaseGenerator.min(nextMove, holder.until());
            if (!next.isBefore(horizon)) {
                break;
            }
            if (next.equals(nextMove)) {
                int n = posts(next);
                if (n > 1) {
                    post = (post + 1 + r.nextInt(n - 1)) % n;
                }
                nextMove = next.plusDays(Math.max(1, Math.round(r.exponential(365.0 / rate))));
            }
            holder = holder(post, next);
            stretches.add(new Stretch(post, holder.caseworker(), next));
        }
        List<CaseworkerAssignment> assignments = new ArrayList<>(stretches.size());
        for (int i = 0; i < stretches.size(); i++) {
            Stretch st = stretches.get(i);
            Optional<LocalDate> until = i + 1 < stretches.size()
                    ? Optional.of(stretches.get(i + 1).from())
                    : Optional.ofNullable(s.closing).map(c -> c.closed());
            assignments.add(new CaseworkerAssignment(
                    s.next(Story.ASSIGNMENT), st.caseworker(), team(st.post()), st.from(), until));
        }

        for (int i = 0; i < s.notifications.size(); i++) {
            Notification n = s.notifications.get(i);
            if (n.assessment().isEmpty()) {
                continue;
            }
            Assessment a = n.assessment().get();
            LocalDate day = LocalDate.ofInstant(a.assessed(), CaseGenerator.ZONE);
            Stretch st = stretchOn(stretches, day, horizon);
            if (st == null) {
                continue;
            }
            CaseworkerId by = st.caseworker();
            if (hasInterventionOn(s, LocalDate.ofInstant(n.received(), CaseGenerator.ZONE))
                    && r.chance(OTHER_ASSESSOR_RATE)) {
                // A re-assessment on a case with support is made by someone not involved before (barnets lov § 137).
                int posts = posts(day);
                if (posts > 1) {
                    by = holder((st.post() + 1 + r.nextInt(posts - 1)) % posts, day)
                            .caseworker();
                }
            }
            s.notifications.set(
                    i,
                    new Notification(
                            n.id(),
                            n.received(),
                            n.notifierKind(),
                            Optional.of(a.withAssessedBy(by)),
                            n.receiptSent(),
                            n.notifierInformed()));
        }
        for (LocalDate d : s.reviewDates) {
            Stretch st = stretchOn(stretches, d, horizon);
            ManagementReview review = ManagementReview.of(s.next(Story.REVIEW), d);
            s.managementReviews.add(st == null ? review : review.withReviewer(leader(st.post())));
        }
        return assignments;
    }

    private static Stretch stretchOn(List<Stretch> stretches, LocalDate day, LocalDate horizon) {
        if (!day.isBefore(horizon)) {
            return null;
        }
        Stretch found = null;
        for (Stretch st : stretches) {
            if (st.from().isAfter(day)) {
                break;
            }
            found = st;
        }
        return found;
    }

    private static boolean hasInterventionOn(Story s, LocalDate day) {
        for (Intervention iv : s.interventions) {
            if (iv.isActiveOn(day)) {
                return true;
            }
        }
        return false;
    }
}
