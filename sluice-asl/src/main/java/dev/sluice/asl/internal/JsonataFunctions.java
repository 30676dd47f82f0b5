package dev.sluice.asl.internal;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Utils;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.asl.Entropy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The functions Step Functions adds to JSONata (and {@code $eval}, which it disables): {@code
 * $partition}, {@code $range}, {@code $hash}, {@code $random}, {@code $uuid} and {@code $parse}.
 * Randomness comes from {@link Entropy}; {@code $now} and {@code $millis} read the time the state
 * was entered, not a clock.
 */
final class JsonataFunctions {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> HASHES = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

  /** The most values AWS lets one {@code $range} produce. */
  private static final long MAX_RANGE = 360_145;

  private final Entropy entropy;
  private final Long enteredMillis;

  /**
   * @param enteredMillis when the state was entered (epoch millis), or null to leave {@code $now}
   *     and {@code $millis} to the library
   */
  JsonataFunctions(Entropy entropy, Long enteredMillis) {
    this.entropy = entropy;
    this.enteredMillis = enteredMillis;
  }

  void bindTo(Jsonata.Frame frame) {
    frame.bind("partition", (Jsonata.Fn2<Object, Object, Object>) JsonataFunctions::partition);
    frame.bind("range", new Jsonata.JFunction((input, args) -> range(args), null));
    frame.bind("hash", (Jsonata.Fn2<Object, Object, Object>) JsonataFunctions::hash);
    frame.bind("random", new Jsonata.JFunction((input, args) -> random(args), null));
    frame.bind("uuid", (Jsonata.Fn0<Object>) () -> entropy.uuid().toString());
    frame.bind("parse", (Jsonata.Fn1<Object, Object>) JsonataFunctions::parse);
    frame.bind("eval", "$eval is not available in Step Functions");
    if (enteredMillis != null) {
      frame.bind("millis", (Jsonata.Fn0<Object>) () -> enteredMillis);
      frame.bind("now", new Jsonata.JFunction((input, args) -> now(args), null));
    }
  }

  private Object now(List<?> args) {
    String picture = !args.isEmpty() && args.get(0) instanceof String text ? text : null;
    String zone = args.size() > 1 && args.get(1) instanceof String text ? text : null;
    return Functions.dateTimeFromMillis(enteredMillis, picture, zone);
  }

  private static Object partition(Object array, Object size) {
    if (!(array instanceof List<?> list) || !(size instanceof Number number)) {
      throw new JException("T0410", 0, "$partition expects an array and a chunk size");
    }
    int chunk = number.intValue();
    if (chunk <= 0 || list.isEmpty()) {
      return null;
    }
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i += chunk) {
      out.add(new ArrayList<Object>(list.subList(i, Math.min(list.size(), i + chunk))));
    }
    return out;
  }

  private static Object range(List<?> args) {
    if (args.size() < 3) {
      return null;
    }
    if (args.size() > 3
        || !(args.get(0) instanceof Number start)
        || !(args.get(1) instanceof Number end)
        || !(args.get(2) instanceof Number step)) {
      throw new JException("T0410", 0, "$range expects three numbers");
    }
    return range(start.longValue(), end.longValue(), step.longValue());
  }

  private static Object range(long start, long end, long step) {
    if (step == 0 || (step > 0 && start > end) || (step < 0 && start < end)) {
      return null;
    }
    if ((end - start) / step >= MAX_RANGE) {
      throw new JException("D1001", 0, "Expression evaluation memory limit exceeded");
    }
    List<Object> out = Utils.createSequence();
    for (long at = start; step > 0 ? at <= end : at >= end; at += step) {
      out.add(at);
    }
    return out;
  }

  private static Object hash(Object value, Object algorithm) {
    if (algorithm == null) {
      return null;
    }
    if (!(value instanceof String text) || !HASHES.contains(String.valueOf(algorithm))) {
      throw new JException("T0410", 0, "$hash expects a string and one of " + HASHES);
    }
    try {
      MessageDigest digest = MessageDigest.getInstance(String.valueOf(algorithm));
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Object random(List<?> args) {
    if (!args.isEmpty() && args.get(0) instanceof Number seed) {
      return new Random(seed.longValue()).nextDouble();
    }
    return entropy.nextInt(0, Integer.MAX_VALUE) / (double) Integer.MAX_VALUE;
  }

  private static Object parse(Object text) {
    if (!(text instanceof String json)) {
      throw new JException("T0410", 0, "$parse expects a string");
    }
    try {
      return JsonataValues.toJava(JSON.readTree(json));
    } catch (JsonProcessingException e) {
      throw new JException("D3040", 0, "$parse could not parse the string as JSON");
    }
  }
}
