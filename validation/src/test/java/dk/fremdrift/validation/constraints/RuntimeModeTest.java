package dk.fremdrift.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Proves which way this test run loads the library: surefire runs the tests twice, once on the module path and
 * once on the class path, and tells each run which one it is with {@code -Dfremdrift.test.path}.
 */
class RuntimeModeTest {

    @Test
    void run_declaredPath_isThePathInUse() {
        String declared = System.getProperty("fremdrift.test.path", "undeclared");
        boolean named = Cpr.class.getModule().isNamed();

        assertThat(declared).isIn("module", "class");
        assertThat(named).as("dk.fremdrift.validation is a named module").isEqualTo(declared.equals("module"));
        if (named) {
            assertThat(Cpr.class.getModule().getName()).isEqualTo("dk.fremdrift.validation");
            assertThat(dk.fremdrift.model.Cpr.class.getModule().getName()).isEqualTo("dk.fremdrift.model");
            assertThat(jakarta.validation.Validator.class.getModule().getName()).isEqualTo("jakarta.validation");
        }
    }
}
