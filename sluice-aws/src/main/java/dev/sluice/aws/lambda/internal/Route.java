package dev.sluice.aws.lambda.internal;

import dev.sluice.aws.lambda.operations.LambdaBinding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation's method and path template, e.g. {@code GET
 * /2015-03-31/functions/{FunctionName}/aliases/{Name}}.
 */
public record Route(String method, List<String> segments, LambdaBinding binding) {

  public static Route of(String method, String template, LambdaBinding binding) {
    return new Route(method, split(template), binding);
  }

  /** The path parameters when the request matches, else empty. */
  Optional<Map<String, String>> match(String requestMethod, List<String> path) {
    if (!method.equals(requestMethod) || path.size() != segments.size()) {
      return Optional.empty();
    }
    var parameters = new HashMap<String, String>();
    for (int i = 0; i < segments.size(); i++) {
      var segment = segments.get(i);
      if (segment.startsWith("{")) {
        parameters.put(segment.substring(1, segment.length() - 1), path.get(i));
      } else if (!segment.equals(path.get(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(parameters);
  }

  /** The non-empty segments of a raw path, each percent-decoded. */
  static List<String> split(String rawPath) {
    return java.util.Arrays.stream(rawPath.split("/"))
        .filter(s -> !s.isEmpty())
        .map(Route::decodeSegment)
        .toList();
  }

  private static String decodeSegment(String raw) {
    return LambdaQuery.decode(raw.replace("+", "%2B"));
  }
}
