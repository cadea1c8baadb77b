package dk.fremdrift.examples.dashboard;

import dk.fremdrift.metrics.CategoryCount;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorValue;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.Suppression;
import dk.fremdrift.model.DecisionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The omgørelsesprocent per kind of decision, from {@link Indicators#APPEALS_BY_DECISION_KIND}: for each kind with
 * appeals decided on the merits, how many, how many reversed, and the share. A count suppressed in the political
 * profile is shown as such, and so is the share made from it.
 */
final class AppealsByKindSection {

    private AppealsByKindSection() {}

    static boolean present(Page page) {
        return DistributionSections.present(page, Indicators.APPEALS_BY_DECISION_KIND)
                .isPresent();
    }

    static String render(Page page) {
        Lang l = page.lang();
        IndicatorDefinition d =
                page.definition(Indicators.APPEALS_BY_DECISION_KIND).orElseThrow();
        IndicatorValue v =
                page.result(Indicators.APPEALS_BY_DECISION_KIND).orElseThrow().overall();
        StringBuilder h = new StringBuilder();
        h.append(Html.sectionHead(
                        "appeals-by-kind",
                        l.t("Omgørelser efter afgørelsens art", "Reversals by kind of decision"),
                        page.ref(d),
                        l.t(
                                "Hvilke afgørelser holder ikke? Omgørelsesprocenten for hver art af afgørelse, som"
                                        + " Ankestyrelsen opgør den: de omgjorte (hjemvist, ændret eller ophævet) af de"
                                        + " realitetsbehandlede.",
                                "Which decisions do not hold? The share reversed for each kind of decision, as Ankestyrelsen"
                                        + " counts it: the reversed (remitted, changed or annulled) of those decided on the"
                                        + " merits.")))
                .append("<table class=\"data\"><caption>")
                .append(Html.text(l.of(d.name())))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(Html.text(l.t("Afgørelsens art", "Kind of decision")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Realitetsbehandlet", "Decided on the merits")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Omgjort", "Reversed")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.text(l.t("Omgørelsesprocent", "Share reversed")))
                .append("</th></tr></thead><tbody>");
        List<String> kinds = new ArrayList<>();
        for (DecisionKind k : DecisionKind.values()) {
            kinds.add(k.name());
        }
        kinds.add("UNLINKED");
        int rows = 0;
        for (String kind : kinds) {
            Optional<CategoryCount> reversed = v.findCategory(kind + "/REVERSED");
            Optional<CategoryCount> upheld = v.findCategory(kind + "/UPHELD");
            if (reversed.isEmpty() || upheld.isEmpty() || (zero(reversed.get()) && zero(upheld.get()))) {
                continue;
            }
            rows++;
            h.append("<tr><th scope=\"row\">").append(Html.text(name(l, kind))).append("</th>");
            boolean known = known(reversed.get()) && known(upheld.get());
            long decided =
                    known ? reversed.get().count().get() + upheld.get().count().get() : 0;
            String key = Indicators.APPEALS_BY_DECISION_KIND + "/all/" + kind;
            TimelinessSection.cell(
                    h,
                    key + "/decided",
                    known ? l.integer(decided) : page.suppressed(suppression(reversed.get(), upheld.get())));
            TimelinessSection.cell(h, key + "/reversed", page.count(reversed.get()));
            TimelinessSection.cell(
                    h,
                    key + "/share",
                    known && decided > 0
                            ? l.percent(reversed.get().count().get() / (double) decided)
                            : known
                                    ? page.missing(Suppression.NONE)
                                    : page.suppressed(suppression(reversed.get(), upheld.get())));
            h.append("</tr>");
        }
        if (rows == 0) {
            h.append("<tr><td colspan=\"4\">")
                    .append(Html.text(l.t("Ingen afgjorte klager i perioden.", "No appeals decided in the period.")))
                    .append("</td></tr>");
        }
        return h.append("</tbody></table></section>").toString();
    }

    private static boolean zero(CategoryCount c) {
        return c.suppression() == Suppression.NONE && c.count().orElse(0L) == 0;
    }

    private static boolean known(CategoryCount c) {
        return c.suppression() == Suppression.NONE && c.count().isPresent();
    }

    private static Suppression suppression(CategoryCount a, CategoryCount b) {
        return a.suppression() != Suppression.NONE ? a.suppression() : b.suppression();
    }

    private static String name(Lang l, String kind) {
        for (DecisionKind k : DecisionKind.values()) {
            if (k.name().equals(kind)) {
                return l.t(k.danishName(), k.englishName());
            }
        }
        return l.t("klagen angiver ingen afgørelse", "the complaint names no decision");
    }
}
