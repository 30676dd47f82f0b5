package dev.sluice.aws.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.objects.ByteRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RangeHeaderTest {

  @Test
  void readsTheThreeSingleRangeForms() {
    assertThat(RangeHeader.parse("bytes=0-99")).isEqualTo(new ByteRange.FromTo(0, 99L));
    assertThat(RangeHeader.parse("bytes=100-")).isEqualTo(new ByteRange.FromTo(100, null));
    assertThat(RangeHeader.parse("bytes=-500")).isEqualTo(new ByteRange.Suffix(500));
    assertThat(RangeHeader.parse("bytes=5-5")).isEqualTo(new ByteRange.FromTo(5, 5L));
  }

  @Test
  void toleratesCaseAndSpacesAroundTheRange() {
    assertThat(RangeHeader.parse(" Bytes= 1-2 ")).isEqualTo(new ByteRange.FromTo(1, 2L));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "bytes=0-1,5-6",
        "bytes=",
        "bytes=-",
        "bytes=a-b",
        "items=0-1",
        "0-1",
        "bytes=9-3",
        "bytes=99999999999999999999-",
        "bytes=1-2-3"
      })
  void anUnparseableOrMultiRangeHeaderIsIgnored(String header) {
    assertThat(RangeHeader.parse(header)).isNull();
  }

  @Test
  void noHeaderMeansTheWholeObject() {
    assertThat(RangeHeader.parse(null)).isNull();
  }

  @Test
  void aCopySourceRangeNeedsBothEnds() {
    assertThat(RangeHeader.parseCopySourceRange("bytes=0-5242879").value())
        .isEqualTo(new ByteRange.FromTo(0, 5242879L));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"bytes=0-", "bytes=-10", "bytes=10-2", "0-10", "bytes=0-1,2-3", ""})
  void anyOtherCopySourceRangeIsInvalidArgument(String header) {
    var failure = RangeHeader.parseCopySourceRange(header).failure();

    assertThat(failure.code()).isEqualTo("InvalidArgument");
    assertThat(failure.status()).isEqualTo(400);
    assertThat(failure.details())
        .containsEntry("ArgumentName", "x-amz-copy-source-range")
        .containsEntry("ArgumentValue", header);
  }
}
