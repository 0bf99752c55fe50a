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

    /** The file's bytes; an error naming {@code shownAs} if it is missing or empty. */
    public static byte[] readBytes(Path path, String shownAs) {
        byte[] bytes;
        try {
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

    /** Decodes bytes as UTF-8, failing on the first malformed sequence with its line number. */
    public static String decodeUtf8(byte[] bytes, String shownAs) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int badOffset = firstMalformedOffset(bytes);
            throw new InvalidDataException(Problem.at(new Location(shownAs, lineOfByte(bytes, badOffset)),
                    "not valid UTF-8 (byte " + badOffset + ")"));
        }
    }

    /** Reads and decodes in one step. */
    public static String readUtf8(Path path, String shownAs) {
        return decodeUtf8(readBytes(path, shownAs), shownAs);
    }

    private static int firstMalformedOffset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
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
