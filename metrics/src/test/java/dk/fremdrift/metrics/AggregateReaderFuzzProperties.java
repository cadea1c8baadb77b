package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.CONFIG;
import static dk.fremdrift.metrics.Fixtures.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dk.fremdrift.model.MunicipalityCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fuzz test of the document reader: a valid document, broken in one of many ways at a seeded random place, is
 * refused (by Jackson, or by the checks with a message that names no key of the document), never read or merged.
 * Each mutation is one a corrupt file, a hand edit or another writer could make; a changed count is caught because
 * the cells of each dimension must add up to the overall cell.
 */
class AggregateReaderFuzzProperties {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static String valid;
    private static AggregateDocument other;

    /** A mutation of a document's tree, returning a description of what it broke. */
    record Mutation(String name, BiFunction<ObjectNode, Random, String> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void documents() {
        MetricsAggregator a = MetricsAggregator.of(CONFIG);
        new RandomCases(31).cases(120).forEach(c -> a.add(c, ENGINE));
        valid = MAPPER.writeValueAsString(a.toDocument(MunicipalityCode.of(461), ENGINE.rules()));
        MetricsAggregator b = MetricsAggregator.of(CONFIG);
        new RandomCases(32).cases(30).forEach(c -> b.add(c, ENGINE));
        other = b.toDocument(MunicipalityCode.of(751), ENGINE.rules());
    }

    static List<Mutation> mutations() {
        List<Mutation> m = new ArrayList<>();
        m.add(new Mutation("a count in a breakdown cell", (d, r) -> bump(randomCell(d, r, false), r)));
        m.add(new Mutation("a count in an overall cell", (d, r) -> bump(randomCell(d, r, true), r)));
        m.add(new Mutation("a negative count", (d, r) -> {
            ArrayNode counts = (ArrayNode) randomCell(d, r, r.nextBoolean()).get("counts");
            counts.set(r.nextInt(4), -1 - r.nextInt(5));
            return "counts";
        }));
        m.add(new Mutation("text for a count", (d, r) -> {
            ((ArrayNode) randomCell(d, r, false).get("counts")).set(r.nextInt(4), "x");
            return "counts";
        }));
        m.add(new Mutation("a required field removed", (d, r) -> {
            String[] fields = {"format", "version", "municipalities", "ruleBook", "config", "indicators", "cases"};
            String f = fields[r.nextInt(fields.length)];
            d.remove(f);
            return f;
        }));
        m.add(new Mutation("an unknown field", (d, r) -> {
            ObjectNode target = switch (r.nextInt(4)) {
                case 0 -> d;
                case 1 -> (ObjectNode) randomIndicator(d, r);
                case 2 -> randomCell(d, r, false);
                default -> (ObjectNode) d.get("budget");
            };
            target.put("note", "x");
            return "note";
        }));
        m.add(new Mutation("a month outside the period", (d, r) -> {
            ObjectNode cell = randomCellOf(d, r, "MONTH");
            cell.put("key", "2031-0" + (1 + r.nextInt(9)));
            return "key";
        }));
        m.add(new Mutation("a caseworker cell", (d, r) -> {
            randomCell(d, r, false).put("dimension", "CASEWORKER");
            return "dimension";
        }));
        m.add(new Mutation("an unknown dimension", (d, r) -> {
            randomCell(d, r, false).put("dimension", "SCHOOL");
            return "dimension";
        }));
        m.add(new Mutation("a fingerprint changed", (d, r) -> {
            ObjectNode i = (ObjectNode) randomIndicator(d, r);
            String f = i.get("fingerprint").asString();
            i.put("fingerprint", (f.charAt(0) == 'a' ? "b" : "a") + f.substring(1));
            return "fingerprint";
        }));
        m.add(new Mutation("a definition changed", (d, r) -> {
            ObjectNode name =
                    (ObjectNode) randomIndicator(d, r).get("definition").get("name");
            name.put("da", name.get("da").asString() + " (rettet)");
            return "definition";
        }));
        m.add(new Mutation("a category unknown", (d, r) -> {
            ObjectNode cell = randomCellWith(d, r, "categories");
            ((ObjectNode) cell.get("categories")).put("ukendt", 1);
            return "categories";
        }));
        m.add(new Mutation("a caseload bin emptied", (d, r) -> {
            ArrayNode bins = (ArrayNode) d.get("caseload");
            ((ObjectNode) bins.get(r.nextInt(bins.size()))).put("openCases", 0);
            return "caseload";
        }));
        m.add(new Mutation("a budget line changed", (d, r) -> {
            ArrayNode lines = (ArrayNode) d.get("budget").get("lines");
            ObjectNode line = (ObjectNode) lines.get(r.nextInt(lines.size()));
            line.put("interventions", line.get("interventions").asLong() + 1);
            return "budget";
        }));
        m.add(new Mutation("a municipality twice", (d, r) -> {
            ((ArrayNode) d.get("municipalities"))
                    .add(d.get("municipalities").get(0).asString());
            return "municipalities";
        }));
        m.add(new Mutation("another version", (d, r) -> {
            d.put("version", 2 + r.nextInt(3));
            return "version";
        }));
        m.add(new Mutation("another format", (d, r) -> {
            d.put("format", "fremdrift-metrics-report");
            return "format";
        }));
        m.add(new Mutation("more cases in a cell than in all", (d, r) -> {
            d.put("cases", 1);
            return "cases";
        }));
        return m;
    }

    static IntStream seeds() {
        return IntStream.range(0, 12);
    }

    static List<Object[]> mutationsAndSeeds() {
        List<Object[]> out = new ArrayList<>();
        for (Mutation m : mutations()) {
            seeds().forEach(s -> out.add(new Object[] {m, 1000L + s}));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("mutationsAndSeeds")
    void brokenDocument_isRefusedWithAReason_neverMerged(Mutation mutation, long seed) {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(valid);
        mutation.apply().apply(tree, new Random(seed));
        refused(MAPPER.writeValueAsString(tree), mutation + ", seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void truncatedDocument_isRefused(int seed) {
        int cut = new Random(seed).nextInt(valid.length() - 1);
        refused(valid.substring(0, cut), "cut at " + cut);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void validDocument_isRead(int seed) {
        // The mutations above mean something only because the unbroken document passes every check.
        AggregateDocument d = MAPPER.readValue(valid, AggregateDocument.class);
        assertThat(AggregateDocument.merge(List.of(d, other)).cases()).isEqualTo(150);
    }

    private static void refused(String json, String what) {
        AggregateDocument d;
        try {
            d = MAPPER.readValue(json, AggregateDocument.class);
        } catch (JacksonException e) {
            return; // refused while parsing: Jackson names the place; the command line words it (CaseInput).
        }
        try {
            AggregateDocument.merge(List.of(d, other));
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).as(what).matches("documents\\[0\\]\\.[a-zA-Z].*: expected .*, got .*");
            assertThat(e.getMessage()).as(what).doesNotContain("team-", "2031-", "ukendt", "(rettet)");
            return;
        }
        fail("%s: the broken document was merged", what);
    }

    private static JsonNode randomIndicator(ObjectNode d, Random r) {
        List<JsonNode> withCells = new ArrayList<>();
        d.get("indicators").forEach(i -> {
            if (i.get("cells").size() > 1) {
                withCells.add(i);
            }
        });
        return withCells.get(r.nextInt(withCells.size()));
    }

    private static ObjectNode randomCell(ObjectNode d, Random r, boolean overall) {
        JsonNode cells = randomIndicator(d, r).get("cells");
        return (ObjectNode) (overall ? cells.get(0) : cells.get(1 + r.nextInt(cells.size() - 1)));
    }

    private static ObjectNode randomCellOf(ObjectNode d, Random r, String dimension) {
        List<ObjectNode> found = new ArrayList<>();
        d.get("indicators")
                .forEach(i -> i.get("cells").forEach(c -> {
                    if (c.has("dimension") && c.get("dimension").asString().equals(dimension)) {
                        found.add((ObjectNode) c);
                    }
                }));
        return found.get(r.nextInt(found.size()));
    }

    private static ObjectNode randomCellWith(ObjectNode d, Random r, String field) {
        List<ObjectNode> found = new ArrayList<>();
        d.get("indicators")
                .forEach(i -> i.get("cells").forEach(c -> {
                    if (c.has(field)) {
                        found.add((ObjectNode) c);
                    }
                }));
        return found.get(r.nextInt(found.size()));
    }

    private static String bump(ObjectNode cell, Random r) {
        ArrayNode counts = (ArrayNode) cell.get("counts");
        int slot = r.nextInt(4);
        counts.set(slot, counts.get(slot).asLong() + 1 + r.nextInt(3));
        return "counts";
    }
}
