package dev.sluice.aws.s3.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden wire documents under {@code src/test/resources/dev/sluice/aws/s3/golden}. They are stored
 * indented for review; a line break and the indentation after it are not part of the document. Run
 * with {@code -Dgolden.update=true} to rewrite them from the current output, then review the diff.
 */
public final class Golden {
  private static final Path DIR = Path.of("src/test/resources/dev/sluice/aws/s3/golden");

  private Golden() {}

  public static void assertMatches(String name, String actual) {
    var file = DIR.resolve(name + ".xml");
    if (Boolean.getBoolean("golden.update")) {
      write(file, indent(actual));
    }
    assertThat(compact(actual)).isEqualTo(compact(read(file)));
  }

  /** Removes each line break and the indentation following it. */
  static String compact(String text) {
    return text.replaceAll("\r?\n[ ]*", "");
  }

  /** One element per line; an element holding only text stays on its line. */
  static String indent(String compact) {
    var out = new StringBuilder();
    int depth = 0;
    int i = 0;
    while (i < compact.length()) {
      int end = compact.indexOf('>', i) + 1;
      var tag = compact.substring(i, end);
      if (tag.startsWith("<?")) {
        out.append(tag);
        i = end;
        while (i < compact.length() && Character.isWhitespace(compact.charAt(i))) {
          i++;
        }
        continue;
      }
      int next = compact.indexOf('<', end);
      if (tag.startsWith("</")) {
        depth--;
        out.append('\n').append("  ".repeat(depth)).append(tag);
        i = end;
      } else if (tag.endsWith("/>")) {
        out.append('\n').append("  ".repeat(depth)).append(tag);
        i = end;
      } else if (next >= 0 && compact.startsWith("</", next)) {
        int close = compact.indexOf('>', next) + 1;
        out.append('\n').append("  ".repeat(depth)).append(compact, i, close);
        i = close;
      } else {
        out.append('\n').append("  ".repeat(depth)).append(tag);
        depth++;
        i = end;
      }
    }
    return out.append('\n').toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("missing golden file " + file, e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
