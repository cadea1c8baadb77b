package dk.fremdrift.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.fremdrift.model.ChildCase;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 document's case format is the published JSON Schema of a case ({@code child-case.schema.json} in
 * fremdrift-core-model, generated from the model's types): its definitions become the document's component schemas,
 * so the service documents exactly the format the libraries read, and the schema and the document cannot drift.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenApiCustomizer childCaseSchema() {
        Map<String, Schema<?>> schemas = schemas();
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            schemas.forEach(openApi.getComponents()::addSchemas);
            openApi.info(new Info()
                    .title("Fremdrift")
                    .description("Statutory deadlines, case review and management information for Danish"
                            + " child-welfare casework. Bad input is answered with RFC 9457 problem details that"
                            + " name the field and never repeat a value.")
                    .version(FremdriftService.class.getPackage().getImplementationVersion())
                    .license(new License().name("Apache License, Version 2.0").identifier("Apache-2.0")));
        };
    }

    /** The schema's $defs and the case itself, with references pointing at the document's components. */
    static Map<String, Schema<?>> schemas() {
        ObjectMapper mapper = Json31.mapper();
        try (InputStream in = ChildCase.class.getResourceAsStream(ChildCase.JSON_SCHEMA_RESOURCE)) {
            String text =
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("#/$defs/", "#/components/schemas/");
            ObjectNode root = (ObjectNode) mapper.readTree(text);
            JsonNode defs = root.remove("$defs");
            root.remove("$schema");
            Map<String, Schema<?>> out = new java.util.TreeMap<>();
            for (Map.Entry<String, JsonNode> e : defs.properties()) {
                out.put(e.getKey(), mapper.treeToValue(e.getValue(), Schema.class));
            }
            out.put("ChildCase", mapper.treeToValue(root, Schema.class));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("the JSON Schema of a case is missing from fremdrift-core-model", e);
        }
    }
}
