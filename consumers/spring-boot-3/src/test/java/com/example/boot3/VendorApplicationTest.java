package com.example.boot3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.fremdrift.model.ChildCase;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The starter in a Spring Boot 3.5 application (Jackson 2, Hibernate Validator 8), over MockMvc. */
@SpringBootTest(
        properties = {
            "management.endpoints.web.exposure.include=health,info",
            "management.endpoint.health.show-details=always"
        })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class VendorApplicationTest {

    static final String CPR = "070615-4321";

    @Autowired
    MockMvc mvc;

    static String example() throws Exception {
        try (InputStream in = ChildCase.class.getResourceAsStream(ChildCase.JSON_EXAMPLE_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void deadlines_exampleCase_danishExplanations() throws Exception {
        mvc.perform(post("/cases/deadlines")
                        .param("asOf", "2026-11-23T12:00:00Z")
                        .header("Accept-Language", "da")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(example()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].ruleId").isString())
                .andExpect(jsonPath("$[?(@.ruleId == 'BL-136-ASSESSMENT-24H')].explanation")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("underretning"))));
    }

    @Test
    void badCpr_problemDetailWithoutTheNumber_andNoLogOfIt(CapturedOutput output) throws Exception {
        MvcResult r = mvc.perform(post("/forms")
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cpr\":\"" + CPR + "\",\"municipality\":\"101\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cpr"))
                .andExpect(jsonPath("$.errors[0].rule").value("Cpr"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a valid CPR number (DDMMYY-SSSS)"))
                .andReturn();
        assertThat(r.getResponse().getContentAsString()).doesNotContain("070615");
        assertThat(output.getAll()).doesNotContain("070615");
    }

    @Test
    void jsonError_jackson2_namesFieldNotValue(CapturedOutput output) throws Exception {
        MvcResult r = mvc.perform(post("/forms")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cpr\":\"0101011234\",\"opened\":\"" + CPR + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("opened"))
                .andExpect(jsonPath("$.errors[0].rule").value("invalid-format"))
                .andReturn();
        assertThat(r.getResponse().getContentAsString()).doesNotContain("070615");
        assertThat(output.getAll()).doesNotContain("070615");
    }

    @Test
    void actuator_infoAndHealth() throws Exception {
        mvc.perform(get("/actuator/info"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fremdrift.calendars.DK.coverage").value("1950-01-01/2199-12-31"))
                .andExpect(jsonPath("$.fremdrift.ruleBook.sha256").isString());
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.fremdriftCalendars.status").value("UP"));
    }
}
