package dev.sluice.server.internal.http;

import dev.sluice.aws.gateway.MdcKeys;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;

/** Request ids as S3 writes them: 16 upper-case letters and digits. */
public final class RequestIds {
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final int LENGTH = 16;

  private RequestIds() {}

  public static String next() {
    var random = ThreadLocalRandom.current();
    var id = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      id[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    return new String(id);
  }

  /** The id of the request this thread handles (set by the server), or a fresh one. */
  public static String current() {
    var id = MDC.get(MdcKeys.REQUEST_ID);
    return id != null ? id : next();
  }
}
