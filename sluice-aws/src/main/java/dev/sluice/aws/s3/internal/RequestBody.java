package dev.sluice.aws.s3.internal;

import dev.sluice.aws.s3.internal.xml.XmlElement;
import dev.sluice.aws.s3.internal.xml.XmlReader;
import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.result.RejectedInput;
import dev.sluice.core.result.Result;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Reads the small XML payloads of configuration and multipart requests into memory (bounded),
 * checks a {@code Content-MD5} when one is sent, and parses them.
 */
public final class RequestBody {
  /** Larger than any valid request document (10,000 parts with checksums fit in ~2 MiB). */
  static final int MAX_BYTES = 8 * 1024 * 1024;

  private RequestBody() {}

  /** The payload's bytes; empty when there is none. */
  public static Result<byte[]> bytes(S3Request request) {
    var payload = request.call().payload();
    if (payload == null) {
      return Result.ok(new byte[0]);
    }
    try {
      var bytes = payload.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        return Result.err(S3Errors.maxMessageLengthExceeded());
      }
      return checkMd5(request.header("Content-MD5"), bytes);
    } catch (RejectedInput e) {
      return Result.err(e.failure());
    } catch (IOException e) {
      return Result.err(S3Errors.incompleteBody());
    }
  }

  /** The payload parsed as a document with root {@code rootName}; empty is MalformedXML. */
  public static Result<XmlElement> xml(S3Request request, String rootName) {
    return bytes(request)
        .flatMap(
            bytes ->
                bytes.length == 0
                    ? Result.err(S3Failures.malformedXml())
                    : XmlReader.parse(bytes, rootName));
  }

  static Result<byte[]> checkMd5(String contentMd5, byte[] bytes) {
    if (contentMd5 == null) {
      return Result.ok(bytes);
    }
    byte[] claimed;
    try {
      claimed = Base64.getDecoder().decode(contentMd5.trim());
    } catch (IllegalArgumentException e) {
      return Result.err(S3Errors.invalidDigest());
    }
    if (claimed.length != 16) {
      return Result.err(S3Errors.invalidDigest());
    }
    return MessageDigest.isEqual(claimed, md5(bytes))
        ? Result.ok(bytes)
        : Result.err(S3Errors.badDigest());
  }

  private static byte[] md5(byte[] bytes) {
    try {
      return MessageDigest.getInstance("MD5").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5", e);
    }
  }
}
