package org.coldwar.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.coldwar.problem.InvalidDataException;
import org.coldwar.problem.Location;
import org.coldwar.problem.Problem;

/**
 * Reads input files strictly: UTF-8 only, no empty files. Failures become
 * {@link InvalidDataException}s naming the file and, for bad bytes, the line.
 */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * The file's bytes; an error naming {@code shownAs} if it is missing, empty, not a regular
     * file (a FIFO or device would hang or exhaust the heap) or over {@link SeedFiles#MAX_BYTES}.
     */
    public static byte[] readBytes(Path path, String shownAs) {
        byte[] bytes;
        try {
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                throw new InvalidDataException(Problem.at(Location.of(shownAs),
                        "not a regular file (a directory, FIFO, socket or device)"));
            }
            if (Files.exists(path) && Files.size(path) > SeedFiles.MAX_BYTES) {
                throw new InvalidDataException(Problem.at(Location.of(shownAs),
                        "larger than " + SeedFiles.MAX_BYTES / (1024 * 1024) + " MiB, the most an input file may be"));
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(Problem.at(Location.of(shownAs), "file not found"));
        } catch (IOException e) {
            throw new InvalidDataException(Problem.at(Location.of(shownAs), "cannot read file", e.getMessage()));
        }
        if (bytes.length == 0) {
            throw new InvalidDataException(Problem.at(Location.of(shownAs), "file is empty"));
        }
        return bytes;
    }

    /** A UTF-8 decoder that reports a malformed or unmappable byte sequence instead of replacing it. */
    public static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Decodes bytes as UTF-8, failing on the first malformed sequence with its line number. */
    public static String decodeUtf8(byte[] bytes, String shownAs) {
        CharsetDecoder decoder = strictUtf8();
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int badOffset = firstMalformedOffset(bytes);
            throw new InvalidDataException(Problem.at(new Location(shownAs, lineOfByte(bytes, badOffset)),
                    "not valid UTF-8 (byte " + badOffset + ")"));
        }
        rejectControlCharacters(text, shownAs);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Control characters other than tab, line feed and carriage return (and the non-characters
     * U+FFFE, U+FFFF) cannot be written in XML, so RDF/XML and the HTML pages could not carry
     * them: refused where they enter, at their line.
     */
    private static void rejectControlCharacters(String text, String shownAs) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F || c == 0xFFFE || c == 0xFFFF) {
                throw new InvalidDataException(Problem.at(new Location(shownAs, line), String.format(
                        "control character U+%04X is not allowed (only tab, line feed and carriage return are)", (int) c)));
            }
        }
    }

    /** Reads and decodes in one step. */
    public static String readUtf8(Path path, String shownAs) {
        return decodeUtf8(readBytes(path, shownAs), shownAs);
    }

    private static int firstMalformedOffset(byte[] bytes) {
        CharsetDecoder decoder = strictUtf8();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
