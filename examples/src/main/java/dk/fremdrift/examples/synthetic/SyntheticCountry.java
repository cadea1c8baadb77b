package dk.fremdrift.examples.synthetic;

import dk.fremdrift.model.MunicipalityCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * All 98 municipalities, synthetic: each a {@link SyntheticMunicipality} with a size, a profile that varies around the
 * national one in a seeded way, and a row of synthetic structural indicators (a socioeconomic index, the number of
 * children aged 0-17, the share of children in families on public support) that go with its profile: where the index
 * is high, there are more notifications per child and more children on public support.
 *
 * <p><b>Synthetic throughout.</b> By default the sizes are not the municipalities' real numbers of children: they are
 * drawn from a seeded log-normal distribution, with København, Aarhus, Odense and Aalborg made larger, so that the
 * country has the spread of a real one. Given a table of the real number of children aged 0-17 per municipality
 * ({@link #of(long, int, LocalDate, LocalDate, Map)}, from Danmarks Statistik's FOLK1A), the sizes are in proportion
 * to it instead, and it is the table's children column. The cases, the profiles and the other structural indicators
 * are drawn either way: nothing here describes a real municipality's casework.
 */
public final class SyntheticCountry {

    private static final long SALT = 0x5C0C_7A11L;
    private static final List<Integer> CITIES = List.of(101, 751, 461, 851);
    private static final double[] CITY_FACTOR = {8, 4, 2.5, 2.5};

    private final List<Member> members;
    private final boolean realChildren;

    private SyntheticCountry(List<Member> members, boolean realChildren) {
        this.members = List.copyOf(members);
        this.realChildren = realChildren;
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
        return of(seed, medianChildren, from, to, Map.of());
    }

    /**
     * Draws the country with sizes in proportion to the real number of children aged 0-17 in each municipality: the
     * municipality with the median number gets {@code medianChildren} children with a case, the others in proportion.
     * The same seed gives the same profiles and structural indicators as {@link #of(long, int, LocalDate, LocalDate)}.
     *
     * @param seed the seed
     * @param medianChildren the number of children with a case of the municipality with the median number of children
     * @param from the first day of case history
     * @param to the day after the last day of case history
     * @param children0to17 the number of children aged 0-17 of every one of the 98 municipalities; empty to draw the
     *     sizes instead
     * @return the country, municipalities ascending by code
     * @throws IllegalArgumentException if {@code medianChildren} is below 1, or the table misses a municipality or
     *     has a number below 1 (the message names the municipality)
     */
    public static SyntheticCountry of(
            long seed, int medianChildren, LocalDate from, LocalDate to, Map<MunicipalityCode, Long> children0to17) {
        boolean real = !children0to17.isEmpty();
        double medianReal = real ? median(children0to17) : 0;
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
            double drawn = medianChildren * Math.exp(0.5 * r.nextGaussian()) * (city < 0 ? 1 : CITY_FACTOR[city]);
            double size = real ? medianChildren * children0to17.get(code) / medianReal : drawn;
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
                    real ? children0to17.get(code) : Math.round(children * (18 + 4 * r.nextDouble())),
                    round(Math.max(0.5, 5 + 6 * (index - 1) + r.nextGaussian()), 1)));
        }
        return new SyntheticCountry(members, real);
    }

    /** The median of a table of every municipality, after checking that it has every one and only numbers above 0. */
    private static double median(Map<MunicipalityCode, Long> table) {
        List<Long> values = new ArrayList<>();
        for (MunicipalityCode code : MunicipalityCode.all()) {
            Long n = table.get(code);
            if (n == null || n < 1) {
                throw new IllegalArgumentException("children0to17: expected 1 or more children for every"
                        + " municipality, got " + (n == null ? "none" : "fewer") + " for " + code.format());
            }
            values.add(n);
        }
        Collections.sort(values);
        int mid = values.size() / 2;
        return values.size() % 2 == 1 ? values.get(mid) : (values.get(mid - 1) + values.get(mid)) / 2.0;
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
     * Returns the structural table as CSV: {@code kommunekode}, then the three indicators (synthetic, but for the
     * children aged 0-17 when the sizes came from a real table), with commas.
     *
     * @return the CSV text, with a header row
     */
    public String structureCsv() {
        StringBuilder b = new StringBuilder("kommunekode,socioøkonomisk indeks (syntetisk),"
                + (realChildren ? "børn 0-17" : "børn 0-17 (syntetisk)")
                + ",andel på offentlig forsørgelse % (syntetisk)\n");
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
