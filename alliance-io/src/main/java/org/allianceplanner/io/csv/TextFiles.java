package org.allianceplanner.io.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where a file stops being UTF-8. */
final class TextFiles {
    private TextFiles() {}

    /** The text of {@code bytes}, without a leading byte-order mark. */
    static String decodeUtf8(byte[] bytes) throws NotUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(lineOfFirstBadByte(bytes));
        }
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(input, output, true);
        int line = 1;
        for (int i = 0; i < input.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The file is not UTF-8 from {@link #line} on. */
    static final class NotUtf8Exception extends Exception {
        final int line;

        NotUtf8Exception(int line) {
            super("not UTF-8 from line " + line);
            this.line = line;
        }
    }
}
