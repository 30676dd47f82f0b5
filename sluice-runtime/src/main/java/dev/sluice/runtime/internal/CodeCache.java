package dev.sluice.runtime.internal;

import dev.sluice.core.functions.CodeBundle;
import dev.sluice.core.result.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Deployment packages and layers unpacked once per content: {@code <work>/code/<sha256>/} for a
 * function's code and {@code <work>/opt/<digest of the layers>/} for a list of layers merged in
 * order, the stand-in for Lambda's {@code /opt}. A directory appears complete or not at all (it is
 * unpacked beside and renamed into place), so concurrent starts and crashes never see half of one.
 */
final class CodeCache {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final Path code;
  private final Path opt;
  private final Path staging;
  private final Map<Path, Object> unpacking = new ConcurrentHashMap<>();

  CodeCache(Path workDirectory) {
    this.code = workDirectory.resolve("code");
    this.opt = workDirectory.resolve("opt");
    this.staging = workDirectory.resolve("staging");
  }

  /** The directory holding {@code bundle}'s files. */
  Result<Path> code(CodeBundle bundle) {
    if (!SHA256.matcher(bundle.sha256()).matches()) {
      return Result.err(ZipExtractor.invalid("Not a SHA-256: " + bundle.sha256()));
    }
    return unpack(code.resolve(bundle.sha256()), List.of(bundle));
  }

  /** The merged directory of {@code layers} (later layers win), or null when there are none. */
  Result<Path> layers(List<CodeBundle> layers) {
    if (layers.isEmpty()) {
      return Result.ok(null);
    }
    var digest = sha256(String.join(",", layers.stream().map(CodeBundle::sha256).toList()));
    return unpack(opt.resolve(digest), layers);
  }

  private Result<Path> unpack(Path target, List<CodeBundle> bundles) {
    if (Files.isDirectory(target)) {
      return Result.ok(target);
    }
    synchronized (unpacking.computeIfAbsent(target, key -> new Object())) {
      try {
        return Files.isDirectory(target) ? Result.ok(target) : unpackNow(target, bundles);
      } finally {
        unpacking.remove(target);
      }
    }
  }

  private Result<Path> unpackNow(Path target, List<CodeBundle> bundles) {
    try {
      Files.createDirectories(staging);
      Files.createDirectories(target.getParent());
      var temp = staging.resolve(UUID.randomUUID().toString());
      Files.createDirectory(temp);
      try {
        var extractor = new ZipExtractor(ZipExtractor.MAX_UNZIPPED_BYTES);
        for (var bundle : bundles) {
          var extracted = extractBundle(bundle, temp, extractor);
          if (!extracted.isOk()) {
            return Result.err(extracted.failure());
          }
        }
        moveIntoPlace(temp, target);
        return Result.ok(target);
      } finally {
        TreeDeletion.delete(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack code into " + target, e);
    }
  }

  private Result<Void> extractBundle(CodeBundle bundle, Path into, ZipExtractor extractor)
      throws IOException {
    var zip = Files.createTempFile(staging, "bundle", ".zip");
    try {
      try (var in = bundle.source().open()) {
        Files.copy(in, zip, StandardCopyOption.REPLACE_EXISTING);
      }
      return extractor.extract(zip, into);
    } finally {
      Files.deleteIfExists(zip);
    }
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileSystemException e) {
      if (!Files.isDirectory(target)) {
        throw e;
      }
      // another process unpacked the same content first: theirs is as good as ours
    }
  }

  private static String sha256(String text) {
    try {
      var digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
