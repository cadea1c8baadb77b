package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A Danish municipality (kommune), identified by its three-digit municipality code (kommunekode), valid by
 * construction: exactly the 98 municipalities that exist since the structural reform of 1 January 2007.
 *
 * <p>Christiansø (411) is not a municipality and is rejected. {@link #parse(CharSequence)} accepts the three
 * digits and also the four-digit form with a leading zero that the CPR register uses ({@code "0101"}); the
 * canonical form, {@link #format()}, is three digits.
 *
 * <pre>{@code
 * MunicipalityCode kbh = MunicipalityCode.of(101);
 * kbh.name();                              // "København"
 * MunicipalityCode.parse("0851").name();   // "Aalborg"
 * }</pre>
 */
public final class MunicipalityCode implements Comparable<MunicipalityCode> {

    private static final Map<Integer, MunicipalityCode> REGISTRY = registry(
            entry(101, "København"),
            entry(147, "Frederiksberg"),
            entry(151, "Ballerup"),
            entry(153, "Brøndby"),
            entry(155, "Dragør"),
            entry(157, "Gentofte"),
            entry(159, "Gladsaxe"),
            entry(161, "Glostrup"),
            entry(163, "Herlev"),
            entry(165, "Albertslund"),
            entry(167, "Hvidovre"),
            entry(169, "Høje-Taastrup"),
            entry(173, "Lyngby-Taarbæk"),
            entry(175, "Rødovre"),
            entry(183, "Ishøj"),
            entry(185, "Tårnby"),
            entry(187, "Vallensbæk"),
            entry(190, "Furesø"),
            entry(201, "Allerød"),
            entry(210, "Fredensborg"),
            entry(217, "Helsingør"),
            entry(219, "Hillerød"),
            entry(223, "Hørsholm"),
            entry(230, "Rudersdal"),
            entry(240, "Egedal"),
            entry(250, "Frederikssund"),
            entry(253, "Greve"),
            entry(259, "Køge"),
            entry(260, "Halsnæs"),
            entry(265, "Roskilde"),
            entry(269, "Solrød"),
            entry(270, "Gribskov"),
            entry(306, "Odsherred"),
            entry(316, "Holbæk"),
            entry(320, "Faxe"),
            entry(326, "Kalundborg"),
            entry(329, "Ringsted"),
            entry(330, "Slagelse"),
            entry(336, "Stevns"),
            entry(340, "Sorø"),
            entry(350, "Lejre"),
            entry(360, "Lolland"),
            entry(370, "Næstved"),
            entry(376, "Guldborgsund"),
            entry(390, "Vordingborg"),
            entry(400, "Bornholm"),
            entry(410, "Middelfart"),
            entry(420, "Assens"),
            entry(430, "Faaborg-Midtfyn"),
            entry(440, "Kerteminde"),
            entry(450, "Nyborg"),
            entry(461, "Odense"),
            entry(479, "Svendborg"),
            entry(480, "Nordfyns"),
            entry(482, "Langeland"),
            entry(492, "Ærø"),
            entry(510, "Haderslev"),
            entry(530, "Billund"),
            entry(540, "Sønderborg"),
            entry(550, "Tønder"),
            entry(561, "Esbjerg"),
            entry(563, "Fanø"),
            entry(573, "Varde"),
            entry(575, "Vejen"),
            entry(580, "Aabenraa"),
            entry(607, "Fredericia"),
            entry(615, "Horsens"),
            entry(621, "Kolding"),
            entry(630, "Vejle"),
            entry(657, "Herning"),
            entry(661, "Holstebro"),
            entry(665, "Lemvig"),
            entry(671, "Struer"),
            entry(706, "Syddjurs"),
            entry(707, "Norddjurs"),
            entry(710, "Favrskov"),
            entry(727, "Odder"),
            entry(730, "Randers"),
            entry(740, "Silkeborg"),
            entry(741, "Samsø"),
            entry(746, "Skanderborg"),
            entry(751, "Aarhus"),
            entry(756, "Ikast-Brande"),
            entry(760, "Ringkøbing-Skjern"),
            entry(766, "Hedensted"),
            entry(773, "Morsø"),
            entry(779, "Skive"),
            entry(787, "Thisted"),
            entry(791, "Viborg"),
            entry(810, "Brønderslev"),
            entry(813, "Frederikshavn"),
            entry(820, "Vesthimmerlands"),
            entry(825, "Læsø"),
            entry(840, "Rebild"),
            entry(846, "Mariagerfjord"),
            entry(849, "Jammerbugt"),
            entry(851, "Aalborg"),
            entry(860, "Hjørring"));

    private final int code;
    private final String name;

    private MunicipalityCode(int code, String name) {
        this.code = code;
        this.name = name;
    }

    private static Map.Entry<Integer, String> entry(int code, String name) {
        return Map.entry(code, name);
    }

    @SafeVarargs
    private static Map<Integer, MunicipalityCode> registry(Map.Entry<Integer, String>... entries) {
        Map<Integer, MunicipalityCode> map = new TreeMap<>();
        for (Map.Entry<Integer, String> e : entries) {
            map.put(e.getKey(), new MunicipalityCode(e.getKey(), e.getValue()));
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns the municipality with the given code.
     *
     * @param code the three-digit code, for example 101 for København
     * @return the municipality
     * @throws IllegalArgumentException if no municipality has that code
     */
    public static MunicipalityCode of(int code) {
        MunicipalityCode m = REGISTRY.get(code);
        if (m == null) {
            throw new IllegalArgumentException(
                    "municipality code: expected the code of one of the 98 Danish municipalities (101-860), got "
                            + Checks.describe(code));
        }
        return m;
    }

    /**
     * Parses a municipality code of three digits, or four with a leading zero.
     *
     * @param text the code; not null
     * @return the municipality
     * @throws IllegalArgumentException if the text is not three digits (or four with a leading zero) or no
     *     municipality has that code
     */
    @JsonCreator
    public static MunicipalityCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Integer code = codeOf(text);
        if (code == null) {
            throw new IllegalArgumentException(
                    "municipality code: expected 3 digits (or 4 with a leading zero), got " + Checks.describe(text));
        }
        MunicipalityCode m = REGISTRY.get(code);
        if (m == null) {
            throw new IllegalArgumentException(
                    "municipality code: expected the code of one of the 98 Danish municipalities, got "
                            + Checks.describe(text));
        }
        return m;
    }

    /**
     * Tells whether a text is the code of a municipality by the rules of {@link #parse(CharSequence)}.
     *
     * @param text the text; null is not valid
     * @return true if {@link #parse(CharSequence)} would accept it
     */
    public static boolean isValid(CharSequence text) {
        if (text == null) {
            return false;
        }
        Integer code = codeOf(text);
        return code != null && REGISTRY.containsKey(code);
    }

    private static Integer codeOf(CharSequence text) {
        int n = text.length();
        if (n != 3 && !(n == 4 && text.charAt(0) == '0')) {
            return null;
        }
        int code = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            code = code * 10 + (c - '0');
        }
        return code;
    }

    /**
     * Returns all 98 municipalities in order of code.
     *
     * @return an immutable list
     */
    public static List<MunicipalityCode> all() {
        return List.copyOf(REGISTRY.values());
    }

    /**
     * Returns the code as a number.
     *
     * @return the code, 101 to 860
     */
    public int code() {
        return code;
    }

    /**
     * Returns the municipality's name, for example "København" or "Lyngby-Taarbæk".
     *
     * @return the Danish name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the three-digit code as text, the JSON form.
     *
     * @return the code, for example "101"
     */
    @JsonValue
    public String format() {
        return Integer.toString(code);
    }

    @Override
    public int compareTo(MunicipalityCode other) {
        return Integer.compare(code, other.code);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof MunicipalityCode other && code == other.code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    /** Returns the code and the name, for example {@code 101 København}. */
    @Override
    public String toString() {
        return code + " " + name;
    }
}
