package dk.fremdrift.metrics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator broken down by one {@link Dimension}: one value per cell. The cells do not overlap and add up to the
 * indicator's overall value.
 *
 * @param dimension the dimension
 * @param cells the values of the cells, in order: age bands by age, intervention kinds in their declared order,
 *     months by date, teams and caseworkers by key with {@value Dimension#UNASSIGNED} last
 */
@JsonPropertyOrder({"dimension", "cells"})
public record Breakdown(Dimension dimension, List<IndicatorValue> cells) {

    /**
     * Checks the breakdown and copies its cells.
     *
     * @param dimension the dimension
     * @param cells the values of the cells
     * @throws NullPointerException if an argument is null or the list holds a null
     */
    public Breakdown {
        Objects.requireNonNull(dimension, "dimension");
        cells = List.copyOf(cells);
    }

    /**
     * Finds a cell by its key.
     *
     * @param key the cell's key, such as a team's key or {@code 0-2}
     * @return the cell's value, or empty if the breakdown has no such cell
     */
    public Optional<IndicatorValue> findCell(String key) {
        Objects.requireNonNull(key, "key");
        return cells.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
