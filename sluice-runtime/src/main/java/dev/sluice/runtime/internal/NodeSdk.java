package dev.sluice.runtime.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AWS SDK for JavaScript that Node.js functions find when their bundle has none, as Lambda's
 * Node.js runtimes provide one: {@code aws-sdk} v2 and {@code @aws-sdk/client-s3}, installed once
 * per machine with npm the first time a Node.js instance starts, into the user's cache ({@code
 * $SLUICE_CACHE_DIR}, else {@code $XDG_CACHE_HOME/sluice}, else {@code ~/.cache/sluice}; {@code
 * node-sdk/<packages digest>}), so that every data directory (and every test) shares it. The
 * install goes to a temporary directory renamed into place, so processes installing at the same
 * time never see half an SDK. An install that fails (no network, no npm) is not retried for ten
 * minutes; functions then run without an SDK.
 */
final class NodeSdk {

  static final List<String> PACKAGES = List.of("aws-sdk@2", "@aws-sdk/client-s3@3");

  private static final Logger LOG = LoggerFactory.getLogger(NodeSdk.class);
  private static final Duration INSTALL_LIMIT = Duration.ofMinutes(3);
  private static final Duration RETRY_AFTER = Duration.ofMinutes(10);

  private static final String MARKER = ".sluice-installed";

  private final Path prefix;
  private long failedAt;
  private boolean failed;

  NodeSdk(Path cacheDirectory) {
    this.prefix =
        cacheDirectory
            .resolve("node-sdk")
            .resolve(Integer.toHexString(String.join(",", PACKAGES).hashCode()));
  }

  /** The machine-wide cache directory described above. */
  static Path defaultCacheDirectory() {
    var explicit = System.getenv("SLUICE_CACHE_DIR");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    var xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "sluice");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "sluice");
  }

  /** The {@code node_modules} directory holding the SDK, or null when it is not available. */
  synchronized Path modules() {
    var modules = prefix.resolve("node_modules");
    if (Files.exists(marker())) {
      return modules;
    }
    if (failed && System.nanoTime() - failedAt < RETRY_AFTER.toNanos()) {
      return null;
    }
    if (install()) {
      return modules;
    }
    failed = true;
    failedAt = System.nanoTime();
    return null;
  }

  private boolean install() {
    LOG.info("Installing {} into {} for Node.js functions (once)", PACKAGES, prefix);
    Path staging = null;
    try {
      Files.createDirectories(prefix.getParent());
      staging = Files.createTempDirectory(prefix.getParent(), "installing-");
      var log = staging.resolve("npm-install.log");
      var command =
          new java.util.ArrayList<>(List.of("npm", "install", "--prefix", staging.toString()));
      command.addAll(List.of("--no-audit", "--no-fund", "--loglevel=error"));
      command.addAll(PACKAGES);
      var process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      process.getOutputStream().close();
      if (!process.waitFor(INSTALL_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        LOG.warn(
            "npm install took longer than {}; Node.js functions run without an SDK", INSTALL_LIMIT);
        return false;
      }
      if (process.exitValue() != 0) {
        LOG.warn(
            "npm install failed (exit {}), see {}; Node.js functions run without an SDK",
            process.exitValue(),
            log);
        return false;
      }
      Files.writeString(staging.resolve(MARKER), String.join("\n", PACKAGES));
      try {
        Files.move(staging, prefix, StandardCopyOption.ATOMIC_MOVE);
        staging = null;
      } catch (IOException movedMeanwhile) {
        if (!Files.exists(marker())) {
          throw movedMeanwhile;
        }
      }
      LOG.info("Installed the AWS SDK for JavaScript into {}", prefix);
      return true;
    } catch (IOException e) {
      LOG.warn("Cannot run npm install ({}); Node.js functions run without an SDK", e.toString());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      deleteQuietly(staging);
    }
  }

  private Path marker() {
    return prefix.resolve(MARKER);
  }

  private static void deleteQuietly(Path directory) {
    if (directory == null) {
      return;
    }
    try (var paths = Files.walk(directory)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      LOG.debug("Could not remove {}: {}", directory, e.toString());
    }
  }
}
