package dev.sluice.aws.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CopySourceTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          src/key                            | src | key
          /src/key                           | src | key
          src/a/b/c.txt                      | src | a/b/c.txt
          src/a%20b%2Bc                      | src | a b+c
          src/a+b                            | src | a+b
          src/%E2%82%AC/x                    | src | €/x
          src/dir/                           | src | dir/
          src//x                             | src | /x
          src/key%3FversionId%3D1            | src | key?versionId=1
          src/key?versionId=null             | src | key
          """)
  void readsBucketAndUrlEncodedKey(String header, String bucket, String key) {
    var source = CopySource.parse(header).value();

    assertThat(source.bucket()).isEqualTo(bucket);
    assertThat(source.key()).isEqualTo(key);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "/", "src", "src/", "/src", "/src/", "/key-only", "src/a%zz"})
  void aSourceWithoutBucketAndKeyIsInvalidArgument(String header) {
    var failure = CopySource.parse(header).failure();

    assertThat(failure.code()).isEqualTo("InvalidArgument");
    assertThat(failure.message())
        .isEqualTo("Copy Source must mention the source bucket and key: sourcebucket/sourcekey");
    assertThat(failure.details()).containsEntry("ArgumentName", "x-amz-copy-source");
  }

  @ParameterizedTest
  @ValueSource(strings = {"src/key?versionId=3HL4kqtJlcpXroDTDmJ", "/src/key?versionId="})
  void aVersionOtherThanNullDoesNotExistInAnUnversionedStore(String header) {
    var failure = CopySource.parse(header).failure();

    assertThat(failure.code()).isEqualTo("InvalidArgument");
    assertThat(failure.message()).isEqualTo("Invalid version id specified");
  }
}
