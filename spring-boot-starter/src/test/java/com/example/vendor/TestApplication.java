package com.example.vendor;

import dk.fremdrift.validation.constraints.Cpr;
import dk.fremdrift.validation.constraints.MunicipalityCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A vendor's application: one form with Fremdrift's constraints. In a package of its own, as a vendor's is, so that
 * its component scan sees none of the starter's classes.
 */
@SpringBootApplication
public class TestApplication {

    /** A vendor's form; the CPR number must pass modulus 11. */
    public record ChildForm(
            @NotNull @Cpr(modulus11 = true) String cpr,
            @MunicipalityCode String municipality,
            LocalDate opened) {}

    @RestController
    public static class Forms {
        @PostMapping("/forms")
        String accept(@Valid @RequestBody ChildForm form) {
            return "ok";
        }
    }
}
