package org.coldwar.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.coldwar.problem.InvalidDataException;
import org.coldwar.problem.Location;
import org.coldwar.problem.Problem;
import org.coldwar.source.CsvRow;
import org.coldwar.source.TextFiles;

/**
 * The hand-written RFC 4180 reader that {@link org.coldwar.source.CsvReader} used before it
 * moved to Apache Commons CSV, kept only for {@link CsvBenchmark} to compare against.
 */
final class HandWrittenCsvReader {

    private final String shownAs;
    private final List<String> requiredColumns;

    /**
     * @param shownAs the file's name as shown in problems, e.g. {@code seeds/entities.csv}
     * @param requiredColumns columns the header must contain (others are allowed and ignored)
     */
    HandWrittenCsvReader(String shownAs, List<String> requiredColumns) {
        this.shownAs = shownAs;
        this.requiredColumns = List.copyOf(requiredColumns);
    }

    /** Reads {@code path} (strict UTF-8) and pushes each data row; throws on malformed CSV. */
    public void read(Path path, Consumer<CsvRow> rows) {
        parse(TextFiles.readUtf8(path, shownAs), rows);
    }

    /** Parses CSV text and pushes each data row; throws {@link InvalidDataException} on malformed CSV. */
    public void parse(String text, Consumer<CsvRow> rows) {
        RecordScanner scanner = new RecordScanner(text);
        List<String> header = null;
        while (scanner.hasNext()) {
            int line = scanner.line();
            List<String> fields = scanner.next();
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            if (header == null) {
                header = checkHeader(fields, line);
                continue;
            }
            Location location = new Location(shownAs, line);
            if (fields.size() > header.size()) {
                throw new InvalidDataException(Problem.at(location,
                        "row has " + fields.size() + " fields but the header has " + header.size(),
                        String.join(",", fields)));
            }
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                cells.put(header.get(i), fields.get(i).strip());
            }
            rows.accept(new CsvRow(location, cells));
        }
        if (header == null) {
            throw new InvalidDataException(Problem.at(Location.of(shownAs), "no header row"));
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

    /** Splits text into records of fields, tracking the line each record starts on. */
    private final class RecordScanner {
        private final String text;
        private int pos;
        private int line = 1;

        RecordScanner(String text) {
            this.text = text;
        }

        boolean hasNext() {
            return pos < text.length();
        }

        int line() {
            return line;
        }

        List<String> next() {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (quoted) {
                    if (c == '"') {
                        if (pos < text.length() && text.charAt(pos) == '"') {
                            field.append('"');
                            pos++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\n') {
                    line++;
                    break;
                } else if (c == '\r') {
                    // part of a CRLF line end
                } else if (wasQuoted) {
                    throw new InvalidDataException(Problem.at(new Location(shownAs, line),
                            "text after a closing quote", field + String.valueOf(c)));
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                throw new InvalidDataException(Problem.at(new Location(shownAs, startLine),
                        "quoted field is never closed"));
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
