package dev.sluice.server.internal.http;

import dev.sluice.aws.gateway.MdcKeys;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;

/**
 * Request ids as AWS writes them: S3's are 16 upper-case letters and digits (every request starts
 * with one, for the access log), the other services' are UUIDs.
 */
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

  /**
   * The id of the request this thread handles, once it is known to go to {@code service}: S3 (and
   * anything not routed) keeps the id the request started with; another service gets a UUID, which
   * then also names the request in the logs.
   */
  public static String forService(String service) {
    if (service == null || service.equals("s3")) {
      return current();
    }
    var id = UUID.randomUUID().toString();
    MDC.put(MdcKeys.REQUEST_ID, id);
    return id;
  }

  /** The id of the request this thread handles (set by the server), or a fresh one. */
  public static String current() {
    var id = MDC.get(MdcKeys.REQUEST_ID);
    return id != null ? id : next();
  }
}
