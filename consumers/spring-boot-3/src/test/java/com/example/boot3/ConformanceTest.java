package com.example.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.testing.conformance.ConformanceCorpus;
import dk.fremdrift.testing.conformance.ConformanceRunner;
import dk.fremdrift.testing.conformance.ConformanceVector;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The conformance corpus as a vendor runs it: from the published fremdrift-testing jar (its resources, not a source
 * folder), with the vendor's Jackson 2, against the statutory engine.
 */
class ConformanceTest {

    @Test
    void builtInCorpus_fromTheJar_statutoryEngineConforms() {
        DeadlineEngine engine =
                DeadlineEngine.builder(DanishCalendar.statutory()).build();
        List<ConformanceVector> vectors = ConformanceCorpus.builtIn();

        Map<String, List<String>> failing = new TreeMap<>();
        for (ConformanceVector v : vectors) {
            List<String> differences = ConformanceRunner.check(v, engine);
            if (!differences.isEmpty() && v.knownDefect().isEmpty()) {
                failing.put(v.id(), differences);
            }
        }

        assertThat(vectors).hasSizeGreaterThanOrEqualTo(150);
        assertThat(failing).isEmpty();
    }
}
