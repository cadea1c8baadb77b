package dk.fremdrift.examples.cli;

import java.util.List;
import tools.jackson.core.JacksonException;

/**
 * Turns a failure to read one input line into a reason a person can act on: the JSON path of the field and the
 * model's own explanation. The model's messages never contain a CPR number, and Jackson does not include the
 * source text in its messages, so a reason never echoes personal data.
 */
public final class Rejection {

    private Rejection() {}

    /**
     * Returns the reason a line was rejected, as the command line writes it to rejects.jsonl.
     *
     * @param e the failure to read the line
     * @return the JSON path and the reason
     */
    public static String reason(Exception e) {
        if (e instanceof JacksonException je) {
            String path = path(je.getPath());
            Throwable root = je;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String why = root instanceof IllegalArgumentException || root instanceof NullPointerException
                    ? describe(root)
                    : firstLine(je.getOriginalMessage());
            return path.isEmpty() ? why : path + ": " + why;
        }
        return describe(e);
    }

    private static String describe(Throwable t) {
        if (t instanceof NullPointerException && t.getMessage() != null) {
            return "missing required field '" + t.getMessage() + "'";
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : firstLine(t.getMessage());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid JSON";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * Returns a JSON path such as {@code notifications[0].received}.
     *
     * @param refs Jackson's path
     * @return the path, empty for the document
     */
    public static String path(List<JacksonException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : refs) {
            if (r.getPropertyName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
