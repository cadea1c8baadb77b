package dk.fremdrift.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.examples.synthetic.SyntheticCountry;
import dk.fremdrift.model.MunicipalityCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national demo sized by a table of the real number of children aged 0-17 ({@code --children-table}): each
 * municipality's number of children with a case is in proportion to its row, the median one at {@code
 * --median-children}, and the structural table carries the given numbers, unmarked as synthetic. A table that misses
 * a municipality is refused, naming it.
 */
class ChildrenTableTest {

    private static final LocalDate FROM = LocalDate.of(2022, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    /** A table of made-up numbers (not real ones) spread as a country's are: a few hundred to tens of thousands. */
    private static Map<MunicipalityCode, Long> table(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Map<MunicipalityCode, Long> t = new TreeMap<>();
        for (MunicipalityCode code : MunicipalityCode.all()) {
            t.put(code, Math.round(400 + Math.exp(8 + 1.2 * r.nextDouble() * 2)));
        }
        return t;
    }

    @Test
    void sizes_areInProportionToTheTable_theMedianAtTheGivenNumber() {
        Map<MunicipalityCode, Long> table = table(3);
        SyntheticCountry country = SyntheticCountry.of(7, 200, FROM, TO, table);

        List<Long> sorted = new ArrayList<>(table.values());
        sorted.sort(null);
        double median = (sorted.get(48) + sorted.get(49)) / 2.0;
        for (SyntheticCountry.Member m : country.members()) {
            MunicipalityCode code = m.municipality().municipality();
            long expected = Math.max(20, Math.round(200 * table.get(code) / median));
            assertThat(m.municipality().children()).as(code.format()).isEqualTo((int) expected);
            assertThat(m.children0to17()).isEqualTo(table.get(code));
        }
        assertThat(country.structureCsv()).startsWith("kommunekode,socioøkonomisk indeks (syntetisk),børn 0-17,");
        // The profiles are the seed's, whatever the sizes: the same as the drawn country's.
        SyntheticCountry drawn = SyntheticCountry.of(7, 200, FROM, TO);
        assertThat(country.members().get(10).socioeconomicIndex())
                .isEqualTo(drawn.members().get(10).socioeconomicIndex());
        assertThat(drawn.structureCsv()).contains("børn 0-17 (syntetisk)");
    }

    @Test
    void aTableWithoutEveryMunicipality_isRefusedNamingTheOneMissing() throws IOException {
        Map<MunicipalityCode, Long> table = table(4);
        table.remove(MunicipalityCode.of(825));
        assertThatThrownBy(() -> SyntheticCountry.of(7, 200, FROM, TO, table))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("got none for 825");

        Path csv = write(table, ";");
        CliRun r = CliRun.of("demo", "--national", "--children-table=" + csv, "--out=" + dir.resolve("o"), "--quiet");
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("children table " + csv, "got no row for 825");
    }

    @Test
    void demo_sizedByATableWithSemicolons_writesItsNumbersInTheStructuralTable() throws IOException {
        Map<MunicipalityCode, Long> table = table(5);
        Path csv = write(table, ";");
        Path out = dir.resolve("national");

        CliRun r = CliRun.of(
                "demo",
                "--national",
                "--median-children=8",
                "--children-table=" + csv,
                "--out=" + out,
                "--as-of=2026-11-23",
                "--quiet");

        assertThat(r.exit()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(out.resolve("structure.csv"), StandardCharsets.UTF_8);
        assertThat(rows).hasSize(99);
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            assertThat(Long.parseLong(cells[2])).isEqualTo(table.get(MunicipalityCode.parse(cells[0])));
        }
    }

    private Path write(Map<MunicipalityCode, Long> table, String separator) throws IOException {
        StringBuilder b = new StringBuilder("kommunekode" + separator + "børn 0-17\n");
        table.forEach(
                (code, n) -> b.append(code.format()).append(separator).append(n).append('\n'));
        return Files.writeString(dir.resolve("children.csv"), b.toString(), StandardCharsets.UTF_8);
    }
}
