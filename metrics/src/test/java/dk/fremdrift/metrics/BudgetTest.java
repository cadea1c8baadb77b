package dk.fremdrift.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BudgetTest {

    private static final LegalReference BL_32 = LegalReference.of(Law.BARNETS_LOV, "32");

    @Test
    void total_none_empty() {
        assertThat(Budget.none().total()).isEmpty();
        assertThat(Budget.none().forKind(InterventionKind.FOSTER_CARE)).isEmpty();
    }

    @Test
    void total_given_winsOverKindsAndBases() {
        Budget b = Budget.ofTotal(new BigDecimal("100"))
                .withKind(InterventionKind.FOSTER_CARE, new BigDecimal("70"))
                .withLegalBasis(BL_32, new BigDecimal("20"));

        assertThat(b.total()).contains(new BigDecimal("100.00"));
    }

    @Test
    void total_notGiven_sumOfKindsNotAddedToBases() {
        Budget b = Budget.none()
                .withKind(InterventionKind.FOSTER_CARE, new BigDecimal("70"))
                .withKind(InterventionKind.CONTACT_PERSON, new BigDecimal("5.5"))
                .withLegalBasis(BL_32, new BigDecimal("20"));

        assertThat(b.total()).contains(new BigDecimal("75.50"));
    }

    @Test
    void total_onlyBases_sumOfBases() {
        Budget b = Budget.none()
                .withLegalBasis(BL_32, new BigDecimal("20"))
                .withLegalBasis(LegalReference.of(Law.BARNETS_LOV, "46"), new BigDecimal("30.01"));

        assertThat(b.total()).contains(new BigDecimal("50.01"));
    }

    @Test
    void withKind_again_replaces() {
        Budget b = Budget.none()
                .withKind(InterventionKind.FOSTER_CARE, new BigDecimal("70"))
                .withKind(InterventionKind.FOSTER_CARE, new BigDecimal("80"));

        assertThat(b.forKind(InterventionKind.FOSTER_CARE)).contains(new BigDecimal("80.00"));
        assertThat(b).isEqualTo(Budget.none().withKind(InterventionKind.FOSTER_CARE, new BigDecimal("80.0")));
    }

    @Test
    void withTotal_negativeOrThreeDecimals_throws() {
        assertThatThrownBy(() -> Budget.ofTotal(new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("total: expected zero or more DKK, got -1");
        assertThatThrownBy(() -> Budget.none().withLegalBasis(BL_32, new BigDecimal("0.001")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount: expected at most two decimals (øre), got 0.001");
        assertThatThrownBy(() -> Budget.none().withKind(null, BigDecimal.ONE))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("kind");
    }
}
