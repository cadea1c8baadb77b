package dk.fremdrift.examples.io;

import dk.fremdrift.model.CaseId;
import dk.fremdrift.model.CaseworkerId;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Cpr;
import dk.fremdrift.model.Cvr;
import dk.fremdrift.model.KleNumber;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.TeamId;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Why a line is not a valid case, in words a caseworker or an integrator can act on, in Danish or English: the JSON
 * path of the field, the form that was expected, and the kind of what was found ("an ISO date such as 2026-03-27,
 * found a text of 8 digits").
 *
 * <p>No reason ever contains a value from the input, not even the name of an unknown field: any of them may be
 * personal data. Jackson's own message text quotes values, so it is never used; where the exact text is needed to
 * find the error, the reason gives the column in the line instead. The model's own messages are used (they name the
 * field and the kind of value, never the value), but only from exceptions the model threw itself, and a reason that
 * would still contain a CPR number in any written form is replaced by one that says only where the problem is.
 */
public final class Reasons {

    /** A lenient tree reader, to find what stands at a path in a line that failed. */
    private static final JsonMapper TREE = JsonMapper.builder().build();

    /** Every field name of the case format: the only names a reason may print. */
    private static final Set<String> FIELDS = fieldsOf(ChildCase.class, new HashSet<>(), new HashSet<>());

    private static final Set<Class<?>> TEXT_TYPES = Set.of(
            String.class,
            CaseId.class,
            PartId.class,
            CaseworkerId.class,
            TeamId.class,
            KleNumber.class,
            MunicipalityCode.class,
            Cvr.class);

    private Reasons() {}

    /**
     * Returns why a line could not be read as a case.
     *
     * @param e what reading the line threw
     * @param line the line's text, to find the kind of the value at the failing path; never quoted
     * @param danish Danish if true, else English
     * @return the reason, without any input value
     */
    public static String of(Throwable e, String line, boolean danish) {
        String reason = unchecked(e, line, danish);
        if (Cpr.occursIn(reason)) {
            // Cannot happen with the texts above; a last guard, since the model's texts are used as they are.
            return danish
                    ? "linjen kan ikke læses som en sag" + at(e, true)
                    : "the line cannot be read as a case" + at(e, false);
        }
        return reason;
    }

    private static String unchecked(Throwable e, String line, boolean danish) {
        if (!(e instanceof JacksonException je)) {
            return danish ? "linjen kan ikke læses som en sag" : "the line cannot be read as a case";
        }
        String path = path(je.getPath());
        String prefix = path.isEmpty() ? "" : path + ": ";
        if (e instanceof FastDates.OutsideCoverageException) {
            return prefix
                    + (danish
                            ? "forventede en dato fra " + FastDates.COVERAGE_TEXT.replace(" to ", " til ")
                                    + " (fristkalenderens dækning), fandt en dato uden for den"
                            : "expected a date from " + FastDates.COVERAGE_TEXT
                                    + " (the deadline calendar's coverage), found a date outside it");
        }
        if (e instanceof StreamConstraintsException) {
            return danish
                    ? "linjen overskrider en grænse for JSON (dybde, tallængde eller tekstlængde)" + at(e, true)
                    : "the line exceeds a limit of the JSON reader (nesting, number or text length)" + at(e, false);
        }
        if (e instanceof StreamReadException) {
            String message = e.getMessage();
            if (message != null && message.startsWith("Duplicate ")) {
                return prefix
                        + (danish
                                ? "et felt står to gange i samme objekt" + at(e, true)
                                        + "; forventede hvert felt én gang"
                                : "a field appears twice in the same object" + at(e, false)
                                        + "; expected each field once");
            }
            return danish ? "ikke gyldig JSON" + at(e, true) : "not valid JSON" + at(e, false);
        }
        if (e instanceof MismatchedInputException
                && String.valueOf(e.getMessage()).startsWith("Trailing token")) {
            return danish
                    ? "der står mere efter sagen på linjen" + at(e, true) + "; forventede én sag pr. linje"
                    : "there is more after the case on the line" + at(e, false) + "; expected one case per line";
        }
        if (e instanceof MismatchedInputException mi && !(rootCause(e) instanceof IllegalArgumentException)) {
            String expected = expected(mi.getTargetType(), je.getPath().isEmpty(), danish);
            String found = found(line, je.getPath(), danish);
            return prefix
                    + (danish
                            ? "forventede " + expected + ", fandt " + found
                            : "expected " + expected + ", found " + found);
        }
        if (e instanceof DatabindException) {
            Throwable root = rootCause(e);
            String own = modelMessage(root);
            if (own != null) {
                if (root instanceof NullPointerException) {
                    return (path.isEmpty() ? own : path + "." + own)
                            + (danish ? ": et påkrævet felt mangler" : ": a required field is missing");
                }
                // Where the path cannot name the field (an unknown one), the column says where it is.
                String where = path.contains("(unknown field)") || own.contains("unknown field") ? at(e, danish) : "";
                return prefix
                        + (danish ? "bryder en regel for sagsformatet" + where + ": " : "")
                        + own
                        + (danish ? "" : where);
            }
        }
        return prefix
                + (danish
                        ? "kan ikke læses som en del af en sag" + at(e, true)
                        : "cannot be read as part of a case" + at(e, false));
    }

    /**
     * The reason for a case whose child is born after the date the case is evaluated as of: such a case is a
     * mistake in the data (a child's cases are not evaluated before the child is born).
     *
     * @param danish the reason in Danish ({@code true}) or English
     * @return the reason; it names the field and the option, never the date
     */
    public static String bornAfterAsOf(boolean danish) {
        return danish
                ? "child.birthDate: forventede en dato senest --as-of, fandt en senere dato"
                : "child.birthDate: expected a date on or before --as-of, found a later date";
    }

    /**
     * Returns the JSON path of a reading error through the case format's own field names, such as {@code
     * decisions[2].decided}; an unknown name (which may be personal data) is printed as {@code (unknown field)}.
     *
     * @param refs the path Jackson reports
     * @return the path, empty for the whole line
     */
    public static String path(List<JacksonException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : refs) {
            String name = r.getPropertyName();
            if (name != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(FIELDS.contains(name) ? name : "(unknown field)");
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** " at column N" (or Danish), when Jackson knows where. */
    private static String at(Throwable e, boolean danish) {
        if (e instanceof JacksonException je) {
            TokenStreamLocation l = je.getLocation();
            if (l != null && l.getColumnNr() > 0) {
                return (danish ? " ved kolonne " : " at column ") + l.getColumnNr();
            }
        }
        return "";
    }

    /** The model's own message: thrown by our code (or our null check), never a library's text. */
    private static String modelMessage(Throwable root) {
        StackTraceElement[] trace = root.getStackTrace();
        if (trace.length == 0 || root.getMessage() == null) {
            return null;
        }
        boolean ours = trace[0].getClassName().startsWith("dk.fremdrift.");
        boolean ourNullCheck = root instanceof NullPointerException
                && trace.length > 1
                && trace[0].getClassName().equals("java.util.Objects")
                && trace[1].getClassName().startsWith("dk.fremdrift.");
        if (!ours && !ourNullCheck) {
            return null;
        }
        String message = root.getMessage();
        if (root instanceof NullPointerException && !message.matches("[A-Za-z][A-Za-z0-9.\\[\\]]*( is null)?")) {
            return null;
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** The form a value of the target type has, in words. */
    static String expected(Class<?> type, boolean topLevel, boolean danish) {
        if (type == null) {
            return danish ? "en værdi af en anden art" : "a value of another kind";
        }
        if (type == ChildCase.class && topLevel) {
            return danish ? "en sag som et JSON-objekt" : "a case as a JSON object";
        }
        if (type == LocalDate.class) {
            return danish ? "en ISO-dato som 2026-03-27" : "an ISO date such as 2026-03-27";
        }
        if (type == Instant.class) {
            return danish
                    ? "et ISO-8601-tidspunkt som 2026-03-27T15:05:00Z"
                    : "an ISO-8601 moment such as 2026-03-27T15:05:00Z";
        }
        if (type == Cpr.class) {
            return danish ? "et CPR-nummer som tekst (DDMMÅÅ-SSSS)" : "a CPR number as a text (DDMMYY-SSSS)";
        }
        if (type.isEnum()) {
            String names = Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return (danish ? "en af " : "one of ") + names;
        }
        if (TEXT_TYPES.contains(type)) {
            return danish ? "en tekst" : "a text";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return danish ? "et helt tal" : "a whole number";
        }
        if (type == double.class || type == Double.class || type == BigDecimal.class) {
            return danish ? "et tal" : "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return danish ? "true eller false" : "true or false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return danish ? "en liste" : "a list";
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return danish ? "et objekt" : "an object";
        }
        return danish ? "en værdi af en anden art" : "a value of another kind";
    }

    /** The kind of the value at the path in the line, in words; never the value. */
    static String found(String line, List<JacksonException.Reference> refs, boolean danish) {
        JsonNode node;
        try {
            node = TREE.readTree(line);
            for (JacksonException.Reference r : refs) {
                if (node == null) {
                    break;
                }
                node = r.getPropertyName() != null ? node.get(r.getPropertyName()) : node.get(r.getIndex());
            }
        } catch (RuntimeException e) {
            node = null;
        }
        if (node == null) {
            return danish ? "en værdi af en anden art" : "a value of another kind";
        }
        return kind(node, danish);
    }

    static String kind(JsonNode node, boolean danish) {
        if (node.isNull()) {
            return "null";
        }
        if (node.isBoolean()) {
            return danish ? "en sandhedsværdi (true/false)" : "a boolean (true/false)";
        }
        if (node.isIntegralNumber()) {
            int digits = node.bigIntegerValue().abs().toString().length();
            if (digits == 1) {
                return danish ? "et tal med 1 ciffer" : "a number of 1 digit";
            }
            return (danish ? "et tal med " : "a number of ") + digits + (danish ? " cifre" : " digits");
        }
        if (node.isNumber()) {
            return danish ? "et decimaltal" : "a decimal number";
        }
        if (node.isString()) {
            return text(node.stringValue(), danish);
        }
        if (node.isArray()) {
            return danish ? "en liste" : "a list";
        }
        if (node.isObject()) {
            return danish ? "et objekt" : "an object";
        }
        return danish ? "en værdi af en anden art" : "a value of another kind";
    }

    /** The kind of a text: empty, digits, characters, with a CPR number; never the text. */
    static String text(String s, boolean danish) {
        int n = s.length();
        if (n == 0) {
            return danish ? "en tom tekst" : "an empty text";
        }
        boolean digits = s.chars().allMatch(c -> c >= '0' && c <= '9');
        String size = danish
                ? "en tekst på " + n + (digits ? " cifre" : " tegn")
                : "a text of " + n + (digits ? " digits" : " characters");
        if (Cpr.occursIn(s)) {
            return size + (danish ? ", der indeholder et CPR-nummer" : " that contains a CPR number");
        }
        return size;
    }

    /** The record component names of the format, from the case down. */
    private static Set<String> fieldsOf(Type type, Set<String> into, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                fieldsOf(arg, into, seen);
            }
        } else if (type instanceof Class<?> c
                && c.isRecord()
                && c.getPackageName().equals("dk.fremdrift.model")
                && seen.add(c)) {
            for (RecordComponent rc : c.getRecordComponents()) {
                into.add(rc.getName());
                fieldsOf(rc.getGenericType(), into, seen);
            }
        }
        return into;
    }
}
