package dk.fremdrift.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The usage example of the README, as written there, with whichever provider is the default. */
class ReadmeExampleTest {

    public record ChildForm(
            @NotNull @Cpr String cpr, @MunicipalityCode String municipality) {}

    @Test
    void readmeExample_invalidCpr_danishMessageWithoutTheNumber() {
        Configuration<?> config = Validation.byDefaultProvider().configure();
        try (ValidatorFactory factory = config.messageInterpolator(FremdriftMessageInterpolator.wrap(
                        config.getDefaultMessageInterpolator(), Locale.forLanguageTag("da")))
                .buildValidatorFactory()) {

            List<String> lines = factory.getValidator().validate(new ChildForm("320115-4321", "101")).stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .collect(Collectors.toList());

            assertThat(lines).containsExactly("cpr: skal være et gyldigt CPR-nummer (DDMMÅÅ-SSSS)");
        }
    }
}
