package dk.fremdrift.examples.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small checks on generated HTML, as text: cells, notes, tags. No parser: the page is ours and regular. */
final class HtmlChecks {

    private static final Pattern CELL = Pattern.compile("data-cell=\"([^\"]*)\">(.*?)</(?:td|dd)>", Pattern.DOTALL);
    private static final Pattern NOTE =
            Pattern.compile("<li id=\"fn-(\\d+)\"><h3>(.*?)</h3>(.*?)</li>", Pattern.DOTALL);
    private static final Pattern TAG =
            Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[a-zA-Z][a-zA-Z0-9:-]*(?:=\"[^\"<>]*\")?)*)\\s*(/?)>");
    private static final Pattern RAW_TEXT = Pattern.compile("<(script|style)>(.*?)</\\1>", Pattern.DOTALL);

    /** The elements the page is made of; anything else would be injected. */
    static final Set<String> ELEMENTS = Set.of(
            "html",
            "head",
            "meta",
            "title",
            "style",
            "script",
            "body",
            "a",
            "header",
            "nav",
            "main",
            "footer",
            "section",
            "p",
            "h1",
            "h2",
            "h3",
            "dl",
            "dt",
            "dd",
            "div",
            "ul",
            "ol",
            "li",
            "figure",
            "figcaption",
            "table",
            "caption",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "th",
            "td",
            "span",
            "sup",
            "strong",
            "code",
            "svg",
            "g",
            "rect",
            "line",
            "text",
            "tspan",
            "path",
            "circle",
            "polyline");

    private HtmlChecks() {}

    /** The contents of the cells with a {@code data-cell} key, by key (the first of each key). */
    static Map<String, String> cells(String html) {
        Map<String, String> cells = new LinkedHashMap<>();
        Matcher m = CELL.matcher(html);
        while (m.find()) {
            cells.putIfAbsent(m.group(1), m.group(2));
        }
        return cells;
    }

    static Optional<String> cell(String html, String key) {
        return Optional.ofNullable(cells(html).get(key));
    }

    /** A note: its number, heading and body. */
    record Note(int number, String heading, String body) {}

    static List<Note> notes(String html) {
        List<Note> notes = new ArrayList<>();
        Matcher m = NOTE.matcher(html);
        while (m.find()) {
            notes.add(new Note(Integer.parseInt(m.group(1)), m.group(2), m.group(3)));
        }
        return notes;
    }

    static Optional<Note> noteHeaded(String html, String headingHtml) {
        return notes(html).stream().filter(n -> n.heading().equals(headingHtml)).findFirst();
    }

    /** The text of markup with its tags removed, footnote numbers included. */
    static String textOf(String markup) {
        return markup.replaceAll("<[^>]*>", "");
    }

    /** The markup with the superscript note links removed: what a cell says in itself. */
    static String withoutNoteLinks(String markup) {
        return markup.replaceAll("<sup class=\"fnref\">.*?</sup>", "");
    }

    static int count(String html, String needle) {
        int n = 0;
        for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    /** The page with the contents of its script and style elements left out. */
    static String withoutRawText(String html) {
        return RAW_TEXT.matcher(html).replaceAll("<$1></$1>");
    }

    /**
     * The problems found by scanning every {@code <} outside script and style: each must open a well-formed tag of
     * a known element, with double-quoted attribute values that hold no {@code < > "}; an injected tag or a broken
     * attribute shows up here.
     */
    static List<String> tagProblems(String html) {
        String body = withoutRawText(html);
        List<String> problems = new ArrayList<>();
        int i = body.indexOf('<');
        while (i >= 0) {
            if (body.startsWith("<!DOCTYPE html>", i)) {
                i = body.indexOf('<', i + 1);
                continue;
            }
            Matcher m = TAG.matcher(body);
            m.region(i, body.length());
            if (!m.lookingAt()) {
                problems.add("not a tag at " + i + ": " + body.substring(i, Math.min(body.length(), i + 80)));
            } else if (!ELEMENTS.contains(m.group(2))) {
                problems.add("unexpected element <" + m.group(2) + "> at " + i);
            }
            i = body.indexOf('<', i + 1);
        }
        return problems;
    }
}
