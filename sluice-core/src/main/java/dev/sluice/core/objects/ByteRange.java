package dev.sluice.core.objects;

/** A single byte range as the {@code Range} header asks for it. */
public sealed interface ByteRange {

  /** {@code bytes=first-last} or, with {@code last == null}, {@code bytes=first-}. */
  record FromTo(long first, Long last) implements ByteRange {}

  /** {@code bytes=-length}: the last {@code length} bytes. */
  record Suffix(long length) implements ByteRange {}
}
