package dk.fremdrift.testing;

import dk.fremdrift.model.Cpr;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded mutations of valid case lines, the sloppy and hostile input real exports contain: a value of another type,
 * a CPR number planted in a field (or as a field's name) in each way it is written, a line cut short, a flipped
 * byte, a field twice, deep nesting, a huge number, nulls and empty objects. Each mutation says whether the line is
 * surely no longer a valid case, and which CPR number it planted, so that tests can check that it never comes out.
 */
public final class LineFuzzer {

    /** What was done to a line. */
    public enum Mutation {
        /** The line unchanged: a valid case, which a reader must accept. */
        NONE,
        /** A value replaced by one of another JSON type (a number for a text, an object for a date...). */
        TYPE_SWAP,
        /** A CPR number, in one of the ways it is written, put where a value stood. */
        CPR_IN_FIELD,
        /** A CPR number used as a field's name. */
        CPR_AS_FIELD_NAME,
        /** The line cut short. */
        TRUNCATED,
        /** One bit of one byte flipped: maybe invalid UTF-8, maybe still valid JSON. */
        BYTE_FLIP,
        /** A field written twice in the same object, the first time with a CPR number or null. */
        DUPLICATE_FIELD,
        /** A value replaced by thousands of nested arrays. */
        DEEP_NESTING,
        /** A value replaced by a number of thousands of digits. */
        HUGE_NUMBER,
        /** A value replaced by {@code null}. */
        NULL_VALUE,
        /** The whole line is {@code null}. */
        NULL_LINE,
        /** A value replaced by an empty object. */
        EMPTY_OBJECT,
        /** The whole line is an empty object. */
        EMPTY_LINE_OBJECT
    }

    /**
     * A mutated line.
     *
     * @param utf8 the line's bytes, without a line end; may be invalid UTF-8
     * @param mutation what was done
     * @param cpr the ten digits of the CPR number planted, if one was
     * @param surelyBad whether no reader may accept it as a case
     */
    public record Fuzzed(byte[] utf8, Mutation mutation, Optional<String> cpr, boolean surelyBad) {
        /**
         * Returns the line as text, for readers of text; bytes that are not UTF-8 become U+FFFD.
         *
         * @return the text
         */
        public String text() {
            return new String(utf8, StandardCharsets.UTF_8);
        }

        Fuzzed withCpr(String planted) {
            return new Fuzzed(utf8, mutation, Optional.of(planted), surelyBad);
        }
    }

    private static final JsonMapper TREE = JsonMapper.builder().build();
    private static final Pattern FIELD = Pattern.compile("\"([A-Za-z]+)\":");
    private static final String MARK = "@@fuzz-mark@@";

    private final SplittableRandom random;

    /**
     * Creates a fuzzer.
     *
     * @param seed the seed; the same seed gives the same mutations
     */
    public LineFuzzer(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * Mutates a line: unchanged a quarter of the time, else with one mutation chosen at random.
     *
     * @param line a valid case line
     * @return the mutated line
     */
    public Fuzzed mutate(String line) {
        if (random.nextInt(4) == 0) {
            return plain(line, Mutation.NONE, null, false);
        }
        Mutation[] all = Mutation.values();
        Mutation m = all[1 + random.nextInt(all.length - 1)];
        return switch (m) {
            case TYPE_SWAP -> replaceValue(line, m, otherValue(), false);
            case CPR_IN_FIELD -> {
                String cpr = cpr();
                String written = written(cpr);
                yield replaceValue(line, m, written, false).withCpr(cpr);
            }
            case CPR_AS_FIELD_NAME -> {
                String cpr = cpr();
                Matcher f = randomField(line);
                String name = switch (random.nextInt(3)) {
                    case 0 -> cpr;
                    case 1 -> cpr.substring(0, 6) + "-" + cpr.substring(6);
                    default -> "x" + cpr;
                };
                String out = line.substring(0, f.start()) + "\"" + name + "\":" + line.substring(f.end());
                yield plain(out, m, cpr, true);
            }
            case TRUNCATED -> plain(line.substring(0, 1 + random.nextInt(line.length() - 1)), m, null, true);
            case BYTE_FLIP -> {
                byte[] b = line.getBytes(StandardCharsets.UTF_8);
                int at = random.nextInt(b.length);
                byte flipped;
                do {
                    flipped = (byte) (b[at] ^ (1 << random.nextInt(8)));
                } while (flipped == '\n' || flipped == '\r');
                b[at] = flipped;
                yield new Fuzzed(b, m, Optional.empty(), false);
            }
            case DUPLICATE_FIELD -> {
                Matcher f = randomField(line);
                String cpr = cpr();
                String value = random.nextBoolean() ? "null" : written(cpr);
                String out = line.substring(0, f.start()) + f.group() + value + "," + line.substring(f.start());
                yield plain(out, m, cpr, true);
            }
            case DEEP_NESTING -> {
                int depth = 2_000 + random.nextInt(3_000);
                yield replaceValue(line, m, "[".repeat(depth) + "1" + "]".repeat(depth), true);
            }
            case HUGE_NUMBER ->
                replaceValue(line, m, random.nextBoolean() ? "1" + "0".repeat(5_000) : "-9" + "9".repeat(5_000), true);
            case NULL_VALUE -> replaceValue(line, m, "null", false);
            case NULL_LINE -> plain("null", m, null, true);
            case EMPTY_OBJECT -> replaceValue(line, m, "{}", false);
            case EMPTY_LINE_OBJECT -> plain("{}", m, null, true);
            case NONE -> plain(line, m, null, false);
        };
    }

    /**
     * Finds a CPR number in any of the ways it may come out: the ten digits, with a hyphen, a space or a slash, and
     * as a number without its leading zero.
     *
     * @param cpr the ten digits
     * @return a pattern that finds it
     */
    public static Pattern anyForm(String cpr) {
        String head = cpr.substring(0, 6);
        String tail = cpr.substring(6);
        String forms = Pattern.quote(head) + "[-/ ]?" + Pattern.quote(tail);
        if (cpr.charAt(0) == '0') {
            forms += "|(?<![0-9])" + Pattern.quote(cpr.substring(1)) + "(?![0-9])";
        }
        return Pattern.compile(forms);
    }

    /**
     * Shortens a line for an assertion's description.
     *
     * @param text the line
     * @return its first 400 characters
     */
    public static String shortened(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "... (" + text.length() + " characters)";
    }

    private Fuzzed plain(String line, Mutation m, String cpr, boolean surelyBad) {
        return new Fuzzed(line.getBytes(StandardCharsets.UTF_8), m, Optional.ofNullable(cpr), surelyBad);
    }

    /** Replaces one value of the line (any field, at any depth) with the given JSON text. */
    private Fuzzed replaceValue(String line, Mutation m, String json, boolean surelyBad) {
        JsonNode root = TREE.readTree(line);
        List<Runnable> slots = new ArrayList<>();
        collect(root, slots);
        slots.get(random.nextInt(slots.size())).run();
        String out = TREE.writeValueAsString(root).replace("\"" + MARK + "\"", json);
        return plain(out, m, null, surelyBad);
    }

    /** Every place a value stands, as an action that puts the mark there. */
    private static void collect(JsonNode node, List<Runnable> slots) {
        if (node instanceof ObjectNode o) {
            for (String name : o.propertyNames()) {
                slots.add(() -> o.put(name, MARK));
                collect(o.get(name), slots);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                int at = i;
                slots.add(() -> a.set(at, JsonNodeFactory.instance.stringNode(MARK)));
                collect(a.get(i), slots);
            }
        }
    }

    private Matcher randomField(String line) {
        List<Integer> starts = new ArrayList<>();
        Matcher f = FIELD.matcher(line);
        while (f.find()) {
            starts.add(f.start());
        }
        f.find(starts.get(random.nextInt(starts.size())));
        return f;
    }

    private String otherValue() {
        return switch (random.nextInt(6)) {
            case 0 -> Integer.toString(random.nextInt(-5, 100_000));
            case 1 -> "\"" + "x".repeat(random.nextInt(0, 12)) + "\"";
            case 2 -> random.nextBoolean() ? "true" : "false";
            case 3 -> "[1,\"a\",{}]";
            case 4 -> "{\"a\":1}";
            default -> Double.toString(random.nextDouble() * 1e6);
        };
    }

    /** A CPR number, as ten digits, whose date exists. */
    private String cpr() {
        while (true) {
            LocalDate d = LocalDate.ofEpochDay(random.nextLong(
                    LocalDate.of(1950, 1, 1).toEpochDay(),
                    LocalDate.of(2030, 1, 1).toEpochDay()));
            int seventh = d.getYear() < 2000 ? random.nextInt(0, 4) : 4;
            String digits = String.format(
                    "%02d%02d%02d%d%03d",
                    d.getDayOfMonth(), d.getMonthValue(), d.getYear() % 100, seventh, random.nextInt(1_000));
            if (Cpr.isValid(digits)) {
                return digits;
            }
        }
    }

    /** A CPR number as JSON, in one of the ways it is written: a text in four forms, inside a text, a number. */
    private String written(String cpr) {
        String head = cpr.substring(0, 6);
        String tail = cpr.substring(6);
        return switch (random.nextInt(6)) {
            case 0 -> "\"" + cpr + "\"";
            case 1 -> "\"" + head + "-" + tail + "\"";
            case 2 -> "\"" + head + " " + tail + "\"";
            case 3 -> "\"" + head + "/" + tail + "\"";
            case 4 -> "\"barn " + head + "-" + tail + " (mor)\"";
            default -> cpr.charAt(0) == '0' ? cpr.substring(1) : cpr;
        };
    }
}
