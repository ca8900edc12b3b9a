package io.github.talkcatalog.internal.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file's bytes leniently: UTF-8 with or without a byte-order mark, or UTF-16 (little or
 * big endian) when a UTF-16 byte-order mark starts the bytes. Each malformed sequence becomes one
 * U+FFFD; where the first one was and how many there were is kept for a diagnostic. Runs in time
 * linear in the input.
 *
 * @param text the decoded text, without the byte-order mark
 * @param encoding the encoding used: {@code "UTF-8"}, {@code "UTF-16LE"} or {@code "UTF-16BE"}
 * @param firstBadLine the 1-based line of the first undecodable byte, or 0 when all bytes decoded
 * @param firstBadOffset the 0-based byte offset of the first undecodable byte, or -1
 * @param badSequences how many malformed sequences were replaced
 */
public record SourceBytes(String text, String encoding, int firstBadLine, long firstBadOffset, int badSequences) {

  /**
   * Decodes {@code bytes}.
   *
   * @param bytes the file's content
   * @return the text and where decoding first failed
   */
  public static SourceBytes decode(byte[] bytes) {
    return decode(bytes, bytes.length);
  }

  /**
   * Decodes the first {@code length} bytes of {@code bytes}.
   *
   * @param bytes the file's content
   * @param length how many bytes to decode, at most {@code bytes.length}
   * @return the text and where decoding first failed
   */
  public static SourceBytes decode(byte[] bytes, int length) {
    int bomLength = 0;
    Charset charset = StandardCharsets.UTF_8;
    if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      bomLength = 3;
    } else if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      bomLength = 2;
      charset = StandardCharsets.UTF_16LE;
    } else if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      bomLength = 2;
      charset = StandardCharsets.UTF_16BE;
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, bomLength, length - bomLength);
    CharBuffer out = CharBuffer.allocate(Math.max(16, length - bomLength));
    long firstBad = -1;
    int bad = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        if (firstBad < 0) {
          firstBad = in.position();
        }
        bad++;
        out.put('\uFFFD');
        // a lone UTF-16 surrogate is one code unit; the unit after it is read again
        int skip = charset == StandardCharsets.UTF_8 ? result.length() : Math.min(result.length(), 2);
        in.position(in.position() + skip);
      } else if (result.isOverflow()) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
        out.flip();
        bigger.put(out);
        out = bigger;
      } else {
        break;
      }
    }
    decoder.flush(out);
    out.flip();
    int line = 0;
    if (firstBad >= 0) {
      line = 1;
      int unit = charset == StandardCharsets.UTF_8 ? 1 : 2;
      int lowByte = charset == StandardCharsets.UTF_16BE ? 1 : 0;
      for (int i = bomLength; i + unit - 1 < firstBad; i += unit) {
        boolean newline = unit == 1
            ? bytes[i] == '\n'
            : bytes[i + lowByte] == '\n' && bytes[i + 1 - lowByte] == 0;
        if (newline) {
          line++;
        }
      }
    }
    return new SourceBytes(out.toString(), charset.name(), line, firstBad, bad);
  }

  /**
   * Where to cut {@code bytes} so that at most {@code max} bytes are read and the cut falls after
   * a line feed when there is one: the number of bytes to keep.
   *
   * @param bytes the content, longer than {@code max}
   * @param max the most bytes to keep
   * @return the length to keep, at most {@code max}
   */
  public static int cut(byte[] bytes, int max) {
    int length = Math.min(max, bytes.length);
    boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
    if (!utf16) {
      for (int i = length - 1; i >= 0; i--) {
        if (bytes[i] == '\n') {
          return i + 1;
        }
      }
      return length;
    }
    boolean little = (bytes[0] & 0xFF) == 0xFF;
    int even = length - (length % 2);
    for (int i = even - 2; i >= 2; i -= 2) {
      byte lo = little ? bytes[i] : bytes[i + 1];
      byte hi = little ? bytes[i + 1] : bytes[i];
      if (lo == '\n' && hi == 0) {
        return i + 2;
      }
    }
    return even;
  }
}
