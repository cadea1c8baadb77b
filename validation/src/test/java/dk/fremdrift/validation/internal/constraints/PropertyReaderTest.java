package dk.fremdrift.validation.internal.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintDeclarationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PropertyReaderTest {

    /** Has both a fluent accessor and a getter; the fluent one wins. */
    public static final class Both {
        public String value() {
            return "fluent";
        }

        public String getValue() {
            return "getter";
        }
    }

    /** Only JavaBeans accessors. */
    public static final class Bean {
        public boolean isActive() {
            return true;
        }

        public String isNotABoolean() {
            return "no";
        }

        public static String getStatic() {
            return "static";
        }

        public void getNothing() {}
    }

    record Holder(Optional<String> text) {}

    @Test
    void read_fluentAccessorAndGetter_fluentWins() {
        assertThat(PropertyReader.of("@X", "value").read(new Both())).isEqualTo("fluent");
    }

    @Test
    void read_booleanIsAccessor_read() {
        assertThat(PropertyReader.of("@X", "active").read(new Bean())).isEqualTo(true);
    }

    @Test
    void read_isAccessorNotBoolean_notAnAccessor() {
        assertThatThrownBy(() -> PropertyReader.of("@X", "notABoolean").read(new Bean()))
                .isInstanceOf(ConstraintDeclarationException.class)
                .hasMessageStartingWith("@X: " + Bean.class.getName() + " has no public accessor notABoolean()");
    }

    @Test
    void read_staticOrVoidMethod_notAnAccessor() {
        assertThatThrownBy(() -> PropertyReader.of("@X", "static").read(new Bean()))
                .isInstanceOf(ConstraintDeclarationException.class);
        assertThatThrownBy(() -> PropertyReader.of("@X", "nothing").read(new Bean()))
                .isInstanceOf(ConstraintDeclarationException.class);
    }

    @Test
    void read_optional_unwrapped() {
        PropertyReader reader = PropertyReader.of("@X", "text");
        assertThat(reader.read(new Holder(Optional.of("x")))).isEqualTo("x");
        assertThat(reader.read(new Holder(Optional.empty()))).isNull();
    }

    @Test
    void of_notAnIdentifier_throws() {
        assertThatThrownBy(() -> PropertyReader.of("@X", "")).isInstanceOf(ConstraintDeclarationException.class);
        assertThatThrownBy(() -> PropertyReader.of("@X", "1st")).isInstanceOf(ConstraintDeclarationException.class);
        assertThatThrownBy(() -> PropertyReader.of("@X", "a.b")).isInstanceOf(ConstraintDeclarationException.class);
    }
}
