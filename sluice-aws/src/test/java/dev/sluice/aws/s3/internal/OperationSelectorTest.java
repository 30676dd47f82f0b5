package dev.sluice.aws.s3.internal;

import static dev.sluice.aws.s3.support.S3Calls.request;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperationSelectorTest {

  @ParameterizedTest(name = "{0} {1} copy={2} -> {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          GET    | /                                             | false | ListBuckets
          PUT    | /bucket                                       | false | CreateBucket
          PUT    | /bucket/                                      | false | CreateBucket
          HEAD   | /bucket                                       | false | HeadBucket
          DELETE | /bucket                                       | false | DeleteBucket
          GET    | /bucket?location                              | false | GetBucketLocation
          GET    | /bucket?location=                             | false | GetBucketLocation
          GET    | /bucket                                       | false | ListObjects
          GET    | /bucket?prefix=a&marker=b                     | false | ListObjects
          GET    | /bucket?list-type=2                           | false | ListObjectsV2
          GET    | /bucket/?list-type=2&prefix=x&encoding-type=url | false | ListObjectsV2
          GET    | /bucket?uploads                               | false | ListMultipartUploads
          GET    | /bucket?notification                          | false | GetBucketNotificationConfiguration
          PUT    | /bucket?notification                          | false | PutBucketNotificationConfiguration
          POST   | /bucket?delete                                | false | DeleteObjects
          POST   | /bucket?delete=                               | false | DeleteObjects
          PUT    | /bucket/key                                   | false | PutObject
          PUT    | /bucket/key?x-id=PutObject                    | false | PutObject
          PUT    | /bucket/key                                   | true  | CopyObject
          GET    | /bucket/key                                   | false | GetObject
          GET    | /bucket/key?partNumber=2                      | false | GetObject
          GET    | /bucket/key?response-content-type=text/plain  | false | GetObject
          HEAD   | /bucket/key                                   | false | HeadObject
          HEAD   | /bucket/key?partNumber=1                      | false | HeadObject
          DELETE | /bucket/key                                   | false | DeleteObject
          POST   | /bucket/key?uploads                           | false | CreateMultipartUpload
          POST   | /bucket/key?uploads=                          | false | CreateMultipartUpload
          PUT    | /bucket/key?partNumber=1&uploadId=U1          | false | UploadPart
          PUT    | /bucket/key?uploadId=U1&partNumber=1          | true  | UploadPartCopy
          POST   | /bucket/key?uploadId=U1                       | false | CompleteMultipartUpload
          DELETE | /bucket/key?uploadId=U1                       | false | AbortMultipartUpload
          GET    | /bucket/key?uploadId=U1                       | false | ListParts
          GET    | /bucket/key?uploadId=U1&max-parts=10          | false | ListParts
          GET    | /bucket/a/b/c?list-type=2                     | false | GetObject
          """)
  void selectsTheOperationFromMethodPathAndMarkers(
      String method, String target, boolean copy, String expected) {
    var call = request(method, target);
    if (copy) {
      call.header("x-amz-copy-source", "/src/key");
    }

    var operation = OperationSelector.select(call.s3());

    assertThat(operation.isOk()).as("%s", operation).isTrue();
    assertThat(operation.value().awsName()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          GET    | /bucket/key?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=a%2Fb&X-Amz-Signature=00 | GetObject
          PUT    | /bucket/key?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=60                           | PutObject
          GET    | /bucket?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261120T000000Z                    | ListObjects
          """)
  void presignedQueryParametersAreAuthNotMarkers(String method, String target, String expected) {
    var operation = OperationSelector.select(request(method, target).s3());

    assertThat(operation.value().awsName()).isEqualTo(expected);
  }

  @Test
  void virtualHostedRequestsSelectLikePathStyleOnes() {
    var put = request("PUT", "/photos/cat.jpg").host("bucket.localhost:4566").s3();
    var list = request("GET", "/?list-type=2").host("bucket.localhost:4566").s3();

    assertThat(OperationSelector.select(put).value()).isEqualTo(S3Operation.PUT_OBJECT);
    assertThat(OperationSelector.select(list).value()).isEqualTo(S3Operation.LIST_OBJECTS_V2);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          GET    | /bucket?versioning
          PUT    | /bucket?versioning
          GET    | /bucket?tagging
          DELETE | /bucket?tagging
          GET    | /bucket?acl
          PUT    | /bucket?policy
          DELETE | /bucket?policy
          GET    | /bucket?cors
          DELETE | /bucket?cors
          PUT    | /bucket?lifecycle
          GET    | /bucket?encryption
          GET    | /bucket?versions
          GET    | /bucket?website
          GET    | /bucket?object-lock
          GET    | /bucket?publicAccessBlock
          GET    | /bucket?ownershipControls
          GET    | /bucket/key?tagging
          PUT    | /bucket/key?tagging
          GET    | /bucket/key?acl
          GET    | /bucket/key?attributes
          POST   | /bucket/key?restore
          """)
  void commonButUnimplementedSubresourcesAreNotImplemented(String method, String target) {
    var operation = OperationSelector.select(request(method, target).s3());

    assertThat(operation.isOk()).isFalse();
    assertThat(operation.failure().code()).isEqualTo("NotImplemented");
    assertThat(operation.failure().status()).isEqualTo(501);
    assertThat(operation.failure().message())
        .isEqualTo("A header you provided implies functionality that is not implemented");
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          PUT     | /                     | SERVICE
          DELETE  | /                     | SERVICE
          POST    | /bucket               | BUCKET
          PATCH   | /bucket               | BUCKET
          DELETE  | /bucket?notification  | BUCKET
          DELETE  | /bucket?location      | BUCKET
          PUT     | /bucket?uploads       | BUCKET
          DELETE  | /bucket/?uploadId=U1  | BUCKET
          DELETE  | /bucket?versionId=v1  | BUCKET
          PUT     | /bucket/?partNumber=1&uploadId=U1 | BUCKET
          POST    | /bucket/?uploads      | BUCKET
          POST    | /bucket/?uploadId=U1  | BUCKET
          POST    | /bucket/key           | OBJECT
          PUT     | /bucket/key?uploads   | OBJECT
          OPTIONS | /bucket/key           | OBJECT
          """)
  void methodsAResourceDoesNotTakeAreMethodNotAllowed(
      String method, String target, String resourceType) {
    var operation = OperationSelector.select(request(method, target).s3());

    assertThat(operation.failure().code()).isEqualTo("MethodNotAllowed");
    assertThat(operation.failure().status()).isEqualTo(405);
    assertThat(operation.failure().details())
        .containsEntry("Method", method)
        .containsEntry("ResourceType", resourceType);
  }

  @Test
  void anEmptyKeyWithACopySourceIsNeverCreateBucket() {
    var copy = request("PUT", "/bucket/").header("x-amz-copy-source", "src/k").s3();

    assertThat(OperationSelector.select(copy).failure().code()).isEqualTo("MethodNotAllowed");
  }

  @Test
  void aBrowserFormPostIsNotImplemented() {
    var post =
        request("POST", "/bucket").header("Content-Type", "multipart/form-data; boundary=xyz").s3();

    assertThat(OperationSelector.select(post).failure().code()).isEqualTo("NotImplemented");
  }

  @Test
  void aHeadRequestIsNeverRejectedForASubresourceMarker() {
    var head = request("HEAD", "/bucket?versioning").s3();

    assertThat(OperationSelector.select(head).value()).isEqualTo(S3Operation.HEAD_BUCKET);
  }
}
