package dev.sluice.core.topics.filter.internal;

import dev.sluice.core.result.Result;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** An IPv4 or IPv6 block of a {@code cidr} condition. */
public record CidrBlock(byte[] network, int bits) {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

  public static Result<CidrBlock> parse(String text) {
    String[] parts = text.split("/", -1);
    if (parts.length != 2) {
      return PolicyError.err("Malformed CIDR, one '/' required");
    }
    Optional<byte[]> address = literal(parts[0]);
    if (address.isEmpty() || !parts[1].matches("\\d{1,3}")) {
      return PolicyError.err("Nonstandard IP address: " + text);
    }
    int bits = Integer.parseInt(parts[1]);
    if (bits > address.get().length * 8) {
      return PolicyError.err("Nonstandard IP address: " + text);
    }
    return Result.ok(new CidrBlock(address.get(), bits));
  }

  /** The bytes of an IP literal; never a name lookup. */
  static Optional<byte[]> literal(String text) {
    boolean v4 = IPV4.matcher(text).matches();
    if (!v4 && !IPV6.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      byte[] bytes = InetAddress.getByName(text).getAddress();
      return v4 || bytes.length == 16 ? Optional.of(bytes) : Optional.empty();
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  public boolean contains(String ip) {
    return literal(ip).filter(this::inBlock).isPresent();
  }

  private boolean inBlock(byte[] address) {
    if (address.length != network.length) {
      return false;
    }
    for (int i = 0; i < bits; i++) {
      if (bit(address, i) != bit(network, i)) {
        return false;
      }
    }
    return true;
  }

  private static int bit(byte[] bytes, int index) {
    return (bytes[index / 8] >> (7 - index % 8)) & 1;
  }
}
