package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.AS_OF;
import static dk.fremdrift.metrics.Fixtures.CONFIG;
import static dk.fremdrift.metrics.Fixtures.ENGINE;
import static dk.fremdrift.metrics.Fixtures.YEAR_2025;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Cpr;
import dk.fremdrift.model.MunicipalityCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bytes of {@link MetricsAggregator#toBytes()} carry the whole state between processes of one run: seeded random
 * cases split at random (not by caseworker, as a Spark job's partitions are), each part's bytes merged into a fresh
 * aggregator in a shuffled order, give the exact state and the same reports, caseworker rows included, as one
 * aggregator fed every case. Bytes of other settings or indicators, and bytes cut short or changed anywhere, are
 * refused and change nothing.
 */
class RunStateProperties {

    private static final int CASES = 150;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 10).map(i -> 0x5A7E_0000L + i * 7_919);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mergeBytes_ofAnySplit_equalsOneAggregatorOfEveryCase(long seed) {
        List<ChildCase> cases = new RandomCases(seed).cases(CASES);
        SplittableRandom random = new SplittableRandom(seed);
        int parts = 1 + random.nextInt(8);
        List<MetricsAggregator> partial = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            partial.add(MetricsAggregator.of(CONFIG, List.of(OwnIndicatorsTest.SCREENING)));
        }
        MetricsAggregator whole = MetricsAggregator.of(CONFIG, List.of(OwnIndicatorsTest.SCREENING));
        for (ChildCase c : cases) {
            List<DeadlineEvaluation> evaluations = ENGINE.evaluate(c, AS_OF);
            whole.add(c, evaluations);
            partial.get(random.nextInt(parts)).add(c, evaluations);
        }
        List<byte[]> states = new ArrayList<>();
        partial.forEach(a -> states.add(a.toBytes()));
        Collections.shuffle(states, new Random(seed));

        MetricsAggregator merged = MetricsAggregator.of(CONFIG, List.of(OwnIndicatorsTest.SCREENING));
        states.forEach(merged::mergeBytes);

        assertThat(merged.snapshot()).as("seed %d, %d parts", seed, parts).isEqualTo(whole.snapshot());
        assertThat(merged.caseCount()).isEqualTo(CASES);
        for (ReportProfile profile : List.of(ReportProfile.ADMINISTRATIVE, ReportProfile.POLITICAL)) {
            assertThat(merged.report(profile)).as("seed %d, %s", seed, profile).isEqualTo(whole.report(profile));
        }
        // The administrative report of the merged bytes names caseworkers, as the whole's does.
        assertThat(merged.toBytes()).isEqualTo(mergedAgain(states).toBytes());
    }

    private static MetricsAggregator mergedAgain(List<byte[]> states) {
        MetricsAggregator again = MetricsAggregator.of(CONFIG, List.of(OwnIndicatorsTest.SCREENING));
        List<byte[]> reversed = new ArrayList<>(states);
        Collections.reverse(reversed);
        reversed.forEach(again::mergeBytes);
        return MetricsAggregator.of(CONFIG, List.of(OwnIndicatorsTest.SCREENING))
                .mergeBytes(again.toBytes());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void bytes_cutShortOrChangedAnywhere_areRefusedAndChangeNothing(long seed) {
        MetricsAggregator source = aggregatorOf(new RandomCases(seed).cases(40));
        byte[] bytes = source.toBytes();
        MetricsAggregator target = aggregatorOf(new RandomCases(seed + 1).cases(10));
        String before = target.snapshot();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 25; i++) {
            byte[] cut = Arrays.copyOf(bytes, random.nextInt(bytes.length));
            assertThatThrownBy(() -> target.mergeBytes(cut))
                    .as("cut to %d of %d bytes", cut.length, bytes.length)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("state: expected the bytes of MetricsAggregator.toBytes()");
            byte[] changed = bytes.clone();
            int at = random.nextInt(bytes.length);
            changed[at] ^= (byte) (1 + random.nextInt(255));
            assertThatThrownBy(() -> target.mergeBytes(changed))
                    .as("byte %d of %d changed", at, bytes.length)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("state: expected the bytes of MetricsAggregator.toBytes()");
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> target.mergeBytes(longer)).isInstanceOf(IllegalArgumentException.class);
        assertThat(target.snapshot()).isEqualTo(before);
    }

    @Test
    void bytes_ofOtherSettingsOrIndicators_areRefused() {
        byte[] bytes = aggregatorOf(new RandomCases(7).cases(20)).toBytes();

        MetricsAggregator otherMoment = MetricsAggregator.of(MetricsConfig.of(AS_OF.plusSeconds(1), YEAR_2025));
        assertThatThrownBy(() -> otherMoment.mergeBytes(bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("state: expected the bytes of MetricsAggregator.toBytes() of the same settings,"
                        + " indicators and library version, got a state of other settings, indicators or library"
                        + " version");
        MetricsAggregator standardOnly = MetricsAggregator.of(CONFIG);
        assertThatThrownBy(() -> standardOnly.mergeBytes(bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other settings, indicators");
        assertThat(standardOnly.caseCount()).isZero();
    }

    @Test
    void bytes_holdNoCprNumberNameOrCaseId() {
        List<ChildCase> cases = AggregateDocumentTest.planted();
        String text = new String(aggregatorOf(cases).toBytes(), StandardCharsets.UTF_8);

        assertThat(Cpr.occursIn(text)).isFalse();
        assertThat(text).doesNotContain("0706154321", "Jens Hansen");
        for (ChildCase c : cases) {
            assertThat(text).doesNotContain(c.id().value());
        }
        // The caseworker keys are kept, on purpose: the administrative report after the merge names caseworkers.
        assertThat(text).contains("cw-planted-1");
    }

    @Test
    void anAggregatorReadFromADocument_neitherWritesNorMergesBytes() {
        MetricsAggregator cases = aggregatorOf(new RandomCases(3).cases(10));
        MetricsAggregator read =
                MetricsAggregator.fromDocument(cases.toDocument(MunicipalityCode.of(461), ENGINE.rules()));
        byte[] bytes = cases.toBytes();

        assertThatThrownBy(read::toBytes).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> read.mergeBytes(bytes)).isInstanceOf(IllegalStateException.class);
    }

    private static MetricsAggregator aggregatorOf(List<ChildCase> cases) {
        MetricsAggregator a = MetricsAggregator.of(CONFIG, List.of(OwnIndicatorsTest.SCREENING));
        cases.forEach(c -> a.add(c, ENGINE.evaluate(c, AS_OF)));
        return a;
    }
}
