package dk.fremdrift.examples.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.metrics.ServiceLevel;
import java.util.List;
import java.util.Objects;

/**
 * The municipality's declared service level set against the report's actual values, as report.json carries it.
 *
 * @param decided who decided the service level and when
 * @param results each target with the actual value, whether it is met, and the gap
 */
@JsonPropertyOrder({"decided", "results"})
public record ServiceLevelSection(String decided, List<ServiceLevel.Result> results) {

    /**
     * Checks the section and copies its results.
     *
     * @param decided who decided and when
     * @param results the results
     * @throws NullPointerException if an argument is null or the list holds a null
     */
    public ServiceLevelSection {
        Objects.requireNonNull(decided, "decided");
        results = List.copyOf(results);
    }
}
