package dev.sluice.server.internal.wiring;

import dev.sluice.server.AuthMode;
import dev.sluice.server.SluiceConfig;
import dev.sluice.server.SluiceStartException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What must hold before Sluice opens anything. */
public final class StartChecks {
  private StartChecks() {}

  /** Refuses to listen beyond loopback without strict auth, unless explicitly allowed. */
  public static void checkBind(SluiceConfig config) {
    if (config.auth() == AuthMode.STRICT && config.accessKeys().isEmpty()) {
      throw new SluiceStartException(
          "Strict auth needs at least one access key (--access-key AKID:SECRET[:ACCOUNT]).");
    }
    if (isLoopback(config.bindAddress())
        || config.auth() == AuthMode.STRICT
        || config.allowInsecureBind()) {
      return;
    }
    throw new SluiceStartException(
        "Refusing to listen on "
            + config.bindAddress()
            + " without strict auth: anyone who can reach it could use Sluice. Use --auth strict"
            + " with --access-key AKID:SECRET, bind to 127.0.0.1, or pass --allow-insecure-bind.");
  }

  private static boolean isLoopback(String address) {
    try {
      for (var resolved : InetAddress.getAllByName(address)) {
        if (!resolved.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      throw new SluiceStartException("Cannot resolve the bind address " + address + ".", e);
    }
  }

  /** Creates the data directory if needed and returns its absolute, normalised path. */
  public static Path prepareDataDir(Path dataDir) {
    var absolute = dataDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(absolute);
    } catch (IOException e) {
      throw new SluiceStartException(
          "Cannot create the data directory " + absolute + ": " + e.getMessage(), e);
    }
    if (!Files.isWritable(absolute)) {
      throw new SluiceStartException("The data directory " + absolute + " is not writable.");
    }
    return absolute;
  }
}
