package dev.sluice.spark.streaming.internal;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;

/** Orders keys as Hadoop orders Text keys: by their bytes, unsigned, shorter prefix first. */
public final class UnsignedBytes implements Comparator<byte[]>, Serializable {

  public static final UnsignedBytes ORDER = new UnsignedBytes();

  @Override
  public int compare(byte[] a, byte[] b) {
    return Arrays.compareUnsigned(a, b);
  }
}
