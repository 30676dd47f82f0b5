package dev.sluice.aws.protocol;

/** Escapes text for XML element content. */
public final class XmlText {
  private XmlText() {}

  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    var out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> appendEscaped(out, c));
    return out.toString();
  }

  /** Appends {@code <name>text</name>}. */
  public static void element(StringBuilder out, String name, String text) {
    out.append('<').append(name).append('>');
    out.append(escape(text));
    out.append("</").append(name).append('>');
  }

  private static void appendEscaped(StringBuilder out, int c) {
    switch (c) {
      case '<' -> out.append("&lt;");
      case '>' -> out.append("&gt;");
      case '&' -> out.append("&amp;");
      case '"' -> out.append("&quot;");
      case '\'' -> out.append("&apos;");
      case '\r' -> out.append("&#13;");
      default -> {
        if (c < 0x20 && c != '\n' && c != '\t') {
          out.append("&#").append(c).append(';');
        } else {
          out.appendCodePoint(c);
        }
      }
    }
  }
}
