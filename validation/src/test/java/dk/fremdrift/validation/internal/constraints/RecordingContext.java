package dk.fremdrift.validation.internal.constraints;

import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link ConstraintValidatorContext} for calling validators directly: records every call, such as
 * {@code addPropertyNode[to]}, and answers the builders' calls with further recording proxies.
 */
final class RecordingContext implements InvocationHandler {

    static final String TEMPLATE = "{default.template}";

    private final List<String> calls = new ArrayList<>();

    private RecordingContext() {}

    static RecordingContext create() {
        return new RecordingContext();
    }

    ConstraintValidatorContext context() {
        return proxy(ConstraintValidatorContext.class);
    }

    List<String> calls() {
        return List.copyOf(calls);
    }

    private <T> T proxy(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, this));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        calls.add(method.getName() + (args == null ? "" : Arrays.toString(args)));
        Class<?> returns = method.getReturnType();
        if (method.getName().equals("getDefaultConstraintMessageTemplate")) {
            return TEMPLATE;
        }
        if (returns.isInterface()) {
            return proxy(returns);
        }
        if (returns == boolean.class) {
            return false;
        }
        return null;
    }
}
