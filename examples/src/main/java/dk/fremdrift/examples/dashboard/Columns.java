package dk.fremdrift.examples.dashboard;

import dk.fremdrift.metrics.CategoryCount;
import dk.fremdrift.metrics.Suppression;
import java.util.List;

/**
 * A column chart of counts in categories, such as open investigations by age or caseworkers by caseload, with an
 * optional shaded band behind some columns (a recommended range). A suppressed count is drawn as a dash, never as a
 * column.
 */
final class Columns {

    static final double WIDTH = 620;
    private static final double HEIGHT = 270;
    private static final double LEFT = 46;
    private static final double RIGHT = 10;
    private static final double TOP = 34;
    private static final double BOTTOM = 42;

    private Columns() {}

    /**
     * One column.
     *
     * @param label the category's label under the column
     * @param count the category, with its count or suppression mark
     * @param cssClass the column's class, for its colour
     */
    record Column(String label, CategoryCount count, String cssClass) {}

    /**
     * A band behind columns {@code first} to {@code last}, both included.
     *
     * @param first the first column
     * @param last the last column
     * @param label the band's label, above it
     */
    record Band(int first, int last, String label) {}

    static String render(Page page, String kind, String label, String definition, List<Column> columns, Band band) {
        Lang l = page.lang();
        Svg s = new Svg(kind, WIDTH, HEIGHT, label, label + "\n\n" + definition);
        double pw = WIDTH - LEFT - RIGHT;
        double ph = HEIGHT - TOP - BOTTOM;
        long max = 0;
        for (Column c : columns) {
            if (c.count().suppression() == Suppression.NONE) {
                max = Math.max(max, c.count().count().orElse(0L));
            }
        }
        long tick = niceStep(Math.max(max, 1));
        long top = Math.max(tick, ((max + tick - 1) / tick) * tick);
        double slot = pw / Math.max(1, columns.size());
        if (band != null) {
            double x0 = LEFT + slot * band.first();
            double x1 = LEFT + slot * (band.last() + 1);
            s.rect(x0, TOP - 18, x1 - x0, ph + 18, "band");
            s.text((x0 + x1) / 2, TOP - 5, "band-label", "middle", band.label());
        }
        for (long t = 0; t <= top; t += tick) {
            double y = TOP + ph * (1 - (double) t / top);
            s.line(LEFT, y, LEFT + pw, y, t == 0 ? "axisline" : "grid");
            s.text(LEFT - 6, y + 4, "axis", "end", l.integer(t));
        }
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            double cx = LEFT + slot * (i + 0.5);
            double bw = Math.min(64, slot * 0.62);
            s.text(cx, HEIGHT - BOTTOM + 18, "axis", "middle", c.label());
            CategoryCount cc = c.count();
            if (cc.suppression() != Suppression.NONE) {
                s.group("", c.label() + ": " + page.suppressedShort());
                s.text(cx, TOP + ph - 6, "colval supp-text", "middle", "\u2013");
                s.end();
            } else if (cc.count().isPresent()) {
                long n = cc.count().get();
                double h = ph * n / top;
                String hover = c.label() + ": " + l.integer(n)
                        + cc.share().map(x -> " (" + l.percent(x) + ")").orElse("");
                s.rect(cx - bw / 2, TOP + ph - h, bw, h, c.cssClass(), hover);
                s.text(cx, TOP + ph - h - 6, "colval", "middle", l.integer(n));
            }
        }
        return s.close();
    }

    /** A step of 1, 2 or 5 times a power of ten that gives about four gridlines. */
    static long niceStep(long max) {
        double raw = max / 4.0;
        long pow = 1;
        while (pow * 10 <= raw) {
            pow *= 10;
        }
        for (long m : new long[] {1, 2, 5, 10}) {
            if (pow * m >= raw) {
                return Math.max(1, pow * m);
            }
        }
        return pow * 10;
    }
}
