package dev.sluice.spark.glue;

/**
 * A job argument that is missing or not valid, with the message AWS Glue's argument parser gives
 * ({@code the following arguments are required: --x, --y}, {@code argument --x: expected one
 * argument}, ...).
 */
public final class GlueArgumentException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public GlueArgumentException(String message) {
    super(message);
  }
}
