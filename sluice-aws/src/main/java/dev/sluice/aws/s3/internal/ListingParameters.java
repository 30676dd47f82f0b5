package dev.sluice.aws.s3.internal;

import dev.sluice.core.result.Result;

/**
 * What ListObjects, ListObjectsV2 and ListMultipartUploads read alike: {@code prefix} (empty when
 * absent), {@code delimiter} (null when absent or empty), a page size of at most 1000 and {@code
 * encoding-type}.
 */
public record ListingParameters(String prefix, String delimiter, int max, EncodingType encoding) {

  private static final int MAX_PAGE = 1000;

  /** {@code maxName}: the page size's parameter ({@code max-keys}, {@code max-uploads}). */
  public static Result<ListingParameters> of(QueryParameters query, String maxName) {
    var max = IntegerParameter.parse(query, maxName, MAX_PAGE, MAX_PAGE);
    var encoding = EncodingType.of(query);
    if (!max.isOk() || !encoding.isOk()) {
      return Result.err(max.isOk() ? encoding.failure() : max.failure());
    }
    var prefix = query.first("prefix");
    return Result.ok(
        new ListingParameters(
            prefix == null ? "" : prefix,
            query.nonEmpty("delimiter"),
            max.value(),
            encoding.value()));
  }
}
