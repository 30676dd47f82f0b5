package dev.sluice.core.topics.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.MessageAttribute;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test helpers: policies written with single quotes, attributes built from type/value pairs. */
final class Policies {

  private Policies() {}

  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  static FilterPolicy attributes(String policy) {
    return parsed(policy, FilterPolicy.Scope.MESSAGE_ATTRIBUTES);
  }

  static FilterPolicy body(String policy) {
    return parsed(policy, FilterPolicy.Scope.MESSAGE_BODY);
  }

  private static FilterPolicy parsed(String policy, FilterPolicy.Scope scope) {
    Result<FilterPolicy> result = FilterPolicy.parse(json(policy), scope);
    assertThat(result.isOk()).as("parses %s", policy).isTrue();
    return result.value();
  }

  static Failure refusal(String policy, FilterPolicy.Scope scope) {
    Result<FilterPolicy> result = FilterPolicy.parse(json(policy), scope);
    assertThat(result.isOk()).as("refuses %s", policy).isFalse();
    return result.failure();
  }

  /** Attributes as name, type, value triples. */
  static Map<String, MessageAttribute> attrs(String... nameTypeValue) {
    Map<String, MessageAttribute> map = new LinkedHashMap<>();
    for (int i = 0; i < nameTypeValue.length; i += 3) {
      String value = json(nameTypeValue[i + 2]);
      map.put(nameTypeValue[i], new MessageAttribute(nameTypeValue[i + 1], value, null));
    }
    return map;
  }

  static boolean matchesAttrs(FilterPolicy policy, String... nameTypeValue) {
    return policy.matches(attrs(nameTypeValue), "not used");
  }

  static boolean matchesBody(FilterPolicy policy, String body) {
    return policy.matches(Map.of(), json(body));
  }
}
