package dk.fremdrift.deadlines;

import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;

/** Builds the Danish and English explanations of an evaluation, on demand. */
final class Explanations {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    /** The format locale last seen by {@link #time}, and whether its zero digit is the ASCII one. */
    private static volatile Object[] asciiDigits = {null, Boolean.FALSE};

    private Explanations() {}

    static String explain(DeadlineEvaluation e, boolean da) {
        DeadlineRule rule = e.rule();
        StringBuilder sb = new StringBuilder(160);
        // the trigger
        sb.append(triggerPhrase(e, da)).append(' ');
        if (e.triggerAt().isPresent()) {
            sb.append(moment(e, e.triggerAt().get(), da));
        } else {
            sb.append(date(e.triggerDate(), da));
        }
        // the length
        sb.append("; ");
        if (e.inapplicability() == Inapplicability.BEFORE_RULE) {
            sb.append(
                    da
                            ? "ingen regel for pligten var i kraft på denne dato. Ikke relevant: "
                            : "no rule of the duty was in force on that date. Not applicable: ");
            sb.append(rule.id())
                    .append(da ? " gælder for hændelser fra " : " applies to events from ")
                    .append(date(e.inapplicableFrom(), da))
                    .append('.');
            return sb.toString();
        }
        if (e.inapplicability() == Inapplicability.NEXT_FOLLOW_UP_NOT_RECORDED) {
            sb.append(
                    da
                            ? "opfølgningen registrerer ikke, hvornår næste opfølgning skal ske, og kommunen har ikke"
                                    + " fastsat en hyppighed. Kan ikke afgøres: barnets lov § 95, stk. 3, overlader"
                                    + " den videre opfølgning til kommunens beslutning i sagen; registrér den."
                            : "the follow-up does not record when the next one is due, and the municipality has set"
                                    + " no frequency. Cannot tell: barnets lov § 95, stk. 3, leaves later follow-ups"
                                    + " to the municipality's decision in the case; record it.");
            return sb.toString();
        }
        if (e.occurrence() > 1) {
            switch (e.dueBasis()) {
                case RECORDED_DECISION ->
                    sb.append(da ? "næste opfølgning fastsat ved den" : "next follow-up set at that follow-up");
                case MUNICIPAL_FREQUENCY -> {
                    Recurrence rc = e.recurrenceUsed();
                    sb.append(rc.length())
                            .append(' ')
                            .append(da ? rc.unit().danishName() : rc.unit().englishName())
                            .append(da ? " (kommunens fastsatte hyppighed)" : " (the municipality's frequency)");
                }
                case RULE ->
                    rule.recurrence()
                            .ifPresent(rc -> sb.append(rc.length())
                                    .append(' ')
                                    .append(
                                            da
                                                    ? rc.unit().danishName()
                                                    : rc.unit().englishName()));
            }
        } else {
            sb.append(rule.describeLength(da ? DANISH : Locale.ENGLISH));
        }
        sb.append(da ? " → frist " : " → due ");
        if (rule.unit() == DeadlineUnit.HOURS) {
            sb.append(moment(e, e.dueAt(), da));
        } else if (e.rolledFrom().isPresent()) {
            LocalDate from = e.rolledFrom().get();
            sb.append(date(from, da))
                    .append(" (")
                    .append(e.closedDay(da))
                    .append(da ? ", ikke en arbejdsdag) → flyttet til " : ", not a working day) → moved to ")
                    .append(date(e.dueDate(), da));
        } else if (e.broughtForwardTo() != null) {
            sb.append(date(e.dueDate(), da))
                    .append(
                            da
                                    ? ", da en sideløbende afdækning eller undersøgelse sluttede denne dag"
                                    : ", when a parallel exploration or investigation ended");
        } else {
            sb.append(date(e.dueDate(), da));
            if (e.closedDay(da) != null) {
                sb.append(" (")
                        .append(e.closedDay(da))
                        .append(
                                da
                                        ? " er ikke en arbejdsdag; fristen flyttes ikke for denne pligt)"
                                        : " is not a working day; this duty does not move off closed days)");
            }
        }
        sb.append(". ");
        sb.append(statusSentence(e, da));
        return sb.toString();
    }

    private static String triggerPhrase(DeadlineEvaluation e, boolean da) {
        DeadlineRule rule = e.rule();
        if (e.occurrence() > 1) {
            return rule.completion().kind() == CompletionKind.SUPERVISION_VISIT
                    ? (da ? "forrige tilsynsbesøg" : "previous visit")
                    : (da ? "forrige opfølgning" : "previous follow-up");
        }
        Trigger t = rule.trigger();
        int age = t.age().orElse(0);
        return switch (t.kind()) {
            case NOTIFICATION_RECEIVED -> da ? "underretning modtaget" : "received";
            case INVESTIGATION_AWARENESS -> da ? "kommunen blev opmærksom" : "municipality aware";
            case DECISION_MADE -> da ? "afgørelse truffet" : "decided";
            case DECISION_NOTIFIED -> da ? "afgørelsen modtaget af parterne" : "decision received by the parties";
            case EMERGENCY_IMPLEMENTED -> da ? "formandsafgørelse iværksat" : "emergency decision implemented";
            case INTERVENTION_STARTED -> da ? "indsatsen startede" : "intervention started";
            case COMPLAINT_RECEIVED -> da ? "klage modtaget" : "complaint received";
            case ACCESS_REQUEST_RECEIVED -> da ? "anmodning om aktindsigt modtaget" : "request for access received";
            case SUPPORT_FROM_AGE -> da ? "støtte fra " + age + " år" : "support from age " + age;
            case BIRTHDAY_WHILE_SUPPORTED -> da ? age + "-årsdag" : age + "th birthday";
        };
    }

    private static String statusSentence(DeadlineEvaluation e, boolean da) {
        boolean hours = e.rule().unit() == DeadlineUnit.HOURS;
        String completed = e.completedAt().isPresent()
                ? moment(e, e.completedAt().get(), da)
                : e.completedOn().map(d -> date(d, da)).orElse("");
        switch (e.status()) {
            case MET:
                return (da ? "Overholdt " : "Met ") + completed + ".";
            case MET_LATE: {
                Duration late = e.lateness().orElse(Duration.ZERO);
                return (da ? "Overholdt for sent " : "Met late ") + completed + ", " + amount(late, hours, da)
                        + (da ? " efter fristen." : " after the deadline.");
            }
            case OVERDUE:
                return (da ? "Overskredet: ikke sket pr. " : "Overdue: not done as of ")
                        + moment(e, e.asOf(), da)
                        + ".";
            case EXPIRED:
                return da ? "Udløbet uden at det skete (ingen overtrædelse)." : "Expired without the step (no breach).";
            case OPEN:
            case DUE_SOON: {
                Duration left = Duration.between(e.asOf(), e.dueAt());
                String prefix = e.status() == DeadlineStatus.DUE_SOON
                        ? (da ? "Frist nærmer sig: " : "Due soon: ")
                        : (da ? "Åben: " : "Open: ");
                return prefix + amount(left, hours, da) + (da ? " tilbage." : " left.");
            }
            case NOT_APPLICABLE:
                return notApplicable(e, da);
            case UNDETERMINED:
                return undetermined(e, da);
            default:
                throw new IllegalStateException("unreachable");
        }
    }

    private static String undetermined(DeadlineEvaluation e, boolean da) {
        Inapplicability why = e.inapplicability();
        if (why == Inapplicability.PLACEMENT_KIND_NOT_RECORDED) {
            return da
                    ? "Kan ikke afgøres: afgørelsen registrerer ikke, om den anbringer barnet (barnets lov § 47;"
                            + " serviceloven § 58) eller opretholder en anbringelse (§ 50; § 62), og fristen afhænger"
                            + " af det. Den tidligst mulige frist er vist; registrér afgørelsens art."
                    : "Cannot tell: the decision does not record whether it places the child (barnets lov § 47;"
                            + " serviceloven § 58) or maintains a placement (§ 50; § 62), and the deadline depends on"
                            + " it. The earliest possible due date is shown; record the decision's kind.";
        }
        if (why == Inapplicability.INVESTIGATION_NOT_NAMED) {
            return da
                    ? "Kan ikke afgøres: afgørelsen om undersøgelse uden samtykke angiver ikke, hvilken undersøgelse"
                            + " den gælder; registrér den."
                    : "Cannot tell: the decision on an investigation without consent does not name the investigation"
                            + " it concerns; record it.";
        }
        return da ? "Kan ikke afgøres." : "Cannot tell.";
    }

    private static String notApplicable(DeadlineEvaluation e, boolean da) {
        Inapplicability why = e.inapplicability();
        LocalDate on = e.inapplicableFrom();
        if (why == null) {
            return da ? "Ikke relevant." : "Not applicable.";
        }
        return switch (why) {
            case INTERVENTION_ENDED ->
                (da ? "Ikke relevant: indsatsen sluttede " : "Not applicable: the intervention ended ")
                        + date(on, da)
                        + (da ? " før fristen." : " before the deadline.");
            case CASE_CLOSED ->
                (da ? "Ikke relevant: sagen blev lukket " : "Not applicable: the case was closed ")
                        + date(on, da)
                        + (da ? " før fristen." : " before the deadline.");
            case COMPLETED_IN_TIME ->
                (da
                                ? "Ikke relevant: undersøgelsen blev afsluttet "
                                : "Not applicable: the investigation was completed ")
                        + date(on, da)
                        + (da ? " inden fristen." : " within the deadline.");
            case OUTSIDE_CALENDAR ->
                da
                        ? "Ikke relevant: en dato ligger uden for kalenderens dækning."
                        : "Not applicable: a date lies outside the calendar's coverage.";
            case BEFORE_RULE, PLACEMENT_KIND_NOT_RECORDED, INVESTIGATION_NOT_NAMED, NEXT_FOLLOW_UP_NOT_RECORDED ->
                da ? "Ikke relevant." : "Not applicable.";
        };
    }

    private static String amount(Duration d, boolean hours, boolean da) {
        if (hours || d.toDays() < 2) {
            long h = Math.max(0, (d.toMinutes() + 59) / 60);
            return h + (da ? (h == 1 ? " time" : " timer") : (h == 1 ? " hour" : " hours"));
        }
        long days = d.toDays();
        return days + (da ? (days == 1 ? " dag" : " dage") : (days == 1 ? " day" : " days"));
    }

    static String date(LocalDate d, boolean da) {
        return DeadlineEvaluation.weekday(d, da) + " " + d;
    }

    private static String moment(DeadlineEvaluation e, Instant i, boolean da) {
        ZonedDateTime z = e.local(i);
        String time = time(z.getHour(), z.getMinute(), da);
        return date(z.toLocalDate(), da) + (da ? " kl. " : " ") + time;
    }

    /**
     * {@code String.format("%02d%s%02d", hour, da ? "." : ":", minute)}: written out when the default format locale
     * writes digits as ASCII, as nearly every locale does, since {@code String.format} parses its pattern on every
     * call; formatted as before otherwise.
     */
    static String time(int hour, int minute, boolean da) {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        Object[] seen = asciiDigits;
        boolean ascii;
        if (locale.equals(seen[0])) {
            ascii = (Boolean) seen[1];
        } else {
            ascii = DecimalFormatSymbols.getInstance(locale).getZeroDigit() == '0';
            asciiDigits = new Object[] {locale, ascii};
        }
        if (!ascii || hour < 0 || hour > 99 || minute < 0 || minute > 99) {
            return String.format("%02d%s%02d", hour, da ? "." : ":", minute);
        }
        return new String(new char[] {
            (char) ('0' + hour / 10),
            (char) ('0' + hour % 10),
            da ? '.' : ':',
            (char) ('0' + minute / 10),
            (char) ('0' + minute % 10)
        });
    }
}
