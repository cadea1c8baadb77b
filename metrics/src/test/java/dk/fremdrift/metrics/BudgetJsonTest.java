package dk.fremdrift.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.Price;
import dk.fremdrift.model.PriceUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The JSON of a budget report, written with both Jackson lines: field order, øre amounts, absent values left out. */
class BudgetJsonTest {

    private static final String EXPECTED = "{\"budgetYear\":{\"year\":2025,\"asOf\":\"2025-06-30\"},"
            + "\"total\":{\"interventions\":1,\"spent\":225700.00,\"committed\":114700.00,\"projected\":340400.00,"
            + "\"budget\":300000.00,\"overspend\":40400.00,\"interventionDays\":184,\"perChildYear\":675250.00},"
            + "\"byKind\":[{\"kind\":\"FOSTER_CARE\",\"interventions\":1,\"spent\":225700.00,\"committed\":114700.00,"
            + "\"projected\":340400.00,\"interventionDays\":184,\"perChildYear\":675250.00}],"
            + "\"byLegalBasis\":[{\"legalBasis\":{\"law\":\"BARNETS_LOV\",\"paragraph\":\"46\",\"subsection\":1},"
            + "\"interventions\":1,\"spent\":225700.00,\"committed\":114700.00,\"projected\":340400.00,"
            + "\"interventionDays\":184,\"perChildYear\":675250.00}],"
            + "\"unpricedByKind\":{\"FAMILY_THERAPY\":1},"
            + "\"byLadderStep\":{\"FAMILY_CARE\":{\"interventions\":1,\"spent\":225700.00,\"committed\":114700.00,"
            + "\"projected\":340400.00,\"interventionDays\":184,\"perChildYear\":675250.00}}}";

    private static BudgetReport report() {
        Intervention fosterCare = Intervention.of(
                        PartId.of("i1"),
                        InterventionKind.FOSTER_CARE,
                        LegalReference.of(Law.BARNETS_LOV, "46", 1),
                        LocalDate.of(2025, 3, 1))
                .withEnd(LocalDate.of(2025, 8, 31))
                .withPrice(Price.of("1850", PriceUnit.PER_DAY));
        Intervention unpriced = Intervention.of(
                PartId.of("i2"),
                InterventionKind.FAMILY_THERAPY,
                LegalReference.of(Law.BARNETS_LOV, "32"),
                LocalDate.of(2025, 3, 1));
        return BudgetAggregate.of(BudgetYear.of(LocalDate.of(2025, 6, 30)))
                .add(fosterCare)
                .add(unpriced)
                .report(Budget.ofTotal(new BigDecimal("300000")));
    }

    @Test
    void report_jackson3_fieldsInOrder() {
        assertThat(JsonMapper.builder().build().writeValueAsString(report())).isEqualTo(EXPECTED);
    }

    @Test
    void report_jackson2_sameJson() throws Exception {
        ObjectMapper mapper =
                new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        assertThat(mapper.writeValueAsString(report())).isEqualTo(EXPECTED);
    }

    @Test
    void goalProgress_jackson3_fieldsInOrderAbsentProgressLeftOut() {
        JsonMapper mapper = JsonMapper.builder().build();
        GoalProgress measured = new GoalProgress(GoalArea.SCHOOL, GoalStatus.IMPROVING, Optional.of(0.5));
        GoalProgress notMeasurable = new GoalProgress(GoalArea.FAMILY, GoalStatus.NOT_MEASURABLE, Optional.empty());

        assertThat(mapper.writeValueAsString(measured))
                .isEqualTo("{\"area\":\"SCHOOL\",\"status\":\"IMPROVING\",\"progress\":0.5}");
        assertThat(mapper.writeValueAsString(notMeasurable))
                .isEqualTo("{\"area\":\"FAMILY\",\"status\":\"NOT_MEASURABLE\"}");
    }
}
