package dk.fremdrift.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.testing.RandomCases;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * parse ∘ format = identity for every identifier, over seeded random valid inputs. Each seed is one test case;
 * a failure prints it, and {@code new RandomCases(seed)} reproduces the input.
 */
class IdentifierProperties {

    static final int RUNS_PER_SEED = 200;

    static LongStream seeds() {
        return new SplittableRandom(20_260_327L).longs(25);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void cpr_parseFormat_identityAndBirthDateKept(long seed) {
        RandomCases random = new RandomCases(seed);
        for (int i = 0; i < RUNS_PER_SEED; i++) {
            LocalDate birth = random.cprBirthDate();
            String text = random.cprText(birth);
            Cpr cpr = Cpr.parse(text);

            assertThat(cpr.birthDate()).as("seed %d, birth %s", seed, birth).isEqualTo(birth);
            assertThat(Cpr.parse(cpr.format())).as("seed %d", seed).isEqualTo(cpr);
            assertThat(cpr.format())
                    .as("seed %d", seed)
                    .isEqualTo(text.length() == 11 ? text : text.substring(0, 6) + "-" + text.substring(6));
            assertThat(cpr.sex())
                    .as("seed %d", seed)
                    .isEqualTo((text.charAt(text.length() - 1) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
            assertThat(Cpr.isValid(text)).as("seed %d", seed).isTrue();
            assertThat(cpr.toString()).as("seed %d", seed).doesNotContainPattern("[0-9]");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void cvr_parseFormat_identity(long seed) {
        RandomCases random = new RandomCases(seed);
        for (int i = 0; i < RUNS_PER_SEED; i++) {
            String text = random.cvrText();
            Cvr cvr = Cvr.parse(text);

            assertThat(cvr.format()).as("seed %d", seed).isEqualTo(text);
            assertThat(Cvr.parse(cvr.format())).as("seed %d", seed).isEqualTo(cvr);
            // Changing one digit breaks the check digit, except where weight times change is a multiple of 11,
            // which weights 1-7 and changes 1-9 never are.
            int at = i % 8;
            char changed = (char) ('0' + (text.charAt(at) - '0' + 1 + i % 9) % 10);
            if (changed != text.charAt(at)) {
                String other = text.substring(0, at) + changed + text.substring(at + 1);
                assertThat(Cvr.isValid(other)).as("seed %d, %s", seed, other).isFalse();
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void municipality_parseFormat_identity(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < RUNS_PER_SEED; i++) {
            int code = random.nextInt(1000);
            String text = String.format(random.nextBoolean() ? "%03d" : "%04d", code);
            if (MunicipalityCode.isValid(text)) {
                MunicipalityCode m = MunicipalityCode.parse(text);
                assertThat(m.code()).as("seed %d", seed).isEqualTo(code);
                assertThat(MunicipalityCode.parse(m.format()))
                        .as("seed %d", seed)
                        .isSameAs(m);
                assertThat(MunicipalityCode.of(code)).as("seed %d", seed).isSameAs(m);
            } else {
                assertThat(MunicipalityCode.all().stream().map(MunicipalityCode::code))
                        .as("seed %d, %s", seed, text)
                        .doesNotContain(code);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void kle_parseFormat_identity(long seed) {
        RandomCases random = new RandomCases(seed);
        for (int i = 0; i < RUNS_PER_SEED; i++) {
            String text = random.kleText();
            KleNumber k = KleNumber.parse(text);

            assertThat(KleNumber.parse(k.format())).as("seed %d", seed).isEqualTo(k);
            assertThat(k.format().replace("-", "")).as("seed %d", seed).isEqualTo(text.replace("-", ""));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void keys_ofValue_identity(long seed) {
        RandomCases random = new RandomCases(seed);
        for (int i = 0; i < RUNS_PER_SEED; i++) {
            String text = random.keyText();

            assertThat(CaseId.of(text).value()).as("seed %d", seed).isEqualTo(text);
            assertThat(PartId.of(PartId.of(text).value())).as("seed %d", seed).isEqualTo(PartId.of(text));
            assertThat(TeamId.of(text).toString()).as("seed %d", seed).isEqualTo(text);
            assertThat(CaseworkerId.of(text).value()).as("seed %d", seed).isEqualTo(text);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void keys_withAnyValidCprInside_rejected(long seed) {
        RandomCases random = new RandomCases(seed);
        for (int i = 0; i < RUNS_PER_SEED / 4; i++) {
            String cpr = random.cprText(random.cprBirthDate());
            String key = "sag " + cpr + " x";

            assertThat(Identifiers.containsCpr(key)).as("seed %d", seed).isTrue();
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> PartId.of(key)))
                    .as("seed %d", seed)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining(cpr);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void legalReference_parseToDanish_identity(long seed) {
        RandomCases random = new RandomCases(seed);
        for (int i = 0; i < RUNS_PER_SEED; i++) {
            LegalReference ref = random.legalReference();

            assertThat(LegalReference.parse(ref.toDanish()))
                    .as("seed %d, %s", seed, ref)
                    .isEqualTo(ref);
        }
    }
}
