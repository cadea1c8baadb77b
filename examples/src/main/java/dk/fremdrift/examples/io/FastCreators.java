package dk.fremdrift.examples.io;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.introspect.AnnotatedMethod;
import tools.jackson.databind.introspect.AnnotatedWithParams;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that calls the creators of the case format's records (their canonical constructors, and static
 * factories marked as creators) through a method handle made once per type, instead of Jackson's own call.
 *
 * <p>Why: Jackson 3.2 calls a creator with properties by {@code MethodHandle.invokeWithArguments(Object[])}, which
 * adapts the handle to the argument array again at every call. Profiling the command line's binding (JFR, 2,000
 * synthetic cases) found a fifth of its CPU time under that call, most of it in the adapting ({@code
 * MethodHandle.asSpreaderChecks} and the interning of method types) rather than in the constructors; a handle adapted once and called with {@code invokeExact} binds the same cases 17 % faster (best of
 * 40 passes, the same mapper with and without this module). That pays for the duplicate-key detection the reader
 * needs (issue 12), which costs about 10 %.
 *
 * <p>Nothing else changes: the same creator gets the same arguments, and what it throws is reported exactly as
 * Jackson reports it ({@code rewrapCtorProblem}, then {@code handleInstantiationProblem}), so the reasons of rejected
 * lines stay the same ({@link Reasons}). A type whose instantiator is not Jackson's standard one, or whose creator is
 * not public (a handle from the public lookup cannot call it), keeps Jackson's own call.
 */
final class FastCreators {

    private FastCreators() {}

    /**
     * Returns the module.
     *
     * @return a module that replaces the standard instantiators of types with a public creator
     */
    static SimpleModule module() {
        ValueInstantiators instantiators = new ValueInstantiators() {
            @Override
            public ValueInstantiator findValueInstantiator(
                    DeserializationConfig config, BeanDescription.Supplier description) {
                return null; // Jackson finds it; modifyValueInstantiator below replaces it
            }

            @Override
            public ValueInstantiator modifyValueInstantiator(
                    DeserializationConfig config, BeanDescription.Supplier description, ValueInstantiator standard) {
                return faster(standard);
            }
        };
        return new SimpleModule("fremdrift-fast-creators") {
            private static final long serialVersionUID = 1L;

            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addValueInstantiators(instantiators);
            }
        };
    }

    /** The faster instantiator for a standard one that creates from properties, or the one given. */
    static ValueInstantiator faster(ValueInstantiator standard) {
        if (standard.getClass() != StdValueInstantiator.class || !standard.canCreateFromObjectWith()) {
            return standard;
        }
        StdValueInstantiator std = (StdValueInstantiator) standard;
        MethodHandle handle = spread(std.getWithArgsCreator());
        return handle == null ? standard : new Spread(std, handle);
    }

    /** A handle of type {@code (Object[])Object} that calls the creator, or null if it cannot be made. */
    static MethodHandle spread(AnnotatedWithParams creator) {
        MethodHandle handle;
        try {
            if (creator instanceof AnnotatedConstructor c) {
                handle = MethodHandles.publicLookup().unreflectConstructor(c.getAnnotated());
            } else if (creator instanceof AnnotatedMethod m
                    && Modifier.isStatic(m.getAnnotated().getModifiers())) {
                handle = MethodHandles.publicLookup().unreflect(m.getAnnotated());
            } else {
                return null;
            }
        } catch (IllegalAccessException e) {
            return null; // not public: Jackson's own call, which may open it
        }
        if (handle.isVarargsCollector()) {
            handle = handle.asFixedArity(); // Jackson passes the array for the last parameter as it is
        }
        return handle.asSpreader(Object[].class, handle.type().parameterCount())
                .asType(MethodType.methodType(Object.class, Object[].class));
    }

    /** Jackson's standard instantiator, with the creator called through a handle adapted once. */
    static final class Spread extends StdValueInstantiator {
        private static final long serialVersionUID = 1L;

        private final transient MethodHandle creator;

        Spread(StdValueInstantiator standard, MethodHandle creator) {
            super(standard);
            this.creator = creator;
        }

        @Override
        public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
            try {
                return (Object) creator.invokeExact(args);
            } catch (Exception e) {
                // As StdValueInstantiator: the problem wrapped with the type, and the context's handlers asked.
                return ctxt.handleInstantiationProblem(_valueClass, args, rewrapCtorProblem(ctxt, e));
            } catch (Error e) {
                throw e; // as Jackson's own call: a StackOverflowError, say, is not a problem of the input
            } catch (Throwable t) {
                throw new IllegalStateException(t); // no other throwable exists; keeps the compiler content
            }
        }
    }
}
