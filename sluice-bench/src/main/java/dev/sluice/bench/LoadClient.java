package dev.sluice.bench;

/** A client the throughput cases drive Sluice with: the AWS SDK, or the minimal wire client. */
interface LoadClient extends AutoCloseable {
  /** How the report names it. */
  String name();

  /** One PUT of a new or existing key. */
  void putOne(String bucket, String key, byte[] body) throws Exception;

  /** One GET, the body read to its end; returns the bytes read. */
  long getOne(String bucket, String key) throws Exception;

  @Override
  void close();
}
