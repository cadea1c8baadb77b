package dk.fremdrift.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.CaseId;
import dk.fremdrift.model.Child;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.KleNumber;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.Price;
import dk.fremdrift.model.PriceUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the budget commitment on seeded random interventions. Each run's seed is in the test's name and in
 * every assertion's description, so a failure can be replayed with that seed.
 */
class BudgetAggregateMergeTest {

    private static final long BASE_SEED = 20_251_126L;
    private static final List<LegalReference> BASES = List.of(
            LegalReference.of(Law.BARNETS_LOV, "32"),
            LegalReference.of(Law.BARNETS_LOV, "32", 1),
            LegalReference.of(Law.BARNETS_LOV, "46"),
            LegalReference.of(Law.BARNETS_LOV, "114"),
            LegalReference.of(Law.SERVICELOVEN, "52", 3));
    private static final LocalDate EARLIEST = LocalDate.of(2023, 6, 1);

    static LongStream seeds() {
        return LongStream.range(0, 200).map(i -> BASE_SEED + i);
    }

    private static BigDecimal randomAmount(Random random) {
        // 0 to 50,000.00 with 0, 1 or 2 decimals, as prices come in.
        int scale = random.nextInt(3);
        long unscaled = (long) (random.nextDouble() * 50_000 * Math.pow(10, scale));
        return BigDecimal.valueOf(unscaled, scale);
    }

    private static Intervention randomIntervention(Random random, String id) {
        InterventionKind kind = InterventionKind.values()[random.nextInt(InterventionKind.values().length)];
        LocalDate start = EARLIEST.plusDays(random.nextInt(1_200));
        Intervention i = Intervention.of(PartId.of(id), kind, BASES.get(random.nextInt(BASES.size())), start);
        if (random.nextInt(10) < 6) {
            i = i.withEnd(start.plusDays(random.nextInt(700)));
        }
        if (random.nextInt(100) < 85) {
            PriceUnit unit = PriceUnit.values()[random.nextInt(PriceUnit.values().length)];
            i = i.withPrice(new Price(randomAmount(random), unit));
        }
        return i;
    }

    private static List<ChildCase> randomCases(Random random) {
        int n = random.nextInt(40);
        List<ChildCase> cases = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            LocalDate born = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5_000));
            ChildCase.Builder b = ChildCase.builder(
                    CaseId.of("2025-" + c),
                    // A case is not opened before the child's birth (the model refuses it).
                    Child.of(born.isAfter(EARLIEST) ? EARLIEST : born),
                    MunicipalityCode.of(101),
                    KleNumber.parse("27.24.00-G01"),
                    EARLIEST);
            int interventions = random.nextInt(5);
            for (int i = 0; i < interventions; i++) {
                b.addIntervention(randomIntervention(random, "i" + i));
            }
            cases.add(b.build());
        }
        return cases;
    }

    private static BudgetYear randomBudgetYear(Random random) {
        int year = 2024 + random.nextInt(2);
        return BudgetYear.of(LocalDate.of(year, 1, 1)
                .plusDays(random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear())));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void merge_anySplitInAnyOrder_equalsTheWholeExactly(long seed) {
        Random random = new Random(seed);
        BudgetYear year = randomBudgetYear(random);
        List<ChildCase> cases = randomCases(random);
        BudgetAggregate whole = BudgetAggregate.of(year);
        cases.forEach(whole::add);

        int parts = 1 + random.nextInt(5);
        List<BudgetAggregate> split = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            split.add(BudgetAggregate.of(year));
        }
        List<ChildCase> shuffled = new ArrayList<>(cases);
        Collections.shuffle(shuffled, random);
        shuffled.forEach(c -> split.get(random.nextInt(parts)).add(c));
        Collections.shuffle(split, random);
        BudgetAggregate merged = BudgetAggregate.of(year);
        split.forEach(merged::merge);

        Budget budget = Budget.ofTotal(new BigDecimal("1000000"))
                .withKind(InterventionKind.FOSTER_CARE, new BigDecimal("250000.50"))
                .withLegalBasis(BASES.get(0), new BigDecimal("90000"));
        assertThat(merged.exactState()).as("seed %d", seed).isEqualTo(whole.exactState());
        assertThat(merged.report(budget)).as("seed %d", seed).isEqualTo(whole.report(budget));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void report_anyCases_linesAddUpAndNothingDropped(long seed) {
        Random random = new Random(seed);
        BudgetYear year = randomBudgetYear(random);
        List<ChildCase> cases = randomCases(random);
        BudgetAggregate agg = BudgetAggregate.of(year);
        cases.forEach(agg::add);

        BudgetReport r = agg.report(Budget.none());

        long priced = 0;
        long unpriced = 0;
        BigDecimal half = new BigDecimal("0.005");
        for (ChildCase c : cases) {
            for (Intervention i : c.interventions()) {
                if (i.price().isEmpty()) {
                    unpriced += BudgetPricing.runsInYear(i, year) ? 1 : 0;
                } else {
                    priced += BudgetPricing.isInYear(i, i.price().get(), year) ? 1 : 0;
                }
            }
        }
        assertThat(r.total().interventions()).as("seed %d", seed).isEqualTo(priced);
        assertThat(r.unpricedCount()).as("seed %d", seed).isEqualTo(unpriced);
        assertThat(r.byKind().stream().mapToLong(BudgetLine::interventions).sum())
                .as("seed %d", seed)
                .isEqualTo(priced);
        assertThat(r.byLegalBasis().stream()
                        .mapToLong(BudgetLine::interventions)
                        .sum())
                .as("seed %d", seed)
                .isEqualTo(priced);
        // Lines are rounded independently: the total is within half an øre per line of the sum of the lines.
        BigDecimal kindSum = r.byKind().stream().map(BudgetLine::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(kindSum.subtract(r.total().spent()).abs())
                .as("seed %d", seed)
                .isLessThanOrEqualTo(half.multiply(BigDecimal.valueOf(r.byKind().size() + 1L)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scaledCost_randomIntervention_matchesDayByDayAndSplitsExactlyAtAsOf(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 20; n++) {
            Intervention i = randomIntervention(random, "i1");
            if (i.price().isEmpty()) {
                continue;
            }
            Price price = i.price().get();
            BudgetYear year = randomBudgetYear(random);
            BigDecimal whole = BudgetPricing.scaledCost(i, price, year.firstDay(), year.lastDay());
            BigDecimal spent = BudgetPricing.scaledCost(i, price, year.firstDay(), year.asOf());
            BigDecimal committed =
                    BudgetPricing.scaledCost(i, price, year.asOf().plusDays(1), year.lastDay());

            assertThat(spent.add(committed)).as("seed %d, %s", seed, i).isEqualByComparingTo(whole);
            assertThat(spent)
                    .as("seed %d, %s", seed, i)
                    .isEqualByComparingTo(dayByDay(i, price, year.firstDay(), year.asOf()));
            assertThat(committed)
                    .as("seed %d, %s", seed, i)
                    .isEqualByComparingTo(dayByDay(i, price, year.asOf().plusDays(1), year.lastDay()));
            BudgetCommitment single = BudgetCommitment.find(i, year).orElseThrow();
            BudgetReport report = BudgetAggregate.of(year).add(i).report(Budget.none());
            assertThat(report.total().spent()).as("seed %d", seed).isEqualTo(single.spent());
            assertThat(report.total().committed()).as("seed %d", seed).isEqualTo(single.committed());
        }
    }

    /** A naive oracle: walk the days one by one, in the same scaled unit (1/377 580 DKK). */
    private static BigDecimal dayByDay(Intervention i, Price price, LocalDate from, LocalDate to) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal lcm = BigDecimal.valueOf(377_580);
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            switch (price.unit()) {
                case ONE_OFF -> {
                    if (day.equals(i.start())) {
                        sum = sum.add(price.amount().multiply(lcm));
                    }
                }
                case PER_DAY -> {
                    if (i.isActiveOn(day)) {
                        sum = sum.add(price.amount().multiply(lcm));
                    }
                }
                case PER_MONTH -> {
                    if (i.isActiveOn(day)) {
                        sum = sum.add(price.amount().multiply(BigDecimal.valueOf(377_580 / day.lengthOfMonth())));
                    }
                }
            }
        }
        return sum;
    }
}
