package dev.sluice.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The java21 no-op function: a stream handler (no Lambda library needed) answering a tiny JSON. Its
 * class file is copied from the bench's classpath into the function's zip.
 */
public final class JavaNoopHandler {
  private static final byte[] ANSWER = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);

  public void handleRequest(InputStream in, OutputStream out) throws IOException {
    in.readAllBytes();
    out.write(ANSWER);
  }
}
