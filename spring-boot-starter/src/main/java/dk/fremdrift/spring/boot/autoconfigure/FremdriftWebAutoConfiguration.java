package dk.fremdrift.spring.boot.autoconfigure;

import dk.fremdrift.spring.boot.FremdriftProperties;
import dk.fremdrift.spring.boot.web.FremdriftProblemDetails;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * In a servlet web application: problem details without values for bad requests, and {@code fremdrift.language} as
 * the language of requests without {@code Accept-Language}. Runs before Spring Boot's own MVC configuration (named
 * for Boot 3 and Boot 4, whose packages differ), so that Boot's problem-details handler and locale resolver back off.
 * Not API.
 */
@AutoConfiguration(
        after = FremdriftAutoConfiguration.class,
        beforeName = {
            "org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, ResponseEntityExceptionHandler.class})
public class FremdriftWebAutoConfiguration {

    /** Creates the configuration; Spring calls it. */
    public FremdriftWebAutoConfiguration() {}

    /**
     * The problem-details handler, unless the application has its own {@link ResponseEntityExceptionHandler}.
     *
     * @return the handler
     */
    @Bean
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    @ConditionalOnProperty(name = "fremdrift.web.problem-details", havingValue = "true", matchIfMissing = true)
    public FremdriftProblemDetails fremdriftProblemDetails() {
        return new FremdriftProblemDetails();
    }

    /**
     * The locale resolver: the request's {@code Accept-Language}, else {@code fremdrift.language}; backs off for the
     * application's own resolver.
     *
     * @param properties the properties
     * @return the resolver
     */
    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    @ConditionalOnMissingBean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    public LocaleResolver localeResolver(FremdriftProperties properties) {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setDefaultLocale(properties.locale());
        return resolver;
    }
}
