package dk.fremdrift.validation.constraints;

import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import org.hibernate.validator.HibernateValidator;

/** The provider contract under Hibernate Validator, the reference implementation. */
class HibernateValidatorTest extends ProviderContract {

    @Override
    Configuration<?> configure() {
        return Validation.byProvider(HibernateValidator.class).configure();
    }

    /**
     * Hibernate Validator reads {@code ContributorValidationMessages}. On the class path it merges the files of all
     * jars; as a named module it cannot (ResourceBundle.Control is unsupported in named modules) and reads the
     * first file found, which here is this library's, the only one.
     */
    @Override
    boolean resolvesLibraryMessagesUnaided() {
        return true;
    }
}
