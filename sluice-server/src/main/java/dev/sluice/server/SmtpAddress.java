package dev.sluice.server;

import java.net.URI;
import java.net.URISyntaxException;

/** Reads and checks the address of an SMTP server: {@code smtp://host[:port]}, port 25 if none. */
public final class SmtpAddress {
  public static final int DEFAULT_PORT = 25;

  private SmtpAddress() {}

  /**
   * The address as a URI.
   *
   * @throws IllegalArgumentException when it is not {@code smtp://host[:port]}
   */
  public static URI parse(String text) {
    try {
      return check(new URI(text.trim()));
    } catch (URISyntaxException e) {
      throw refused(text);
    }
  }

  /** The port of a checked address. */
  public static int portOf(URI smtp) {
    return smtp.getPort() < 0 ? DEFAULT_PORT : smtp.getPort();
  }

  static URI check(URI smtp) {
    boolean plain =
        "smtp".equalsIgnoreCase(smtp.getScheme())
            && smtp.getHost() != null
            && smtp.getUserInfo() == null
            && (smtp.getRawPath() == null
                || smtp.getRawPath().isEmpty()
                || smtp.getRawPath().equals("/"))
            && smtp.getRawQuery() == null
            && smtp.getRawFragment() == null;
    if (!plain) {
      throw refused(smtp.toString());
    }
    return smtp;
  }

  private static IllegalArgumentException refused(String text) {
    return new IllegalArgumentException(
        "--smtp (SLUICE_SMTP) must look like smtp://host:port, not '" + text + "'");
  }
}
