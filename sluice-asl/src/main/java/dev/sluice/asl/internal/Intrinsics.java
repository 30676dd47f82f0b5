package dev.sluice.asl.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.asl.Entropy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Evaluates the {@code States.*} intrinsic functions. */
public final class Intrinsics {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Map<String, String> HASHES =
      Map.of(
          "MD5", "MD5", "SHA-1", "SHA-1", "SHA-256", "SHA-256", "SHA-384", "SHA-384", "SHA-512",
          "SHA-512");

  private final Paths paths;
  private final Entropy entropy;

  public Intrinsics(Paths paths, Entropy entropy) {
    this.paths = paths;
    this.entropy = entropy;
  }

  /** Evaluates {@code text}, a call such as {@code States.Array($.a, 1)}. */
  public JsonNode evaluate(String text, String field) {
    return call(IntrinsicParser.parse(text), field);
  }

  private JsonNode call(IntrinsicParser.Call call, String field) {
    List<JsonNode> args = new ArrayList<>();
    for (IntrinsicParser.Arg arg : call.args()) {
      args.add(
          switch (arg) {
            case IntrinsicParser.Literal literal -> literal.value();
            case IntrinsicParser.PathArg path -> paths.required(path.path(), field);
            case IntrinsicParser.Call nested -> call(nested, field);
          });
    }
    return apply(call.function(), args);
  }

  private JsonNode apply(String function, List<JsonNode> args) {
    return switch (function) {
      case "States.Format" -> format(args);
      case "States.StringToJson" -> parseJson(args.get(0).asText());
      case "States.JsonToString" -> NODES.textNode(args.get(0).toString());
      case "States.Array" -> array(args);
      case "States.ArrayPartition" -> partition(args.get(0), args.get(1).asInt());
      case "States.ArrayContains" -> NODES.booleanNode(contains(args.get(0), args.get(1)));
      case "States.ArrayRange" -> range(args.get(0).asInt(), args.get(1).asInt(), args.get(2));
      case "States.ArrayGetItem" -> args.get(0).get(args.get(1).asInt());
      case "States.ArrayLength" -> NODES.numberNode(args.get(0).size());
      case "States.ArrayUnique" -> unique(args.get(0));
      case "States.Base64Encode" ->
          NODES.textNode(
              Base64.getEncoder()
                  .encodeToString(args.get(0).asText().getBytes(StandardCharsets.UTF_8)));
      case "States.Base64Decode" ->
          NODES.textNode(
              new String(Base64.getDecoder().decode(args.get(0).asText()), StandardCharsets.UTF_8));
      case "States.Hash" -> hash(args.get(0), args.get(1).asText());
      case "States.JsonMerge" -> merge(args.get(0), args.get(1));
      case "States.MathRandom" ->
          NODES.numberNode(entropy.nextInt(args.get(0).asInt(), args.get(1).asInt()));
      case "States.MathAdd" -> add(args.get(0), args.get(1));
      case "States.StringSplit" -> split(args.get(0).asText(), args.get(1).asText());
      case "States.UUID" -> NODES.textNode(entropy.uuid().toString());
      default ->
          throw new StateFailure("States.Runtime", "Unknown intrinsic function: " + function);
    };
  }

  private static JsonNode format(List<JsonNode> args) {
    String template = args.get(0).asText();
    StringBuilder out = new StringBuilder();
    int next = 1;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '\\' && i + 1 < template.length()) {
        out.append(template.charAt(++i));
      } else if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
        JsonNode arg = args.get(next++);
        out.append(FormatRendering.render(arg));
        i++;
      } else {
        out.append(c);
      }
    }
    return NODES.textNode(out.toString());
  }

  private static JsonNode parseJson(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new StateFailure("States.Runtime", "Invalid JSON string: " + text);
    }
  }

  private static ArrayNode array(List<JsonNode> args) {
    ArrayNode out = NODES.arrayNode();
    args.forEach(out::add);
    return out;
  }

  private static ArrayNode partition(JsonNode array, int size) {
    ArrayNode out = NODES.arrayNode();
    ArrayNode chunk = null;
    for (JsonNode item : array) {
      if (chunk == null || chunk.size() == size) {
        chunk = out.addArray();
      }
      chunk.add(item);
    }
    return out;
  }

  private static boolean contains(JsonNode array, JsonNode value) {
    for (JsonNode item : array) {
      boolean sameNumber =
          item.isNumber()
              && value.isNumber()
              && item.decimalValue().compareTo(value.decimalValue()) == 0;
      if (sameNumber || item.equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static ArrayNode range(int from, int to, JsonNode stepNode) {
    int step = stepNode.asInt();
    ArrayNode out = NODES.arrayNode();
    for (int i = from; step > 0 ? i <= to : i >= to; i += step) {
      out.add(i);
    }
    return out;
  }

  private static ArrayNode unique(JsonNode array) {
    LinkedHashSet<JsonNode> seen = new LinkedHashSet<>();
    array.forEach(seen::add);
    ArrayNode out = NODES.arrayNode();
    seen.forEach(out::add);
    return out;
  }

  private static JsonNode hash(JsonNode data, String algorithm) {
    String name = HASHES.get(algorithm);
    if (name == null) {
      throw new StateFailure("States.Runtime", "Unsupported hash algorithm: " + algorithm);
    }
    try {
      byte[] bytes =
          data.isTextual()
              ? data.asText().getBytes(StandardCharsets.UTF_8)
              : data.toString().getBytes(StandardCharsets.UTF_8);
      return NODES.textNode(
          HexFormat.of().formatHex(MessageDigest.getInstance(name).digest(bytes)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode merge(JsonNode left, JsonNode right) {
    ObjectNode out = left.deepCopy();
    right.properties().forEach(e -> out.set(e.getKey(), e.getValue()));
    return out;
  }

  private static JsonNode add(JsonNode left, JsonNode right) {
    return NODES.numberNode(rounded(left) + rounded(right));
  }

  /** AWS rounds each MathAdd operand half up (towards positive infinity) before adding. */
  private static long rounded(JsonNode number) {
    return Math.round(number.doubleValue());
  }

  private static ArrayNode split(String text, String separators) {
    ArrayNode out = NODES.arrayNode();
    StringBuilder current = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (separators.indexOf(c) >= 0) {
        if (!current.isEmpty()) {
          out.add(current.toString());
        }
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (!current.isEmpty()) {
      out.add(current.toString());
    }
    return out;
  }
}
