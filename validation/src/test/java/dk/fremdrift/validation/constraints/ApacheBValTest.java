package dk.fremdrift.validation.constraints;

import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import org.apache.bval.jsr.ApacheValidationProvider;

/** The provider contract under Apache BVal, a second provider, for portability. */
class ApacheBValTest extends ProviderContract {

    @Override
    Configuration<?> configure() {
        return Validation.byProvider(ApacheValidationProvider.class).configure();
    }

    /** BVal reads only the application's {@code ValidationMessages} and its own bundle. */
    @Override
    boolean resolvesLibraryMessagesUnaided() {
        return false;
    }
}
