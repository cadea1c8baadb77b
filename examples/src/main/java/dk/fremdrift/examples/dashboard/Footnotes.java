package dk.fremdrift.examples.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The numbered notes of the page, numbered in the order they are first referred to, so the numbers rise down the
 * page. A note's anchor is {@code fn-N}; a reference is a superscript link to it, so the definitions are one click
 * away on screen and printed at the end on paper.
 */
final class Footnotes {

    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final List<Note> notes = new ArrayList<>();

    /** What a note says: its heading (HTML), its body (HTML) and its hover text (plain). */
    record Content(String headingHtml, String bodyHtml, String hover) {}

    /** A note with its number. */
    record Note(int number, Content content) {}

    /**
     * Returns the number of the note with a key, adding the note on first use.
     *
     * @param key what the note is about, such as an indicator's id
     * @param note makes the note's heading, body and hover text when it is first used
     */
    int number(String key, Supplier<Content> note) {
        Integer n = numbers.get(key);
        if (n != null) {
            return n;
        }
        int next = notes.size() + 1;
        notes.add(new Note(next, note.get()));
        numbers.put(key, next);
        return next;
    }

    /** The hover text of a note already added. */
    String hover(int number) {
        return notes.get(number - 1).content().hover();
    }

    /** A superscript link to a note; the element it stands by carries the note's text on hover. */
    String ref(int number) {
        return "<sup class=\"fnref\"><a href=\"#fn-" + number + "\">" + number + "</a></sup>";
    }

    List<Note> notes() {
        return List.copyOf(notes);
    }
}
