package dk.fremdrift.examples.cli;

import dk.fremdrift.deadlines.DeadlineRule;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.deadlines.RuleBook;
import dk.fremdrift.deadlines.RuleSource;
import dk.fremdrift.metrics.LegalBasis;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.OnTimeIndicator;
import dk.fremdrift.model.InForcePeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Indicators of the municipality's own: for each duty that only a municipality's rule file sets (a local processing
 * deadline under retssikkerhedsloven § 3, stk. 2, say), the share of its deadlines met within the municipality's own
 * limit, as an {@link OnTimeIndicator} named {@code LOCAL_<duty>_ON_TIME}. A duty the statutory rule book also has is
 * left to the statutory indicators.
 */
final class LocalDeadlineIndicators {

    private LocalDeadlineIndicators() {}

    static List<OnTimeIndicator> of(RuleBook book) {
        Map<Duty, List<DeadlineRule>> local = new LinkedHashMap<>();
        for (DeadlineRule r : book.rules()) {
            if (r.source() == RuleSource.MUNICIPAL) {
                local.computeIfAbsent(r.duty(), d -> new ArrayList<>()).add(r);
            }
        }
        List<OnTimeIndicator> out = new ArrayList<>();
        local.forEach((duty, rules) -> {
            if (book.rulesOf(duty).stream().allMatch(r -> r.source() == RuleSource.MUNICIPAL)) {
                out.add(indicator(duty, rules));
            }
        });
        return List.copyOf(out);
    }

    private static OnTimeIndicator indicator(Duty duty, List<DeadlineRule> rules) {
        List<DeadlineRule> byStart = rules.stream()
                .sorted(Comparator.comparing(r -> r.inForce().startInclusive()))
                .toList();
        DeadlineRule latest = byStart.get(byStart.size() - 1);
        LocalDate first = byStart.get(0).inForce().startInclusive();
        String ids = byStart.stream().map(DeadlineRule::id).collect(Collectors.joining(", "));
        String name = duty.name().startsWith("LOCAL_") ? duty.name() : "LOCAL_" + duty.name();
        return OnTimeIndicator.builder(name + "_ON_TIME", duty)
                .name(LocalizedText.of(latest.titleDa(), latest.titleEn()))
                .description(LocalizedText.of(
                        "Andel af kommunens egne frister (" + ids + ") overholdt inden for kommunens egen grænse.",
                        "Share of the municipality's own deadlines (" + ids + ") met within its own limit."))
                .legalBasis(byStart.stream()
                        .map(r -> LegalBasis.of(r.legalBasis(), r.inForce()))
                        .distinct()
                        .toArray(LegalBasis[]::new))
                .applies(InForcePeriod.from(first))
                .trigger(LocalizedText.of(
                        "Frister efter kommunens regel " + ids + ", hvis udløsende dato ligger i rapportperioden",
                        "Deadlines under the municipality's rule " + ids + " whose trigger date is in the reporting"
                                + " period"))
                .step(LocalizedText.of(
                        "skridtet blev taget inden for kommunens egen frist",
                        "the step was taken within the municipality's own limit"))
                .build();
    }
}
