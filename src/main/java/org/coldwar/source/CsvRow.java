package org.coldwar.source;

import java.util.Map;

import org.coldwar.problem.Location;

/**
 * One data row of a CSV file: where it starts and its cells keyed by the header's column names.
 * Cells are trimmed; a column the row does not reach reads as the empty string.
 */
public record CsvRow(Location location, Map<String, String> cells) {

    public CsvRow {
        cells = Map.copyOf(cells);
    }

    /** The trimmed cell, or "" if empty or absent. Never null. */
    public String get(String column) {
        return cells.getOrDefault(column, "");
    }

    public boolean has(String column) {
        return !get(column).isEmpty();
    }
}
