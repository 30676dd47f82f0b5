package dev.sluice.aws.s3.internal;

import dev.sluice.aws.http.Headers;
import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.ExpectedDigests;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The digest headers of uploads ({@code Content-MD5}, {@code x-amz-checksum-<alg>}, the algorithm
 * headers and {@code x-amz-trailer}) and the checksum headers of responses.
 */
public final class ChecksumHeaders {
  /** Checksums the model knows but Sluice does not compute. */
  private static final List<String> UNSUPPORTED =
      List.of("sha512", "md5", "xxhash64", "xxhash3", "xxhash128");

  private ChecksumHeaders() {}

  /** The digests a PutObject or UploadPart claims; trailer values are read once at EOF. */
  public static Result<ExpectedDigests> expected(Headers headers, Supplier<Headers> trailers) {
    for (var name : UNSUPPORTED) {
      if (headers.has("x-amz-checksum-" + name)) {
        return Result.err(S3Errors.unsupportedChecksumAlgorithm());
      }
    }
    var values = new EnumMap<ChecksumAlgorithm, String>(ChecksumAlgorithm.class);
    for (var algorithm : ChecksumAlgorithm.values()) {
      var value = headers.first(algorithm.headerName());
      if (value != null) {
        values.put(algorithm, value);
      }
    }
    if (values.size() > 1) {
      return Result.err(
          S3Errors.invalidRequest(
              "Expecting a single x-amz-checksum- header. Multiple checksum Types are not"
                  + " allowed."));
    }
    var trailed = trailerAlgorithms(headers.first("x-amz-trailer"));
    return declaredAlgorithm(headers)
        .map(
            declared -> {
              var algorithm = declared;
              if (algorithm == null && !trailed.isEmpty()) {
                algorithm = trailed.get(0);
              }
              if (algorithm == null && !values.isEmpty()) {
                algorithm = values.keySet().iterator().next();
              }
              return new ExpectedDigests(
                  headers.first("Content-MD5"),
                  algorithm,
                  values,
                  () -> trailerValues(trailed, trailers.get()));
            });
  }

  /**
   * The algorithm of {@code x-amz-sdk-checksum-algorithm} or {@code x-amz-checksum-algorithm}; null
   * when neither is sent, InvalidRequest when the name is not one S3 supports here.
   */
  public static Result<ChecksumAlgorithm> declaredAlgorithm(Headers headers) {
    var name = headers.first("x-amz-sdk-checksum-algorithm");
    if (name == null) {
      name = headers.first("x-amz-checksum-algorithm");
    }
    if (name == null) {
      return Result.ok(null);
    }
    var algorithm = ChecksumAlgorithm.parse(name);
    return algorithm.isPresent()
        ? Result.ok(algorithm.get())
        : Result.err(S3Errors.unsupportedChecksumAlgorithm());
  }

  /** Writes {@code x-amz-checksum-<alg>} for each checksum, and {@code x-amz-checksum-type}. */
  public static void write(Map<ChecksumAlgorithm, String> checksums, Headers out) {
    for (var algorithm : ChecksumAlgorithm.values()) {
      var value = checksums.get(algorithm);
      if (value != null) {
        out.set(algorithm.headerName(), value);
        out.set("x-amz-checksum-type", type(value));
      }
    }
  }

  /** COMPOSITE for a checksum of part checksums ({@code ...-N}), else FULL_OBJECT. */
  public static String type(String checksum) {
    return checksum.matches(".*-\\d+") ? "COMPOSITE" : "FULL_OBJECT";
  }

  private static List<ChecksumAlgorithm> trailerAlgorithms(String header) {
    var result = new ArrayList<ChecksumAlgorithm>();
    if (header == null) {
      return result;
    }
    for (var name : header.split(",")) {
      var trimmed = name.trim().toLowerCase(Locale.ROOT);
      Arrays.stream(ChecksumAlgorithm.values())
          .filter(a -> a.headerName().equals(trimmed))
          .forEach(result::add);
    }
    return result;
  }

  private static Map<ChecksumAlgorithm, String> trailerValues(
      List<ChecksumAlgorithm> trailed, Headers trailers) {
    var values = new EnumMap<ChecksumAlgorithm, String>(ChecksumAlgorithm.class);
    if (trailers == null) {
      return values;
    }
    for (var algorithm : trailed) {
      var value = trailers.first(algorithm.headerName());
      if (value != null) {
        values.put(algorithm, value.trim());
      }
    }
    return values;
  }
}
