package dev.sluice.aws.s3.internal;

/** The S3 operations Sluice answers; each has one binding class named after it. */
public enum S3Operation {
  CREATE_BUCKET("CreateBucket"),
  HEAD_BUCKET("HeadBucket"),
  DELETE_BUCKET("DeleteBucket"),
  LIST_BUCKETS("ListBuckets"),
  GET_BUCKET_LOCATION("GetBucketLocation"),
  PUT_OBJECT("PutObject"),
  GET_OBJECT("GetObject"),
  HEAD_OBJECT("HeadObject"),
  DELETE_OBJECT("DeleteObject"),
  DELETE_OBJECTS("DeleteObjects"),
  COPY_OBJECT("CopyObject"),
  LIST_OBJECTS_V2("ListObjectsV2"),
  LIST_OBJECTS("ListObjects"),
  CREATE_MULTIPART_UPLOAD("CreateMultipartUpload"),
  UPLOAD_PART("UploadPart"),
  UPLOAD_PART_COPY("UploadPartCopy"),
  COMPLETE_MULTIPART_UPLOAD("CompleteMultipartUpload"),
  ABORT_MULTIPART_UPLOAD("AbortMultipartUpload"),
  LIST_PARTS("ListParts"),
  LIST_MULTIPART_UPLOADS("ListMultipartUploads"),
  PUT_BUCKET_NOTIFICATION_CONFIGURATION("PutBucketNotificationConfiguration"),
  GET_BUCKET_NOTIFICATION_CONFIGURATION("GetBucketNotificationConfiguration");

  private final String awsName;

  S3Operation(String awsName) {
    this.awsName = awsName;
  }

  /** The operation's name in the AWS API. */
  public String awsName() {
    return awsName;
  }
}
