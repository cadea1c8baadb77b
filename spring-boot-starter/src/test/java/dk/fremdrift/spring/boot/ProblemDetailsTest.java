package dk.fremdrift.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.vendor.TestApplication;
import org.junit.jupiter.api.Nested;
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

/**
 * Bad requests answered with problem details that name field and rule, never the value, and no log line with the
 * value; checked with a real CPR number (valid date and century, failing modulus 11 as the form requires) and a
 * capture of everything the application writes. The control run switches the starter's handling off and shows that
 * Spring's own handling does log the number, so the capture would see it.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProblemDetailsTest {

    /** A CPR number with a valid date (7 June 1915... or 2015) that fails modulus 11. */
    static final String CPR = "070615-4321";

    static final String DIGITS = "0706154321";

    static String form(String cpr) {
        return "{\"cpr\":\"" + cpr + "\",\"municipality\":\"101\"}";
    }

    static void assertNoCpr(String text) {
        assertThat(text).doesNotContain(CPR).doesNotContain(DIGITS).doesNotContain("070615");
    }

    @Nested
    @SpringBootTest(
            classes = TestApplication.class,
            properties = "spring.jackson.deserialization.fail-on-unknown-properties=true")
    @AutoConfigureMockMvc
    class WithTheStarter {

        @Autowired
        MockMvc mvc;

        @Test
        void invalidCpr_danish_problemDetailNamesFieldAndRuleNotValue(CapturedOutput output) throws Exception {
            MvcResult r = mvc.perform(post("/forms")
                            .contentType(MediaType.APPLICATION_JSON)
                            .header("Accept-Language", "da")
                            .content(form(CPR)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("https://fremdrift.dk/problems/invalid-request"))
                    .andExpect(jsonPath("$.title").value("Ugyldig anmodning"))
                    .andExpect(jsonPath("$.errors[0].field").value("cpr"))
                    .andExpect(jsonPath("$.errors[0].rule").value("Cpr"))
                    .andExpect(jsonPath("$.errors[0].message").value("skal være et gyldigt CPR-nummer (DDMMÅÅ-SSSS)"))
                    .andReturn();
            assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
            assertNoCpr(r.getResponse().getContentAsString());
            assertNoCpr(output.getAll());
        }

        @Test
        void invalidCpr_english_messageInEnglish(CapturedOutput output) throws Exception {
            mvc.perform(post("/forms")
                            .contentType(MediaType.APPLICATION_JSON)
                            .header("Accept-Language", "en")
                            .content(form(CPR)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.title").value("Invalid request"))
                    .andExpect(jsonPath("$.errors[0].message").value("must be a valid CPR number (DDMMYY-SSSS)"));
            assertNoCpr(output.getAll());
        }

        @Test
        void noLanguage_fremdriftLanguageDanish() throws Exception {
            mvc.perform(post("/forms").contentType(MediaType.APPLICATION_JSON).content(form(CPR)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].message").value("skal være et gyldigt CPR-nummer (DDMMÅÅ-SSSS)"));
        }

        @Test
        void cprWhereADateBelongs_jsonErrorNamesFieldAndKindNotValue(CapturedOutput output) throws Exception {
            MvcResult r = mvc.perform(post("/forms")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"cpr\":\"0101011234\",\"opened\":\"" + CPR + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("opened"))
                    .andExpect(jsonPath("$.errors[0].rule").value("invalid-format"))
                    .andExpect(jsonPath("$.errors[0].message").value("expected a date (YYYY-MM-DD); got a text"))
                    .andReturn();
            assertNoCpr(r.getResponse().getContentAsString());
            assertNoCpr(output.getAll());
        }

        @Test
        void unknownField_named() throws Exception {
            mvc.perform(post("/forms")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"cpr\":\"0101011234\",\"cprNumber\":\"" + CPR + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("cprNumber"))
                    .andExpect(jsonPath("$.errors[0].rule").value("unknown-field"));
        }

        @Test
        void malformedJson_saysWhereNotWhat(CapturedOutput output) throws Exception {
            MvcResult r = mvc.perform(post("/forms")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"cpr\":\"" + CPR + "\" \"x\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].rule").value("malformed-json"))
                    .andReturn();
            assertNoCpr(r.getResponse().getContentAsString());
            assertNoCpr(output.getAll());
        }
    }

    @Nested
    @SpringBootTest(classes = TestApplication.class, properties = "fremdrift.web.problem-details=false")
    @AutoConfigureMockMvc
    class WithoutTheStarterHandling {

        @Autowired
        MockMvc mvc;

        @Test
        void invalidCpr_springLogsTheValue_theCaptureSeesIt(CapturedOutput output) throws Exception {
            mvc.perform(post("/forms").contentType(MediaType.APPLICATION_JSON).content(form(CPR)))
                    .andExpect(status().isBadRequest());
            assertThat(output.getAll()).contains("rejected value [" + CPR + "]");
        }
    }
}
