package org.coldwar.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.coldwar.problem.InvalidDataException;
import org.coldwar.problem.Location;
import org.coldwar.problem.Problem;

/**
 * An RFC 4180 CSV reader that keeps each row's starting line, so that every problem found in a
 * row can name it. The first row is the header; it must contain the required columns. Blank
 * lines are skipped. Rows are pushed to a consumer as they are read. The parsing is Apache
 * Commons CSV's; this class adds the header check, the lines and the one-line problems.
 */
public final class CsvReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    /** Commons CSV's message for text after a closing quote names the offending character's position. */
    private static final Pattern INVALID_CHARACTER = Pattern.compile("between encapsulated token and delimiter.*position: ([0-9,.\\s]+)");

    private final String shownAs;
    private final List<String> requiredColumns;

    /**
     * @param shownAs the file's name as shown in problems, e.g. {@code seeds/entities.csv}
     * @param requiredColumns columns the header must contain (others are allowed and ignored)
     */
    public CsvReader(String shownAs, List<String> requiredColumns) {
        this.shownAs = shownAs;
        this.requiredColumns = List.copyOf(requiredColumns);
    }

    /** Reads {@code path} (strict UTF-8) and pushes each data row; throws on malformed CSV. */
    public void read(Path path, Consumer<CsvRow> rows) {
        parse(TextFiles.readUtf8(path, shownAs), rows);
    }

    /** Parses CSV text and pushes each data row; throws {@link InvalidDataException} on malformed CSV. */
    public void parse(String text, Consumer<CsvRow> rows) {
        List<String> header = null;
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                // the line after the last line end read: where the next record starts (no record is read ahead)
                int line = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record = next(records, text, line);
                if (record == null) {
                    break;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = checkHeader(record.toList(), line);
                    continue;
                }
                rows.accept(row(header, record, new Location(shownAs, line)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // reading a string: does not happen
        }
        if (header == null) {
            throw new InvalidDataException(Problem.at(Location.of(shownAs), "no header row"));
        }
    }

    private CsvRow row(List<String> header, CSVRecord record, Location location) {
        if (record.size() > header.size()) {
            throw new InvalidDataException(Problem.at(location,
                    "row has " + record.size() + " fields but the header has " + header.size(), String.join(",", record.toList())));
        }
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            cells.put(header.get(i), record.get(i).strip());
        }
        return new CsvRow(location, cells);
    }

    /**
     * The next record, or null at the end; a malformed one is a problem at its place: an unclosed
     * quote at the line its record starts on, text after a closing quote at its own line, shown
     * from the line's start to the offending character.
     */
    private CSVRecord next(Iterator<CSVRecord> records, String text, int line) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            String message = String.valueOf(e.getCause().getMessage());
            if (message.contains("EOF reached before encapsulated token finished")) {
                throw new InvalidDataException(Problem.at(new Location(shownAs, line), "quoted field is never closed"));
            }
            Matcher at = INVALID_CHARACTER.matcher(message);
            if (at.find()) {
                int position = Integer.parseInt(at.group(1).replaceAll("\\D", ""));
                int end = Math.min(text.length(), position);  // just after the offending character
                int lineStart = text.lastIndexOf('\n', Math.max(0, end - 1)) + 1;
                int errorLine = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
                throw new InvalidDataException(Problem.at(new Location(shownAs, errorLine),
                        "text after a closing quote", text.substring(lineStart, end)));
            }
            throw new InvalidDataException(Problem.at(new Location(shownAs, line), "malformed CSV: " + message));
        }
    }

    private List<String> checkHeader(List<String> fields, int line) {
        List<String> header = new ArrayList<>();
        for (String field : fields) {
            header.add(field.strip());
        }
        for (String required : requiredColumns) {
            if (!header.contains(required)) {
                throw new InvalidDataException(Problem.at(new Location(shownAs, line),
                        "header lacks the column '" + required + "'", String.join(",", header)));
            }
        }
        return header;
    }
}
