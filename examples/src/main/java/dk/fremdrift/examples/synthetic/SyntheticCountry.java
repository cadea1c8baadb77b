package dk.fremdrift.examples.synthetic;

import dk.fremdrift.model.MunicipalityCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * All 98 municipalities, synthetic: each a {@link SyntheticMunicipality} with a size, a profile that varies around the
 * national one in a seeded way, and a row of synthetic structural indicators (a socioeconomic index, the number of
 * children aged 0-17, the share of children in families on public support) that go with its profile: where the index
 * is high, there are more notifications per child and more children on public support.
 *
 * <p><b>Synthetic throughout.</b> The sizes are not the municipalities' real numbers of children: they are drawn from
 * a seeded log-normal distribution, with København, Aarhus, Odense and Aalborg made larger, so that the country has
 * the spread of a real one. The structural rows are drawn too. Nothing here describes a real municipality.
 */
public final class SyntheticCountry {

    private static final long SALT = 0x5C0C_7A11L;
    private static final List<Integer> CITIES = List.of(101, 751, 461, 851);
    private static final double[] CITY_FACTOR = {8, 4, 2.5, 2.5};

    private final List<Member> members;

    private SyntheticCountry(List<Member> members) {
        this.members = List.copyOf(members);
    }

    /**
     * A municipality of the country: its synthetic cases and its synthetic structural indicators.
     *
     * @param municipality the synthetic municipality
     * @param socioeconomicIndex the synthetic socioeconomic index, around 1
     * @param children0to17 the synthetic number of children aged 0-17 living there
     * @param publicSupportShare the synthetic share (in %) of children in families on public support
     */
    public record Member(
            SyntheticMunicipality municipality,
            double socioeconomicIndex,
            long children0to17,
            double publicSupportShare) {}

    /**
     * Draws the country.
     *
     * @param seed the seed; the same seed gives the same country
     * @param medianChildren the median number of children with a case of a municipality (the cities get more)
     * @param from the first day of case history
     * @param to the day after the last day of case history
     * @return the country, municipalities ascending by code
     * @throws IllegalArgumentException if {@code medianChildren} is below 1
     */
    public static SyntheticCountry of(long seed, int medianChildren, LocalDate from, LocalDate to) {
        if (medianChildren < 1) {
            throw new IllegalArgumentException("medianChildren: expected 1 or more, got " + medianChildren);
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        SyntheticProfile national = SyntheticProfile.national();
        List<Member> members = new ArrayList<>();
        for (MunicipalityCode code : MunicipalityCode.all()) {
            SplittableRandom r = new SplittableRandom(SplitMix64.derive(seed, SALT, code.code()));
            int city = CITIES.indexOf(code.code());
            double size = medianChildren * Math.exp(0.5 * r.nextGaussian()) * (city < 0 ? 1 : CITY_FACTOR[city]);
            int children = Math.max(20, (int) Math.round(size));
            double index = Math.max(0.5, 1 + 0.15 * r.nextGaussian());
            double practice = r.nextGaussian(); // the organisation: better or worse at acting on time
            SyntheticProfile profile = national.toBuilder()
                    .meanNotificationsPerChild(
                            Math.max(1.0, national.meanNotificationsPerChild() * (0.7 + 0.3 * index)))
                    .assessmentOnTimeRate(
                            rate(national.assessmentOnTimeRate() + 0.05 * practice, national.assessmentMissingRate()))
                    .investigationOnTimeRate(rate(
                            national.investigationOnTimeRate() + 0.12 * practice,
                            national.investigationNeverCompletedRate()))
                    .planOnTimeRate(rate(national.planOnTimeRate() + 0.10 * practice, national.planMissingRate()))
                    .firstFollowUpOnTimeRate(
                            rate(national.firstFollowUpOnTimeRate() + 0.10 * practice, national.followUpMissingRate()))
                    .screeningExplorationRate(rate(
                            national.screeningExplorationRate() * (0.8 + 0.4 * r.nextDouble()),
                            national.screeningInvestigationRate()))
                    .build();
            members.add(new Member(
                    SyntheticMunicipality.builder()
                            .municipality(code)
                            .children(children)
                            .from(from)
                            .to(to)
                            .seed(SplitMix64.derive(seed, SALT + 1, code.code()))
                            .profile(profile)
                            .build(),
                    round(index, 3),
                    Math.round(children * (18 + 4 * r.nextDouble())),
                    round(Math.max(0.5, 5 + 6 * (index - 1) + r.nextGaussian()), 1)));
        }
        return new SyntheticCountry(members);
    }

    /** A rate kept within [0.02, 0.98] and so that with {@code other} it sums to at most 1. */
    private static double rate(double x, double other) {
        return Math.min(Math.max(0.02, x), Math.min(0.98, 1 - other));
    }

    private static double round(double x, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(x * f) / f;
    }

    /**
     * Returns the municipalities, ascending by code.
     *
     * @return the members
     */
    public List<Member> members() {
        return members;
    }

    /**
     * Returns the structural table as CSV: {@code kommunekode}, then the three synthetic indicators, with commas.
     *
     * @return the CSV text, with a header row
     */
    public String structureCsv() {
        StringBuilder b = new StringBuilder("kommunekode,socioøkonomisk indeks (syntetisk),børn 0-17 (syntetisk),"
                + "andel på offentlig forsørgelse % (syntetisk)\n");
        for (Member m : members) {
            b.append(m.municipality().municipality().format())
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.3f", m.socioeconomicIndex()))
                    .append(',')
                    .append(m.children0to17())
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.1f", m.publicSupportShare()))
                    .append('\n');
        }
        return b.toString();
    }
}
