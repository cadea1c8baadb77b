package com.example.boot3;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.validation.constraints.Cpr;
import dk.fremdrift.validation.constraints.MunicipalityCode;
import dk.fremdrift.validation.review.CaseReview;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A vendor's case system on Spring Boot 3, using the beans the Fremdrift starter gives it. */
@SpringBootApplication
public class VendorApplication {

    public static void main(String[] args) {
        SpringApplication.run(VendorApplication.class, args);
    }

    /** A form of the vendor's own, checked with Fremdrift's constraints. */
    public record ChildForm(
            @NotNull @Cpr(modulus11 = true) String cpr,
            @MunicipalityCode String municipality,
            LocalDate opened) {}

    /** One deadline as the vendor shows it. */
    public record Deadline(String ruleId, String status, String explanation) {}

    @RestController
    public static class Cases {
        private final DeadlineEngine engine;
        private final CaseReview review;

        public Cases(DeadlineEngine engine, CaseReview review) {
            this.engine = engine;
            this.review = review;
        }

        @PostMapping("/forms")
        public String form(@Valid @RequestBody ChildForm form) {
            return "ok";
        }

        @PostMapping("/cases/deadlines")
        public List<Deadline> deadlines(@RequestBody ChildCase c, @RequestParam Instant asOf) {
            List<DeadlineEvaluation> evaluations = engine.evaluate(c, asOf);
            return evaluations.stream()
                    .map(e ->
                            new Deadline(e.ruleId(), e.status().name(), e.explanation(LocaleContextHolder.getLocale())))
                    .toList();
        }

        @PostMapping("/cases/errors")
        public long errors(@RequestBody ChildCase c, @RequestParam Instant asOf) {
            return review.review(c, asOf).findings().stream()
                    .filter(f -> f.severity().name().equals("ERROR"))
                    .count();
        }
    }
}
