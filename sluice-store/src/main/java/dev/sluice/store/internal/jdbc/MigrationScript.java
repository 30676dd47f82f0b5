package dev.sluice.store.internal.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One schema script, {@code db/migration/V<version>__<description>.sql} on the class path: plain
 * DDL statements ending with {@code ;}, with {@code --} comments.
 */
record MigrationScript(int version, String description, String fileName, String sql) {
  static final String LOCATION = "db/migration/";
  private static final Pattern NAME = Pattern.compile("V([0-9]{1,9})__(\\w+)\\.sql");

  /** The script {@code fileName} with the text {@code sql}; the name gives version and words. */
  static MigrationScript of(String fileName, String sql) {
    var name = NAME.matcher(fileName);
    if (!name.matches()) {
      throw new IllegalArgumentException(
          "A schema script is named V<version>__<description>.sql, not " + fileName);
    }
    var description = name.group(2).replace('_', ' ');
    return new MigrationScript(Integer.parseInt(name.group(1)), description, fileName, sql);
  }

  /** Reads {@code db/migration/<fileName>} from the class path. */
  static MigrationScript load(String fileName) {
    try (InputStream in =
        MigrationScript.class.getClassLoader().getResourceAsStream(LOCATION + fileName)) {
      if (in == null) {
        throw new IllegalStateException("Missing schema script on the class path: " + fileName);
      }
      return of(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the schema script " + fileName, e);
    }
  }

  /**
   * The SHA-256 of the text (hex), with line ends normalised to {@code \n} so that a checkout with
   * Windows line ends does not count as a changed script.
   */
  String checksum() {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      var bytes = sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(digest.digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  List<String> statements() {
    return SqlStatements.split(sql);
  }
}
