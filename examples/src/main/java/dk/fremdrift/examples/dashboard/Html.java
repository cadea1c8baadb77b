package dk.fremdrift.examples.dashboard;

/**
 * Escaping for text put into the page. Every text that comes from a report (names, titles, legal bases, the
 * municipality) goes through {@link #text} in element content, SVG included, or {@link #attr} in a quoted
 * attribute value; nothing from a report goes into a script, a style or an id.
 */
final class Html {

    private Html() {}

    /** Escapes text for element content: {@code & < >}, and control characters other than tab and newline. */
    static String text(String s) {
        return escape(s, false);
    }

    /** Escapes text for a double- or single-quoted attribute value: also {@code " '}, and newlines as spaces. */
    static String attr(String s) {
        return escape(s, true);
    }

    /**
     * Opens a section up to its lead: the section with its id, the heading (escaped) followed by a note reference
     * (given as HTML), and the lead paragraph (escaped). The caller adds the content and closes with {@code
     * </section>}.
     */
    static String sectionHead(String id, String heading, String refHtml, String lead) {
        return "<section id=\"" + attr(id) + "\" aria-labelledby=\"" + attr(id) + "-h\"><h2 id=\"" + attr(id) + "-h\">"
                + text(heading) + refHtml + "</h2><p class=\"lead\">" + text(lead) + "</p>";
    }

    /**
     * Opens a data table up to its body: the caption, a header for the row names and a numeric header for each
     * column, all escaped. The caller adds the rows and closes with {@code </tbody></table>}.
     */
    static String tableHead(String caption, String rowHeader, java.util.List<String> columns) {
        StringBuilder h = new StringBuilder("<table class=\"data\"><caption>")
                .append(text(caption))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(text(rowHeader))
                .append("</th>");
        for (String c : columns) {
            h.append("<th scope=\"col\" class=\"num\">").append(text(c)).append("</th>");
        }
        return h.append("</tr></thead><tbody>").toString();
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\'' -> b.append(attribute ? "&#39;" : "'");
                case '\n', '\r', '\t' -> b.append(attribute ? ' ' : c);
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append('\ufffd');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
