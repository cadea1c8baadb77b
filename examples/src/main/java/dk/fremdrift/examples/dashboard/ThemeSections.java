package dk.fremdrift.examples.dashboard;

import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.Indicators;
import java.util.List;

/**
 * The sections of standard indicators that need no chart of their own: each opens with the question it helps a leader
 * answer, then shows every indicator of it present in the report with its monthly chart and its breakdowns, drawn as
 * the municipality's own indicators are ({@link OwnSections}).
 */
final class ThemeSections {

    /** One section: its anchor, heading and question in both languages, and its indicators in order. */
    record Theme(
            String id,
            String headingDa,
            String headingEn,
            String tocDa,
            String tocEn,
            String leadDa,
            String leadEn,
            List<String> indicators) {}

    static final List<Theme> THEMES = List.of(
            new Theme(
                    "sorting",
                    "Sortering af bekymringer",
                    "Sorting of concerns",
                    "Sortering",
                    "Sorting",
                    "Sorterer vi bekymringerne rigtigt? Hvor mange underretninger ender uden indsats, hvor mange af de"
                            + " børn hører vi om igen, og hvor mange handler om børn, der allerede har støtte.",
                    "Do we sort concerns well? How many notifications end with no action, how many of those"
                            + " children we hear about again, and how many are about children who already have"
                            + " support.",
                    List.of(
                            Indicators.NOTIFICATIONS_NO_ACTION,
                            Indicators.RENOTIFIED_AFTER_NO_ACTION_6M,
                            Indicators.RENOTIFIED_AFTER_NO_ACTION_12M,
                            Indicators.NOTIFICATIONS_ABOUT_SUPPORTED)),
            new Theme(
                    "effect",
                    "Virker indsatserne?",
                    "Do interventions work?",
                    "Effekt",
                    "Effect",
                    "Skaber vores indsatser forandring for barnet, eller har vi børn i lange forløb uden målt"
                            + " fremgang? Tallet beskriver og beviser ikke: målene måler ikke alt.",
                    "Do our interventions create change for the child, or do we keep children in long courses"
                            + " without measured progress? The figure describes and does not prove: goals do not"
                            + " measure everything.",
                    List.of(
                            Indicators.GOAL_PROGRESS_BY_INTERVENTION,
                            Indicators.GOAL_STATUS_BY_INTERVENTION,
                            Indicators.LONG_COURSES_WITHOUT_PROGRESS)),
            new Theme(
                    "match",
                    "Bekymringer, mål og indsatser",
                    "Concerns, goals and interventions",
                    "Match",
                    "Match",
                    "Svarer planens mål og de valgte indsatser på de bekymringer, undersøgelsen fandt? Et område uden"
                            + " mål kan være et bevidst valg; tallet er et spørgsmål, ikke en dom.",
                    "Do the plan's goals and the interventions chosen answer the concerns the investigation found? An"
                            + " area without a goal may be a deliberate choice; the figure is a question, not a"
                            + " verdict.",
                    List.of(Indicators.CONCERNS_COVERED_BY_GOALS, Indicators.INTERVENTIONS_BY_CONCERN)),
            new Theme(
                    "appeals",
                    "Klager i Ankestyrelsen",
                    "Complaints to Ankestyrelsen",
                    "Klager",
                    "Appeals",
                    "Holder vores afgørelser, når borgerne klager? Andelen, Ankestyrelsen hjemviser, ændrer eller"
                            + " ophæver, som kommunalbestyrelsen skal drøfte hvert år.",
                    "Do our decisions hold when citizens complain? The share Ankestyrelsen remits, changes or"
                            + " annuls, which the municipal council must discuss every year.",
                    List.of(Indicators.APPEALS_REVERSED)),
            new Theme(
                    "stalled",
                    "Sager i stå",
                    "Stalled cases",
                    "I stå",
                    "Stalled",
                    "Hvilke åbne sager har ingen har rørt længe? En sag uden skridt er et barn, der venter.",
                    "Which open cases has no one touched for long? A case without a step is a child waiting.",
                    List.of(Indicators.STALLED_CASES)),
            new Theme(
                    "leadership",
                    "Ledelsestilsyn",
                    "Management review",
                    "Ledelsestilsyn",
                    "Management review",
                    "Ser lederne sagerne igennem, og særligt de alvorligste?",
                    "Do leaders go through the cases, and the most serious ones in particular?",
                    List.of(Indicators.MANAGEMENT_REVIEW_COVERAGE, Indicators.MANAGEMENT_REVIEW_SERIOUS_COVERAGE)),
            new Theme(
                    "continuity",
                    "Kontinuitet",
                    "Continuity",
                    "Kontinuitet",
                    "Continuity",
                    "Har barnet den samme sagsbehandler, og har hver sag en?",
                    "Does the child keep the same caseworker, and does every case have one?",
                    List.of(Indicators.CASEWORKER_CHANGES_PER_CASE_YEAR, Indicators.OPEN_CASES_UNASSIGNED)),
            new Theme(
                    "handover",
                    "Overgang til voksenlivet",
                    "Transition to adult life",
                    "Overgang",
                    "Transition",
                    "Bliver der i tide taget stilling til støtte efter 18 år, så de unge ikke falder mellem to"
                            + " stole?",
                    "Is support after 18 decided in time, so that young people do not fall between two stools?",
                    List.of(Indicators.DECISION_BEFORE_ADULTHOOD_ON_TIME)));

    private ThemeSections() {}

    /** The indicators of a theme that the report has, in the theme's order. */
    static List<IndicatorDefinition> present(Page page, Theme theme) {
        return theme.indicators().stream()
                .filter(id -> page.result(id).isPresent())
                .flatMap(id -> page.definition(id).stream())
                .toList();
    }

    /** Renders one theme, if the report has an indicator of it, adding it to the table of contents. */
    static String render(Page page, String id, List<String[]> toc) {
        Lang l = page.lang();
        for (Theme t : THEMES) {
            if (t.id().equals(id)) {
                List<IndicatorDefinition> present = present(page, t);
                if (present.isEmpty()) {
                    return "";
                }
                toc.add(new String[] {t.id(), l.t(t.tocDa(), t.tocEn())});
                return OwnSections.render(
                        page, t.id(), l.t(t.headingDa(), t.headingEn()), l.t(t.leadDa(), t.leadEn()), present);
            }
        }
        throw new IllegalArgumentException("theme: expected one of the themes, got another id");
    }
}
