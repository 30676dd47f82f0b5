package dev.sluice.runtime.javabootstrap;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error as Lambda's Java runtime reports it: {@code errorMessage}, {@code errorType} (the
 * exception's class name), {@code stackTrace} (frames as {@code Class.method(File.java:12)}) and
 * the {@code cause}, nested.
 */
record ErrorDocument(String message, String type, List<String> stackTrace, ErrorDocument cause) {

  private static final String BOOTSTRAP = ErrorDocument.class.getPackageName() + ".";

  static ErrorDocument of(Throwable error) {
    var frames =
        Arrays.stream(error.getStackTrace())
            .takeWhile(frame -> !frame.getClassName().startsWith(BOOTSTRAP))
            .map(ErrorDocument::frame)
            .toList();
    var cause = error.getCause() == null || error.getCause() == error ? null : of(error.getCause());
    return new ErrorDocument(error.getMessage(), error.getClass().getName(), frames, cause);
  }

  /** {@code pkg.Class.method(File.java:12)}, without module or class loader names. */
  private static String frame(StackTraceElement frame) {
    var file = frame.getFileName();
    var where =
        file == null
            ? "Unknown Source"
            : frame.getLineNumber() >= 0 ? file + ":" + frame.getLineNumber() : file;
    return frame.getClassName() + "." + frame.getMethodName() + "(" + where + ")";
  }

  static ErrorDocument of(String type, String message) {
    return new ErrorDocument(message, type, List.of(), null);
  }

  Map<String, Object> toMap() {
    var map = new LinkedHashMap<String, Object>();
    map.put("errorMessage", message);
    map.put("errorType", type);
    if (!stackTrace.isEmpty()) {
      map.put("stackTrace", stackTrace);
    }
    if (cause != null) {
      map.put("cause", cause.toMap());
    }
    return map;
  }
}
