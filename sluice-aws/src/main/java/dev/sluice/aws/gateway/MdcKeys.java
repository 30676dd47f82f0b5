package dev.sluice.aws.gateway;

/** The names of the logging context (SLF4J MDC) entries Sluice sets while it handles a request. */
public final class MdcKeys {
  /** The request id the response carries ({@code x-amz-request-id}, {@code x-amzn-RequestId}). */
  public static final String REQUEST_ID = "requestId";

  /** The signing name of the service the gateway routed the request to. */
  public static final String SERVICE = "service";

  private MdcKeys() {}
}
