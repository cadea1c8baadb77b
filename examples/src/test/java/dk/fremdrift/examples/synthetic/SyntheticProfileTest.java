package dk.fremdrift.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.examples.synthetic.SyntheticProfile.PriceRange;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.PriceUnit;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticProfileTest {

    @Test
    void national_ratesWithNationalSource_haveTheNationalFigures() {
        SyntheticProfile p = SyntheticProfile.national();

        assertThat(p.meanNotificationsPerChild()).isEqualTo(1.8);
        assertThat(p.assessmentOnTimeRate()).isEqualTo(0.87);
        assertThat(p.investigationOnTimeRate()).isEqualTo(0.50);
        assertThat(p.childConversationHeldRate()).isEqualTo(0.65);
        assertThat(p.firstFollowUpOnTimeRate()).isEqualTo(0.75);
        assertThat(p.targetCaseload()).isBetween(20.0, 35.0);
    }

    @Test
    void national_notifiers_professionalsAreTheMajority() {
        SyntheticProfile p = SyntheticProfile.national();
        double total = p.notifierWeights().values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();

        assertThat(p.notifierWeight(NotifierKind.PROFESSIONAL) / total).isGreaterThan(0.5);
    }

    @Test
    void national_prices_matchTheDanishOrdersOfMagnitude() {
        Map<InterventionKind, PriceRange> prices = SyntheticProfile.national().prices();

        assertThat(prices.get(InterventionKind.FOSTER_CARE)).isEqualTo(PriceRange.perDay(1_200, 2_500));
        assertThat(prices.get(InterventionKind.RESIDENTIAL_INSTITUTION)).isEqualTo(PriceRange.perDay(4_000, 6_500));
        assertThat(prices.get(InterventionKind.FAMILY_THERAPY)).isEqualTo(PriceRange.perMonth(15_000, 40_000));
        assertThat(prices.get(InterventionKind.CONTACT_PERSON)).isEqualTo(PriceRange.perMonth(8_000, 15_000));
        assertThat(prices).containsOnlyKeys(InterventionKind.values());
    }

    @Test
    void toBuilder_unchanged_buildsAnEqualProfile() {
        SyntheticProfile p = SyntheticProfile.national();

        assertThat(p.toBuilder().build()).isEqualTo(p);
    }

    @Test
    void builder_changedRate_changesOnlyThatRate() {
        SyntheticProfile p = SyntheticProfile.national().toBuilder()
                .investigationOnTimeRate(0.3)
                .build();

        assertThat(p.investigationOnTimeRate()).isEqualTo(0.3);
        assertThat(p.assessmentOnTimeRate()).isEqualTo(0.87);
    }

    @Test
    void builder_rateAboveOne_throwsNamingTheComponent() {
        assertThatThrownBy(() ->
                        SyntheticProfile.builder().assessmentOnTimeRate(1.2).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("assessmentOnTimeRate")
                .hasMessageContaining("1.2");
    }

    @Test
    void builder_splitRatesAboveOne_throws() {
        assertThatThrownBy(() -> SyntheticProfile.builder()
                        .childConversationHeldRate(0.7)
                        .childConversationOmittedRate(0.4)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("childConversationHeldRate + childConversationOmittedRate");
    }

    @Test
    void builder_notANumber_throws() {
        assertThatThrownBy(() -> SyntheticProfile.builder()
                        .investigationOnTimeRate(Double.NaN)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("investigationOnTimeRate");
    }

    @Test
    void builder_meanNotificationsBelowOne_throws() {
        assertThatThrownBy(() -> SyntheticProfile.builder()
                        .meanNotificationsPerChild(0.5)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meanNotificationsPerChild");
    }

    @Test
    void builder_priceMissingForAKind_throwsNamingTheKind() {
        Map<InterventionKind, PriceRange> prices =
                new EnumMap<>(SyntheticProfile.national().prices());
        prices.remove(InterventionKind.OWN_ROOM);

        assertThatThrownBy(() -> SyntheticProfile.builder().prices(prices).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OWN_ROOM");
    }

    @Test
    void builder_allNotifierWeightsZero_throws() {
        assertThatThrownBy(() -> SyntheticProfile.builder()
                        .notifierWeights(Map.of(NotifierKind.CHILD, 0.0))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notifierWeights");
    }

    @Test
    void notifierWeights_kindsLeftOut_weighZeroAndMapIsImmutable() {
        SyntheticProfile p = SyntheticProfile.builder()
                .notifierWeights(Map.of(NotifierKind.PROFESSIONAL, 1.0))
                .build();

        assertThat(p.notifierWeight(NotifierKind.CITIZEN)).isZero();
        assertThatThrownBy(() -> p.notifierWeights().put(NotifierKind.CITIZEN, 1.0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void priceRange_maxBelowMin_throws() {
        assertThatThrownBy(() -> new PriceRange(10, 5, PriceUnit.PER_DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10..5");
    }
}
