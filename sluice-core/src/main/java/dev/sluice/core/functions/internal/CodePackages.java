package dev.sluice.core.functions.internal;

import dev.sluice.core.functions.CodeBundle;
import dev.sluice.core.functions.CodeObjects;
import dev.sluice.core.functions.CodeSource;
import dev.sluice.core.functions.FunctionConfig;
import dev.sluice.core.objects.BlobStore;
import dev.sluice.core.result.Result;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipInputStream;

/** Checks deployment packages, keeps them as blobs, and opens them for the runtime. */
final class CodePackages {
  static final long MAX_ZIPPED = 50L * 1024 * 1024;

  private final BlobStore blobs;
  private final CodeObjects objects;

  CodePackages(BlobStore blobs, CodeObjects objects) {
    this.blobs = blobs;
    this.objects = objects;
  }

  /** Reads, checks and stores the package; the caller deletes the blob if it is not used. */
  Result<StoredPackage> store(CodeSource source) {
    return bytesOf(source).flatMap(this::storeZip);
  }

  private Result<byte[]> bytesOf(CodeSource source) {
    return switch (source) {
      case null ->
          Result.err(LambdaFailures.invalidParameter("Please provide a source for function code."));
      case CodeSource.Zip zip -> Result.ok(zip.bytes());
      case CodeSource.StoredObject object ->
          objects.read(object.bucket(), object.key(), object.version());
    };
  }

  private Result<StoredPackage> storeZip(byte[] zip) {
    if (zip.length > MAX_ZIPPED) {
      return Result.err(
          LambdaFailures.of(
              "RequestEntityTooLargeException",
              413,
              "Zipped size must be smaller than " + MAX_ZIPPED + " bytes"));
    }
    if (!isZip(zip)) {
      return Result.err(
          LambdaFailures.invalidParameter(
              "Could not unzip uploaded file. Please check your file, then try to upload again."));
    }
    try (var writer = blobs.create()) {
      writer.output().write(zip);
      return Result.ok(new StoredPackage(writer.commit(), sha256(zip), zip.length));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store a deployment package", e);
    }
  }

  /** A zip with at least one entry whose every entry reads to its end. */
  static boolean isZip(byte[] bytes) {
    int entries = 0;
    try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      while (zip.getNextEntry() != null) {
        zip.transferTo(java.io.OutputStream.nullOutputStream());
        entries++;
      }
      return entries > 0;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  CodeBundle bundle(FunctionConfig config) {
    var blobId = config.codeBlobId();
    return new CodeBundle(
        config.codeSha256(), config.codeSize(), () -> Channels.newInputStream(blobs.open(blobId)));
  }

  void delete(String blobId) {
    blobs.delete(blobId);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Lambda's CodeSha256: the digest in base64. */
  static String base64(String sha256Hex) {
    return java.util.Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256Hex));
  }
}
