package dk.fremdrift.validation.internal.constraints;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ValidationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * Reads one named property of vendor objects through its public accessor, {@code name()}, {@code getName()} or
 * {@code isName()} in that order, and unwraps an {@link Optional}. The accessor is looked up once per class.
 *
 * <p>Messages of the exceptions name the constraint, the type and the property, never a value.
 */
final class PropertyReader {

    private final String constraint;
    private final String name;
    private final ClassValue<Method> accessors = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            return find(type);
        }
    };

    private PropertyReader(String constraint, String name) {
        this.constraint = constraint;
        this.name = name;
    }

    /**
     * Returns a reader of the named property.
     *
     * @param constraint the constraint and attribute, for messages, such as {@code @ValidPeriod(end = "to")}
     * @param name the property's name, a Java identifier
     * @return the reader
     * @throws ConstraintDeclarationException if the name is not a Java identifier
     */
    static PropertyReader of(String constraint, String name) {
        if (!isIdentifier(name)) {
            throw new ConstraintDeclarationException(
                    constraint + ": expected the name of a property (a Java identifier), got '" + name + "'");
        }
        return new PropertyReader(constraint, name);
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isJavaIdentifierPart(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Returns the property's name. */
    String name() {
        return name;
    }

    /**
     * Reads the property of an object.
     *
     * @param bean the object; not null
     * @return the value, unwrapped from an {@link Optional}; null if absent
     * @throws ConstraintDeclarationException if the type has no accessor or this module may not call it
     * @throws ValidationException if the accessor throws
     */
    Object read(Object bean) {
        Method accessor = accessors.get(bean.getClass());
        Object value;
        try {
            value = accessor.invoke(bean);
        } catch (IllegalAccessException e) {
            throw noAccess(bean.getClass(), e);
        } catch (InvocationTargetException e) {
            throw new ValidationException(
                    constraint + ": the accessor " + bean.getClass().getName() + "." + accessor.getName() + "() threw "
                            + e.getCause().getClass().getName(),
                    e.getCause());
        }
        return value instanceof Optional<?> optional ? optional.orElse(null) : value;
    }

    private Method find(Class<?> type) {
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : new String[] {name, "get" + capitalised, "is" + capitalised}) {
            Method m;
            try {
                m = type.getMethod(candidate);
            } catch (NoSuchMethodException e) {
                continue;
            }
            if (Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class) {
                continue;
            }
            if (candidate.startsWith("is")
                    && !candidate.equals(name)
                    && m.getReturnType() != boolean.class
                    && m.getReturnType() != Boolean.class) {
                continue;
            }
            if (!m.trySetAccessible()) {
                throw noAccess(type, null);
            }
            return m;
        }
        throw new ConstraintDeclarationException(constraint + ": " + type.getName() + " has no public accessor " + name
                + "(), get" + capitalised + "() or is" + capitalised + "()");
    }

    private ConstraintDeclarationException noAccess(Class<?> type, Exception cause) {
        Module target = type.getModule();
        String module = target.isNamed() ? "module " + target.getName() : "the unnamed module";
        String self = PropertyReader.class.getModule().isNamed()
                ? PropertyReader.class.getModule().getName()
                : "dk.fremdrift.validation";
        return new ConstraintDeclarationException(
                constraint + ": cannot read property '" + name + "' of " + type.getName() + " in " + module
                        + ": make the type public in an exported package, or open the package to this library ("
                        + "opens " + type.getPackageName() + " to " + self
                        + ";), or implement the constraint's interface instead of naming properties",
                cause);
    }
}
