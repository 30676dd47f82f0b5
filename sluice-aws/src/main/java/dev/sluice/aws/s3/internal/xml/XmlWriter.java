package dev.sluice.aws.s3.internal.xml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Writes a compact XML document the way S3 does: a declaration, then the elements without
 * indentation. Text is escaped so that any Java string survives a round trip through a parser.
 */
public final class XmlWriter {
  /** The namespace of S3's rest-xml documents. */
  public static final String S3_NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

  private final StringBuilder out = new StringBuilder(256);
  private final Deque<String> open = new ArrayDeque<>();

  private XmlWriter() {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  /** A document whose root element is in S3's namespace. */
  public static XmlWriter s3Document(String root) {
    var writer = new XmlWriter();
    writer.out.append('<').append(root).append(" xmlns=\"").append(S3_NAMESPACE).append("\">");
    writer.open.push(root);
    return writer;
  }

  /** A document whose root element has no namespace (S3's error documents). */
  public static XmlWriter plainDocument(String root) {
    var writer = new XmlWriter();
    return writer.start(root);
  }

  public XmlWriter start(String name) {
    out.append('<').append(name).append('>');
    open.push(name);
    return this;
  }

  public XmlWriter end() {
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /** {@code <name>text</name>}; an empty string gives an empty element. */
  public XmlWriter element(String name, String text) {
    out.append('<').append(name).append('>');
    escape(text);
    out.append("</").append(name).append('>');
    return this;
  }

  public XmlWriter element(String name, long value) {
    return element(name, Long.toString(value));
  }

  public XmlWriter element(String name, boolean value) {
    return element(name, Boolean.toString(value));
  }

  /** Writes the element only when {@code text} is not null. */
  public XmlWriter optional(String name, String text) {
    return text == null ? this : element(name, text);
  }

  /** Text inside the innermost open element. */
  public XmlWriter text(String text) {
    escape(text);
    return this;
  }

  /** {@code <name/>}. */
  public XmlWriter empty(String name) {
    out.append('<').append(name).append("/>");
    return this;
  }

  /** Closes every open element and returns the document as UTF-8. */
  public byte[] toBytes() {
    return toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Closes every open element and returns the document. */
  @Override
  public String toString() {
    while (!open.isEmpty()) {
      end();
    }
    return out.toString();
  }

  private void escape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\n', '\t' -> out.append(c);
        default -> {
          if (c < 0x20 || c == 0x7f || c == 0xfffe || c == 0xffff) {
            out.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT));
            out.append(';');
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
