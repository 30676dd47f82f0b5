package dev.sluice.aws.lambda.operations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.aws.lambda.internal.LambdaErrors;
import dev.sluice.aws.lambda.internal.RequestFields;
import dev.sluice.core.functions.CodeSource;
import dev.sluice.core.result.Result;
import java.util.Base64;

/** The code members of CreateFunction's Code and of UpdateFunctionCode. */
final class FunctionCode {
  private FunctionCode() {}

  /** The package's source, or null when the request names none. */
  static Result<CodeSource> read(JsonNode code) {
    if (code == null || code.isNull()) {
      return Result.ok(null);
    }
    var zip = RequestFields.text(code, "ZipFile");
    if (zip != null) {
      try {
        return Result.ok(new CodeSource.Zip(Base64.getMimeDecoder().decode(zip)));
      } catch (IllegalArgumentException e) {
        return Result.err(
            LambdaErrors.invalidParameter(
                "Could not unzip uploaded file. Please check your file, then try to upload"
                    + " again."));
      }
    }
    var bucket = RequestFields.text(code, "S3Bucket");
    if (bucket != null) {
      return Result.ok(
          new CodeSource.StoredObject(
              bucket,
              RequestFields.text(code, "S3Key"),
              RequestFields.text(code, "S3ObjectVersion")));
    }
    if (RequestFields.text(code, "ImageUri") != null) {
      return Result.err(
          LambdaErrors.invalidParameter(
              "Sluice runs Zip packages only; ImageUri is not supported."));
    }
    return Result.ok(null);
  }
}
