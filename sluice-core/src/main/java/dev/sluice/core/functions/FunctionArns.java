package dev.sluice.core.functions;

/** Lambda's ARNs: {@code arn:aws:lambda:<region>:<account>:function:<name>[:<qualifier>]}. */
public final class FunctionArns {
  public static final String LATEST = "$LATEST";

  private FunctionArns() {}

  public static String function(String region, String account, String name) {
    return "arn:aws:lambda:" + region + ":" + account + ":function:" + name;
  }

  public static String qualified(FunctionRecord function, String qualifier) {
    return function.arn() + ":" + qualifier;
  }
}
