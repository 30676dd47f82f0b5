package dev.sluice.store.internal.jdbc;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The database a store URL names: its dialect, JDBC URL and credentials (null when none). */
public record JdbcTarget(Dialect dialect, String jdbcUrl, String user, String password) {

  /**
   * Resolves a store URL: null or {@code h2} is the embedded database under {@code dataDir}; {@code
   * postgresql://} (or {@code postgres://}) and {@code jdbc:postgresql://} name a PostgreSQL
   * server.
   */
  public static JdbcTarget of(String url, Path dataDir) {
    if (url == null || url.isBlank() || url.equalsIgnoreCase("h2")) {
      return embedded(dataDir);
    }
    if (url.startsWith("jdbc:postgresql://")) {
      return new JdbcTarget(Dialect.POSTGRESQL, url, null, null);
    }
    if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
      return postgres(URI.create(url));
    }
    throw new IllegalArgumentException(
        "Unsupported store URL (expected h2, postgresql://... or jdbc:postgresql://...): " + url);
  }

  private static JdbcTarget embedded(Path dataDir) {
    String file = dataDir.resolve("db").resolve("sluice").toAbsolutePath().toString();
    if (file.contains(";")) {
      throw new IllegalArgumentException("The data directory must not contain ';': " + dataDir);
    }
    return new JdbcTarget(Dialect.H2, Dialect.h2Url(file), null, null);
  }

  private static JdbcTarget postgres(URI uri) {
    String host = uri.getHost() == null ? "localhost" : uri.getHost();
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    String jdbcUrl = "jdbc:postgresql://" + host + port + uri.getRawPath() + query;
    String userInfo = uri.getRawUserInfo();
    if (userInfo == null) {
      return new JdbcTarget(Dialect.POSTGRESQL, jdbcUrl, null, null);
    }
    int colon = userInfo.indexOf(':');
    String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
    String password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
    return new JdbcTarget(Dialect.POSTGRESQL, jdbcUrl, decode(user), password);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "JdbcTarget[" + dialect.id() + ", " + jdbcUrl + ", user=" + user + "]";
  }
}
