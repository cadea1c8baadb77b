package dk.fremdrift.metrics;

import dk.fremdrift.model.InterventionKind;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers for the keys of each {@link Dimension}, so that a {@link Tally} finds a cell's accumulator in an array
 * instead of a hash map for every observation. A key's number is its position in the order keys were first asked
 * for; the age bands, intervention kinds and the months of a period are numbered up front in their own order, so
 * that an observation's age band, kind and month need no look-up at all. The numbers never leave the aggregation:
 * cells, merging and reports go by the keys themselves. Not thread-safe.
 */
final class KeyIds {

    /** The number of "no key in this dimension". */
    static final int NONE = -1;

    private final List<Map<String, Integer>> ids = new ArrayList<>();
    private final List<List<String>> keys = new ArrayList<>();

    /**
     * Numbers the fixed keys: the age bands in the order of {@link AgeBands.NAMES}, the intervention kinds
     * in the order of their constants, and the given months in order.
     */
    KeyIds(List<YearMonth> months) {
        for (int d = 0; d < Dimension.values().length; d++) {
            ids.add(new HashMap<>());
            keys.add(new ArrayList<>());
        }
        for (String band : AgeBands.NAMES) {
            id(Dimension.AGE_BAND, band);
        }
        for (InterventionKind kind : InterventionKind.values()) {
            id(Dimension.INTERVENTION_KIND, kind.name());
        }
        for (YearMonth m : months) {
            id(Dimension.MONTH, m.toString());
        }
    }

    /** The number of a key in a dimension, numbering it if it is new. */
    int id(Dimension dimension, String key) {
        Map<String, Integer> map = ids.get(dimension.ordinal());
        Integer id = map.get(key);
        if (id == null) {
            List<String> list = keys.get(dimension.ordinal());
            id = list.size();
            list.add(key);
            map.put(key, id);
        }
        return id;
    }

    /** The number of a key in a dimension, or {@link #NONE} if it has none. */
    int find(Dimension dimension, String key) {
        Integer id = ids.get(dimension.ordinal()).get(key);
        return id == null ? NONE : id;
    }

    /** The key of a number in a dimension. */
    String key(Dimension dimension, int id) {
        return keys.get(dimension.ordinal()).get(id);
    }
}
