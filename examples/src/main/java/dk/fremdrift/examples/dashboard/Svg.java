package dk.fremdrift.examples.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A small writer of inline SVG: a chart is an {@code <svg role="img">} with an {@code aria-label} and a {@code
 * <title>}, and shapes that carry their own {@code <title>} for hover. Colours come from classes in the page's style
 * sheet. Text is escaped; coordinates are written with at most one decimal.
 */
final class Svg {

    private final StringBuilder b = new StringBuilder(4096);

    /**
     * Opens a chart.
     *
     * @param kind the chart's kind, a class and {@code data-chart} value such as {@code timeliness}
     * @param width the width in CSS pixels at full size
     * @param height the height
     * @param label what the chart shows, for screen readers and hover
     */
    Svg(String kind, double width, double height, String label) {
        this(kind, width, height, label, label);
    }

    /**
     * Opens a chart whose hover text says more than its label, such as the definition of what it counts.
     *
     * @param kind the chart's kind, a class and {@code data-chart} value such as {@code timeliness}
     * @param width the width in CSS pixels at full size
     * @param height the height
     * @param label what the chart shows, for screen readers
     * @param hover the chart's {@code <title>}: the label and the definition
     */
    Svg(String kind, double width, double height, String label, String hover) {
        b.append("<svg class=\"chart chart-")
                .append(kind)
                .append("\" data-chart=\"")
                .append(kind)
                .append("\" role=\"img\" aria-label=\"")
                .append(Html.attr(label))
                .append("\" width=\"")
                .append(n(width))
                .append("\" height=\"")
                .append(n(height))
                .append("\" viewBox=\"0 0 ")
                .append(n(width))
                .append(' ')
                .append(n(height))
                .append("\" preserveAspectRatio=\"xMinYMin meet\"><title>")
                .append(Html.text(hover))
                .append("</title>");
    }

    /** Opens a group with a hover text. */
    Svg group(String cssClass, String hover) {
        b.append("<g");
        if (!cssClass.isEmpty()) {
            b.append(" class=\"").append(cssClass).append('"');
        }
        b.append("><title>").append(Html.text(hover)).append("</title>");
        return this;
    }

    Svg end() {
        b.append("</g>");
        return this;
    }

    Svg rect(double x, double y, double w, double h, String cssClass) {
        b.append("<rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(Math.max(0, w)))
                .append("\" height=\"")
                .append(n(Math.max(0, h)))
                .append("\" class=\"")
                .append(cssClass)
                .append("\"/>");
        return this;
    }

    /** A rectangle with its own hover text. */
    Svg rect(double x, double y, double w, double h, String cssClass, String hover) {
        b.append("<rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(Math.max(0, w)))
                .append("\" height=\"")
                .append(n(Math.max(0, h)))
                .append("\" class=\"")
                .append(cssClass)
                .append("\"><title>")
                .append(Html.text(hover))
                .append("</title></rect>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        b.append("<line x1=\"")
                .append(n(x1))
                .append("\" y1=\"")
                .append(n(y1))
                .append("\" x2=\"")
                .append(n(x2))
                .append("\" y2=\"")
                .append(n(y2))
                .append("\" class=\"")
                .append(cssClass)
                .append("\"/>");
        return this;
    }

    /** A polyline through points given as x, y pairs. */
    Svg polyline(double[] xy, String cssClass) {
        b.append("<polyline class=\"").append(cssClass).append("\" points=\"");
        for (int i = 0; i < xy.length; i += 2) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(n(xy[i])).append(',').append(n(xy[i + 1]));
        }
        b.append("\"/>");
        return this;
    }

    Svg circle(double cx, double cy, double r, String cssClass, String hover) {
        b.append("<circle cx=\"")
                .append(n(cx))
                .append("\" cy=\"")
                .append(n(cy))
                .append("\" r=\"")
                .append(n(r))
                .append("\" class=\"")
                .append(cssClass)
                .append("\"><title>")
                .append(Html.text(hover))
                .append("</title></circle>");
        return this;
    }

    /** A path, for markers; {@code d} is made by the caller from numbers only. */
    Svg path(String d, String cssClass) {
        b.append("<path d=\"").append(d).append("\" class=\"").append(cssClass).append("\"/>");
        return this;
    }

    /**
     * Text at a point.
     *
     * @param anchor {@code start}, {@code middle} or {@code end}
     */
    Svg text(double x, double y, String cssClass, String anchor, String text) {
        return textHtml(x, y, cssClass, anchor, Html.text(text));
    }

    /** Text whose content is already SVG markup (escaped text and {@code <tspan>}/{@code <a>} elements). */
    Svg textHtml(double x, double y, String cssClass, String anchor, String markup) {
        b.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"');
        if (!cssClass.isEmpty()) {
            b.append(" class=\"").append(cssClass).append('"');
        }
        if (!"start".equals(anchor)) {
            b.append(" text-anchor=\"").append(anchor).append('"');
        }
        b.append('>').append(markup).append("</text>");
        return this;
    }

    String close() {
        return b.append("</svg>").toString();
    }

    /** A link to a note inside SVG text: a raised, smaller number. */
    static String noteLink(int number) {
        return "<a href=\"#fn-" + number + "\" class=\"fnlink\"><tspan class=\"fnref\" dy=\"-6\">" + number
                + "</tspan></a><tspan dy=\"6\"> </tspan>";
    }

    /** A number with at most one decimal, for coordinates. */
    static String n(double x) {
        if (!Double.isFinite(x)) {
            return "0";
        }
        return BigDecimal.valueOf(x)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** The estimated width of a text in pixels at a font size, for layout; generous for sans-serif fonts. */
    static double textWidth(String text, double fontSize) {
        return text.length() * fontSize * 0.56;
    }
}
