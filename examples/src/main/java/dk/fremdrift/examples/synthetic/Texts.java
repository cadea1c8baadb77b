package dk.fremdrift.examples.synthetic;

import dk.fremdrift.model.GoalArea;
import java.util.List;

/**
 * The synthetic free texts of the generator, in Danish as a caseworker would write them: goal descriptions,
 * reasons for omitting a conversation with the child, and goal indicators. They name no one.
 */
final class Texts {

    private Texts() {}

    /** An indicator of the catalogue: name, scale, and the ranges baseline and target are drawn from. */
    record IndicatorTemplate(
            GoalArea area,
            String name,
            double scaleMin,
            double scaleMax,
            double baselineFrom,
            double baselineTo,
            double targetFrom,
            double targetTo) {}

    static final List<IndicatorTemplate> INDICATORS = List.of(
            new IndicatorTemplate(GoalArea.SCHOOL, "Skolefremmøde (%)", 0, 100, 35, 75, 85, 95),
            new IndicatorTemplate(GoalArea.SCHOOL, "Ugentlige lektioner med aktiv deltagelse", 0, 30, 3, 12, 18, 25),
            new IndicatorTemplate(
                    GoalArea.DEVELOPMENT_AND_BEHAVIOUR, "SDQ samlet vanskelighedsscore", 0, 40, 18, 30, 8, 14),
            new IndicatorTemplate(GoalArea.FAMILY, "Konflikter i hjemmet pr. uge", 0, 20, 4, 10, 0, 2),
            new IndicatorTemplate(GoalArea.HEALTH, "Nætter med fast sengetid pr. uge", 0, 7, 0, 3, 5, 7),
            new IndicatorTemplate(GoalArea.LEISURE_AND_FRIENDSHIPS, "Fritidsaktiviteter pr. uge", 0, 7, 0, 1, 2, 3),
            new IndicatorTemplate(GoalArea.OTHER, "Barnets egen vurdering af trivsel (1-10)", 1, 10, 2, 5, 7, 8));

    static List<String> descriptions(GoalArea area) {
        return switch (area) {
            case SCHOOL ->
                List.of(
                        "Barnet kommer i skole hver dag og deltager i undervisningen",
                        "Barnet gennemfører 9. klasse med afgangsprøve",
                        "Barnet har en voksen på skolen at gå til ved problemer");
            case DEVELOPMENT_AND_BEHAVIOUR ->
                List.of(
                        "Barnet kan håndtere konflikter uden at blive udadreagerende",
                        "Barnets sproglige udvikling følger alderssvarende niveau",
                        "Barnet kan sætte ord på egne følelser");
            case FAMILY ->
                List.of(
                        "Forældrene etablerer faste rutiner for måltider og sengetid",
                        "Samværet med forældrene er trygt og forudsigeligt",
                        "Familien kan tale sammen om uenigheder uden at råbe");
            case HEALTH ->
                List.of(
                        "Barnet går til de anbefalede lægeundersøgelser",
                        "Barnet har en stabil døgnrytme",
                        "Barnet spiser morgenmad hver dag");
            case LEISURE_AND_FRIENDSHIPS ->
                List.of(
                        "Barnet deltager i en fast fritidsaktivitet hver uge",
                        "Barnet har mindst én fortrolig ven",
                        "Barnet deltager i sociale arrangementer i klassen");
            case OTHER ->
                List.of(
                        "Den unge kan selv håndtere egen økonomi",
                        "Den unge har en plan for uddannelse eller job efter 18 år",
                        "Barnet ved, hvem det kan kontakte i kommunen");
        };
    }

    static final List<String> OMISSION_REASONS_YOUNG = List.of(
            "Barnets alder og modenhed taler imod en samtale",
            "Barnet er under 3 år; barnet er i stedet observeret i hjemmet");

    /** Reasons recorded for leaving out the conversation at a supervision visit. */
    static final List<String> VISIT_OMISSION_REASONS = List.of(
            "Barnet var syg på dagen for besøget",
            "Barnet ønskede ikke at tale med tilsynet denne gang",
            "Barnet var på lejrskole; samtalen holdes ved næste besøg");

    static final List<String> OMISSION_REASONS = List.of(
            "Barnet ønskede ikke at deltage i samtalen",
            "Samtalen vurderes at ville være til skade for barnet",
            "Akut situation; samtalen afholdes snarest efter afgørelsen");
}
