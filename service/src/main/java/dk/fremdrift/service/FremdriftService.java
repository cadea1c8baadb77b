package dk.fremdrift.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Fremdrift HTTP service: deadlines, case review and report for case systems not written in Java, with the
 * command line's input format (the case JSON and JSON Lines), rejects and reasons. Configured by the starter's
 * {@code fremdrift.*} settings; OpenAPI at {@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}.
 */
@SpringBootApplication
public class FremdriftService {

    /**
     * Starts the service.
     *
     * @param args Spring Boot's arguments, such as {@code --server.port=8080}
     */
    public static void main(String[] args) {
        SpringApplication.run(FremdriftService.class, args);
    }
}
