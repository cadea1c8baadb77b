package dk.fremdrift.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.model.CaseId;
import dk.fremdrift.model.Child;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.KleNumber;
import dk.fremdrift.model.LadderStep;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.Price;
import dk.fremdrift.model.PriceUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The aggregate on three hand-built cases in budget year 2025 as of 30 June; the numbers are worked below. */
class BudgetAggregateTest {

    private static final BudgetYear AS_OF_JUNE_30 = BudgetYear.of(LocalDate.of(2025, 6, 30));
    private static final LegalReference BL_32 = LegalReference.of(Law.BARNETS_LOV, "32");
    private static final LegalReference BL_46 = LegalReference.of(Law.BARNETS_LOV, "46");
    private static final LegalReference BL_114 = LegalReference.of(Law.BARNETS_LOV, "114");
    private static final LegalReference SEL_52 = LegalReference.of(Law.SERVICELOVEN, "52", 3);

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static BigDecimal dkk(String amount) {
        return new BigDecimal(amount);
    }

    private static ChildCase childCase(String id, Intervention... interventions) {
        ChildCase.Builder b = ChildCase.builder(
                CaseId.of(id),
                Child.of(d(2014, 2, 3)),
                MunicipalityCode.of(101),
                KleNumber.parse("27.24.00-G01"),
                d(2024, 1, 2));
        for (Intervention i : interventions) {
            b.addIntervention(i);
        }
        return b.build();
    }

    private static Intervention intervention(
            String id, InterventionKind kind, LegalReference basis, LocalDate start, LocalDate end, Price price) {
        Intervention i = Intervention.of(PartId.of(id), kind, basis, start);
        i = end == null ? i : i.withEnd(end);
        return price == null ? i : i.withPrice(price);
    }

    /**
     * Case A: foster care 1,850/day 1 Mar - 31 Aug (spent 122 days = 225,700, committed 62 days = 114,700); a
     * contact person 4,000/month all year, no end (spent 6 months = 24,000, committed 24,000); family therapy
     * without a price.
     */
    private static final ChildCase CASE_A = childCase(
            "2025-0001",
            intervention(
                    "a1",
                    InterventionKind.FOSTER_CARE,
                    BL_46,
                    d(2025, 3, 1),
                    d(2025, 8, 31),
                    Price.of("1850", PriceUnit.PER_DAY)),
            intervention(
                    "a2",
                    InterventionKind.CONTACT_PERSON,
                    BL_32,
                    d(2024, 9, 1),
                    null,
                    Price.of("4000", PriceUnit.PER_MONTH)),
            intervention("a3", InterventionKind.FAMILY_THERAPY, BL_32, d(2025, 2, 1), null, null));

    /**
     * Case B: foster care 1,850/day from 1 Jul, no end (committed 184 days = 340,400); financial support 7,500
     * one-off on 1 Sep (committed).
     */
    private static final ChildCase CASE_B = childCase(
            "2025-0002",
            intervention(
                    "b1",
                    InterventionKind.FOSTER_CARE,
                    BL_46,
                    d(2025, 7, 1),
                    null,
                    Price.of("1850", PriceUnit.PER_DAY)),
            intervention(
                    "b2",
                    InterventionKind.FINANCIAL_SUPPORT,
                    BL_32,
                    d(2025, 9, 1),
                    d(2025, 9, 1),
                    Price.of("7500", PriceUnit.ONE_OFF)));

    /** Case C: respite care that ended last year, with and without a price: not counted at all. */
    private static final ChildCase CASE_C = childCase(
            "2024-0003",
            intervention("c1", InterventionKind.RESPITE_CARE, BL_32, d(2024, 1, 1), d(2024, 12, 31), null),
            intervention(
                    "c2",
                    InterventionKind.RESPITE_CARE,
                    BL_32,
                    d(2024, 1, 1),
                    d(2024, 12, 31),
                    Price.of("900", PriceUnit.PER_DAY)));

    private static BudgetAggregate all() {
        return BudgetAggregate.of(AS_OF_JUNE_30).add(CASE_A).add(CASE_B).add(CASE_C);
    }

    private static BudgetLine line(
            InterventionKind kind, LegalReference basis, long count, String spent, String committed, String budget) {
        return BudgetLine.of(
                Optional.ofNullable(kind),
                Optional.ofNullable(basis),
                count,
                dkk(spent),
                dkk(committed),
                Optional.ofNullable(budget).map(BigDecimal::new),
                0);
    }

    /** A line without its intervention days and cost per child-year, which have tests of their own. */
    private static BudgetLine strip(BudgetLine l) {
        return new BudgetLine(
                l.kind(),
                l.legalBasis(),
                l.interventions(),
                l.spent(),
                l.committed(),
                l.projected(),
                l.budget(),
                l.overspend());
    }

    private static java.util.List<BudgetLine> strip(java.util.List<BudgetLine> lines) {
        return lines.stream().map(BudgetAggregateTest::strip).toList();
    }

    @Test
    void report_costPerChildYear_byKindAndByLadderStep() {
        BudgetAggregate agg = BudgetAggregate.of(BudgetYear.of(LocalDate.of(2025, 6, 30)))
                .add(intervention(
                        "f1",
                        InterventionKind.FOSTER_CARE,
                        BL_46,
                        d(2025, 1, 1),
                        null,
                        Price.of("1000", PriceUnit.PER_DAY)))
                .add(intervention(
                        "f2",
                        InterventionKind.KINSHIP_FOSTER_CARE,
                        BL_46,
                        d(2025, 7, 1),
                        null,
                        Price.of("500", PriceUnit.PER_DAY)))
                .add(intervention(
                        "t1",
                        InterventionKind.FAMILY_THERAPY,
                        BL_32,
                        d(2024, 6, 1),
                        d(2025, 1, 31),
                        Price.of("3100", PriceUnit.PER_MONTH)));

        BudgetReport r = agg.report(Budget.none());

        BudgetLine foster = r.byKind().stream()
                .filter(l -> l.kind().equals(Optional.of(InterventionKind.FOSTER_CARE)))
                .findFirst()
                .orElseThrow();
        assertThat(foster.interventionDays()).isEqualTo(365);
        assertThat(foster.perChildYear()).contains(dkk("365000.00"));
        // Family care: 365 days at 1,000 and 184 days at 500 = 457,000 over 549 days.
        BudgetLine family = r.byLadderStep().get(LadderStep.FAMILY_CARE);
        assertThat(family.interventionDays()).isEqualTo(549);
        assertThat(family.projected()).isEqualByComparingTo("457000.00");
        assertThat(family.perChildYear())
                .contains(new BigDecimal("457000")
                        .multiply(BigDecimal.valueOf(365))
                        .divide(BigDecimal.valueOf(549), 2, java.math.RoundingMode.HALF_EVEN));
        // January 2025 of a monthly price: 31 days for one month's price, 3,100 * 365 / 31 = 36,500.
        BudgetLine preventive = r.byLadderStep().get(LadderStep.PREVENTIVE_SUPPORT);
        assertThat(preventive.interventionDays()).isEqualTo(31);
        assertThat(preventive.perChildYear()).contains(dkk("36500.00"));
        assertThat(r.byLadderStep()).doesNotContainKey(LadderStep.RESIDENTIAL_CARE);
        assertThat(r.total().interventionDays()).isEqualTo(580);
    }

    @Test
    void report_noBudget_linesByKindAndLegalBasis() {
        BudgetReport r = all().report(Budget.none());

        assertThat(r.budgetYear()).isEqualTo(AS_OF_JUNE_30);
        // spent 225,700 + 24,000 = 249,700; committed 114,700 + 24,000 + 340,400 + 7,500 = 486,600
        assertThat(strip(r.total())).isEqualTo(line(null, null, 4, "249700.00", "486600.00", null));
        assertThat(r.total().projected()).isEqualTo("736300.00");
        assertThat(r.total().budget()).isEmpty();
        assertThat(r.total().overspend()).isEmpty();
        assertThat(strip(r.byKind()))
                .containsExactly(
                        line(InterventionKind.CONTACT_PERSON, null, 1, "24000.00", "24000.00", null),
                        line(InterventionKind.FINANCIAL_SUPPORT, null, 1, "0.00", "7500.00", null),
                        line(InterventionKind.FOSTER_CARE, null, 2, "225700.00", "455100.00", null));
        assertThat(strip(r.byLegalBasis()))
                .containsExactly(
                        line(null, BL_32, 2, "24000.00", "31500.00", null),
                        line(null, BL_46, 2, "225700.00", "455100.00", null));
        assertThat(r.unpricedByKind()).isEqualTo(Map.of(InterventionKind.FAMILY_THERAPY, 1L));
        assertThat(r.unpricedCount()).isEqualTo(1);
    }

    @Test
    void report_budgetByKind_overspendPerLineAndTotalFromTheKinds() {
        Budget budget = Budget.none()
                .withKind(InterventionKind.FOSTER_CARE, dkk("600000"))
                .withKind(InterventionKind.RESIDENTIAL_INSTITUTION, dkk("1000000"));

        BudgetReport r = all().report(budget);

        // foster care: 680,800 projected - 600,000 = 80,800 over
        assertThat(strip(r.byKind()))
                .contains(line(InterventionKind.FOSTER_CARE, null, 2, "225700.00", "455100.00", "600000"));
        assertThat(r.byKind().get(2).overspend()).contains(dkk("80800.00"));
        // a budgeted kind with no interventions still shows, fully underspent
        assertThat(strip(r.byKind()))
                .contains(line(InterventionKind.RESIDENTIAL_INSTITUTION, null, 0, "0", "0", "1000000"));
        assertThat(r.byKind().get(3).overspend()).contains(dkk("-1000000.00"));
        // no total given: the sum of the kinds, 1,600,000; 736,300 - 1,600,000 = -863,700 under
        assertThat(r.total().budget()).contains(dkk("1600000.00"));
        assertThat(r.total().overspend()).contains(dkk("-863700.00"));
        // kinds without a budget have none
        assertThat(r.byKind().get(0).budget()).isEmpty();
    }

    @Test
    void report_explicitTotalAndLegalBasis_overspend() {
        Budget budget = Budget.ofTotal(dkk("700000"))
                .withLegalBasis(BL_32, dkk("50000"))
                .withLegalBasis(BL_114, dkk("10000"))
                .withLegalBasis(SEL_52, dkk("1"));

        BudgetReport r = all().report(budget);

        // 736,300 - 700,000 = 36,300 over
        assertThat(r.total().overspend()).contains(dkk("36300.00"));
        // ordered by act, then paragraph as a number: BL § 32, § 46, § 114, then SEL § 52, stk. 3
        assertThat(strip(r.byLegalBasis()))
                .containsExactly(
                        line(null, BL_32, 2, "24000.00", "31500.00", "50000"),
                        line(null, BL_46, 2, "225700.00", "455100.00", null),
                        line(null, BL_114, 0, "0", "0", "10000"),
                        line(null, SEL_52, 0, "0", "0", "1"));
        // § 32: 55,500 - 50,000 = 5,500 over
        assertThat(r.byLegalBasis().get(0).overspend()).contains(dkk("5500.00"));
    }

    @Test
    void report_manyProratedMonths_summedExactlyThenRounded() {
        // 31 contact persons at 100.00/month for one day of January: each 100/31 = 3.2258... (3.23 rounded alone),
        // exactly 100.00 together, where adding rounded amounts would give 31 * 3.23 = 100.13.
        BudgetAggregate agg = BudgetAggregate.of(AS_OF_JUNE_30);
        for (int i = 0; i < 31; i++) {
            agg.add(intervention(
                    "m" + i,
                    InterventionKind.CONTACT_PERSON,
                    BL_32,
                    d(2025, 1, 5),
                    d(2025, 1, 5),
                    Price.of("100.00", PriceUnit.PER_MONTH)));
        }

        BudgetReport r = agg.report(Budget.none());

        assertThat(r.total().spent()).isEqualTo("100.00");
        assertThat(r.total().interventions()).isEqualTo(31);
        Intervention one = intervention(
                "x",
                InterventionKind.CONTACT_PERSON,
                BL_32,
                d(2025, 1, 5),
                d(2025, 1, 5),
                Price.of("100.00", PriceUnit.PER_MONTH));
        assertThat(BudgetCommitment.find(one, AS_OF_JUNE_30).orElseThrow().spent())
                .isEqualTo("3.23");
    }

    @Test
    void merge_twoAggregates_equalsAllInOne() {
        BudgetAggregate left = BudgetAggregate.of(AS_OF_JUNE_30).add(CASE_A);
        BudgetAggregate right = BudgetAggregate.of(AS_OF_JUNE_30).add(CASE_C).add(CASE_B);

        BudgetReport merged = left.merge(right).report(Budget.none());

        assertThat(merged).isEqualTo(all().report(Budget.none()));
        // the argument is unchanged
        assertThat(right.report(Budget.none()).total().interventions()).isEqualTo(2);
    }

    @Test
    void merge_itself_throws() {
        BudgetAggregate agg = BudgetAggregate.of(AS_OF_JUNE_30).add(CASE_B);

        assertThatThrownBy(() -> agg.merge(agg))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("other: expected another aggregate, got this one (its cases would count twice)");
        assertThat(agg.report(Budget.none()).total().interventions()).isEqualTo(2);
    }

    @Test
    void merge_otherAsOf_throws() {
        BudgetAggregate june = BudgetAggregate.of(AS_OF_JUNE_30);
        BudgetAggregate july = BudgetAggregate.of(BudgetYear.of(d(2025, 7, 31)));

        assertThatThrownBy(() -> june.merge(july))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other: expected an aggregate of");
    }

    @Test
    void report_thenAdd_reportUnchanged() {
        BudgetAggregate agg = BudgetAggregate.of(AS_OF_JUNE_30).add(CASE_A);
        BudgetReport before = agg.report(Budget.none());

        agg.add(CASE_B);

        assertThat(before.total().interventions()).isEqualTo(2);
        assertThat(agg.report(Budget.none()).total().interventions()).isEqualTo(4);
    }

    @Test
    void report_empty_zeroTotalAndNoLines() {
        BudgetReport r = BudgetAggregate.of(AS_OF_JUNE_30).report(Budget.ofTotal(dkk("10")));

        assertThat(strip(r.total())).isEqualTo(line(null, null, 0, "0", "0", "10"));
        assertThat(r.total().overspend()).contains(dkk("-10.00"));
        assertThat(r.byKind()).isEmpty();
        assertThat(r.byLegalBasis()).isEmpty();
        assertThat(r.unpricedByKind()).isEmpty();
    }

    @Test
    void add_nulls_throw() {
        BudgetAggregate agg = BudgetAggregate.of(AS_OF_JUNE_30);

        assertThatThrownBy(() -> agg.add((ChildCase) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> agg.add((Intervention) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> agg.report(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> BudgetAggregate.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void budgetLine_doesNotAddUp_throws() {
        assertThatThrownBy(() -> new BudgetLine(
                        Optional.empty(),
                        Optional.empty(),
                        1,
                        dkk("1.00"),
                        dkk("2.00"),
                        dkk("4.00"),
                        Optional.empty(),
                        Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("projected: expected spent + committed = 3.00, got 4.00");
        assertThatThrownBy(() -> new BudgetLine(
                        Optional.empty(),
                        Optional.empty(),
                        1,
                        dkk("1.00"),
                        dkk("2.00"),
                        dkk("3.00"),
                        Optional.of(dkk("2.00")),
                        Optional.of(dkk("2.00"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("overspend: expected projected - budget = 1.00, got 2.00");
    }

    @Test
    void budgetReport_kindLineWithoutKind_throws() {
        BudgetLine total = line(null, null, 0, "0", "0", null);

        assertThatThrownBy(() ->
                        new BudgetReport(AS_OF_JUNE_30, total, java.util.List.of(total), java.util.List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("byKind[0]: expected a line with a kind");
    }
}
