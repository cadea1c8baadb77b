package dk.fremdrift.examples.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.metrics.Benchmark;
import java.util.List;
import java.util.Objects;

/**
 * A benchmark with how its peers were chosen, as report.json of {@code fremdrift benchmark} carries it.
 *
 * @param selection how the peers were chosen
 * @param benchmark the municipality against its peers, indicator by indicator
 */
@JsonPropertyOrder({"selection", "benchmark"})
public record BenchmarkSection(PeerSelection selection, Benchmark benchmark) {

    /**
     * Checks the section.
     *
     * @param selection how the peers were chosen
     * @param benchmark the benchmark
     * @throws NullPointerException if an argument is null
     */
    public BenchmarkSection {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(benchmark, "benchmark");
    }

    /** How the peers were chosen. */
    public enum Method {
        /** Every municipality whose document was given. */
        ALL,
        /** The municipalities the user listed. */
        LISTED,
        /** The k nearest on structural indicators, standardised. */
        NEAREST
    }

    /**
     * How the peers were chosen.
     *
     * @param method the method
     * @param variables the structural indicators compared, for {@link Method#NEAREST}; empty otherwise
     * @param distances the chosen peers' distances from the municipality, nearest first, for {@link Method#NEAREST}
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"method", "variables", "distances"})
    public record PeerSelection(Method method, List<String> variables, List<Distance> distances) {

        /**
         * Checks the selection and copies its lists.
         *
         * @param method the method
         * @param variables the structural indicators
         * @param distances the peers' distances
         * @throws NullPointerException if the method is null or a list holds a null
         */
        public PeerSelection {
            Objects.requireNonNull(method, "method");
            variables = variables == null ? List.of() : List.copyOf(variables);
            distances = distances == null ? List.of() : List.copyOf(distances);
        }
    }

    /**
     * A peer's distance from the municipality: the Euclidean distance of their standardised structural indicators.
     *
     * @param municipality the peer's code and name
     * @param distance the distance
     */
    @JsonPropertyOrder({"municipality", "distance"})
    public record Distance(String municipality, double distance) {

        /**
         * Checks the distance.
         *
         * @param municipality the peer
         * @param distance the distance
         * @throws NullPointerException if the municipality is null
         */
        public Distance {
            Objects.requireNonNull(municipality, "municipality");
        }
    }
}
