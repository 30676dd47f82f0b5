package dev.sluice.core.functions;

import java.io.IOException;
import java.io.InputStream;

/**
 * A deployment package or layer: a zip (a jar is a zip) identified by its SHA-256, readable as
 * often as needed. The runtime extracts it once per digest.
 *
 * @param sha256 the package's SHA-256, lower-case hex
 * @param size its length in bytes
 * @param source opens the package's bytes
 */
public record CodeBundle(String sha256, long size, Source source) {

  /** Opens the package's bytes from the start. */
  @FunctionalInterface
  public interface Source {
    InputStream open() throws IOException;
  }
}
