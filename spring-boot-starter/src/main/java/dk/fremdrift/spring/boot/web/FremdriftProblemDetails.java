package dk.fremdrift.spring.boot.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers bad requests with RFC 9457 problem details that name each field and the rule it breaks, never the value,
 * and keeps Spring from logging the value.
 *
 * <p>Spring's default handling logs a failed {@code @Valid} request body at WARN with the exception's text, which
 * holds {@code rejected value [...]}: a CPR number in a log. Handled here, the exception never reaches Spring's
 * {@code DefaultHandlerExceptionResolver}, which writes that line. The answer, status 400:
 *
 * <pre>{@code
 * {"type": "https://fremdrift.dk/problems/invalid-request", "title": "Ugyldig anmodning", "status": 400,
 *  "detail": "1 felt overholder ikke sine regler.",
 *  "errors": [{"field": "cpr", "rule": "Cpr", "message": "skal være et gyldigt CPR-nummer (DDMMÅÅ-SSSS)"}]}
 * }</pre>
 *
 * <p>Rules: for Bean Validation, {@code rule} is the constraint's name and {@code message} the constraint's
 * message, interpolated in the request's language (Danish for {@code Accept-Language: da}, English otherwise;
 * without the header, {@code fremdrift.language}, which the starter makes the default of Spring's locale
 * resolver). The title and detail follow the same language. Fremdrift's constraints' messages never contain the value; an
 * application's own messages must not either (no {@code ${validatedValue}}). For JSON that cannot be read, {@code
 * field} is the JSON path, {@code rule} one of {@code malformed-json}, {@code unknown-field}, {@code
 * invalid-format}, {@code wrong-type}, {@code invalid-value}, and {@code message} says what was expected and the
 * kind of value found (in English), taken from the type of Jackson's exception, never from its text (which
 * quotes the value).
 * Every other request error keeps Spring's problem detail.
 *
 * <p>Registered by the starter when the application has no {@link ResponseEntityExceptionHandler} of its own and
 * {@code fremdrift.web.problem-details} is not {@code false}. An application with its own handler can extend this
 * class.
 */
@ControllerAdvice
public class FremdriftProblemDetails extends ResponseEntityExceptionHandler {

    /** The problem type of every answer of this class. */
    public static final URI TYPE = URI.create("https://fremdrift.dk/problems/invalid-request");

    /** Creates the handler. */
    public FremdriftProblemDetails() {}

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError e : ex.getBindingResult().getFieldErrors()) {
            errors.add(error(e.getField(), rule(e), e.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors().forEach(e -> errors.add(error("", rule(e), e.getDefaultMessage())));
        return answer(errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String parameter = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable e : result.getResolvableErrors()) {
                String field = e instanceof FieldError f ? parameter + "." + f.getField() : parameter;
                errors.add(error(field == null ? "" : field, rule(e), e.getDefaultMessage()));
            }
        });
        return answer(errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        JsonErrors.JsonError e = JsonErrors.of(ex.getCause());
        return answer(List.of(error(e.field(), e.rule(), "expected " + e.expected())), headers, request);
    }

    /**
     * Answers a failed method validation of a {@code @Validated} bean (outside Spring MVC's own argument checks).
     *
     * @param ex the violations
     * @param request the request
     * @return the problem detail
     */
    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : ex.getConstraintViolations()) {
            errors.add(error(
                    field(v.getPropertyPath()),
                    v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                    v.getMessage()));
        }
        errors.sort((a, b) -> a.get("field").compareTo(b.get("field")));
        return answer(errors, new HttpHeaders(), request);
    }

    private static ResponseEntity<Object> answer(
            List<Map<String, String>> errors, HttpHeaders headers, WebRequest request) {
        boolean danish = "da".equals(LocaleContextHolder.getLocale().getLanguage());
        int n = errors.size();
        String detail = danish
                ? (n == 1 ? "1 felt overholder ikke sine regler." : n + " felter overholder ikke deres regler.")
                : (n == 1 ? "1 field breaks its rules." : n + " fields break their rules.");
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        body.setType(TYPE);
        body.setTitle(danish ? "Ugyldig anmodning" : "Invalid request");
        body.setProperty("errors", List.copyOf(errors));
        return ResponseEntity.badRequest().headers(headers).body(body);
    }

    private static Map<String, String> error(String field, String rule, String message) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("field", field);
        e.put("rule", rule);
        e.put("message", message == null ? "" : message);
        return e;
    }

    /** The constraint's name: the last of Spring's codes for the error, such as {@code Cpr}. */
    private static String rule(MessageSourceResolvable e) {
        String[] codes = e.getCodes();
        return codes == null || codes.length == 0 ? "invalid" : codes[codes.length - 1];
    }

    private static String field(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == jakarta.validation.ElementKind.METHOD) {
                continue;
            }
            if (node.getName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
        }
        return sb.toString();
    }
}
