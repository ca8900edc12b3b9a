package io.github.talkcatalog.internal.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file's bytes as UTF-8, leniently: bytes that are not UTF-8 become U+FFFD and the
 * position of the first one is kept for a diagnostic.
 *
 * @param text the decoded text
 * @param firstBadLine the 1-based line of the first undecodable byte, or 0 when all bytes decoded
 */
public record SourceBytes(String text, int firstBadLine) {

  /**
   * Decodes {@code bytes}.
   *
   * @param bytes the file's content
   * @return the text and where decoding first failed
   */
  public static SourceBytes decode(byte[] bytes) {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = strict.decode(ByteBuffer.wrap(bytes));
      return new SourceBytes(chars.toString(), 0);
    } catch (CharacterCodingException e) {
      int bad = firstBadByte(bytes);
      int line = 1;
      for (int i = 0; i < bad && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      return new SourceBytes(new String(bytes, StandardCharsets.UTF_8), line);
    }
  }

  /** Offset of the first byte that starts no valid UTF-8 sequence. */
  private static int firstBadByte(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : bytes.length;
  }
}
