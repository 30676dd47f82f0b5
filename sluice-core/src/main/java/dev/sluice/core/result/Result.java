package dev.sluice.core.result;

import java.util.function.Function;

/** The outcome of an operation that can fail in a way AWS expects: a value or a {@link Failure}. */
public sealed interface Result<T> {

  record Ok<T>(T value) implements Result<T> {}

  record Err<T>(Failure failure) implements Result<T> {}

  static <T> Result<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Result<T> err(Failure failure) {
    return new Err<>(failure);
  }

  default boolean isOk() {
    return this instanceof Ok;
  }

  /** The value; only call after checking {@link #isOk()}. */
  default T value() {
    return switch (this) {
      case Ok<T> ok -> ok.value();
      case Err<T> err -> throw new IllegalStateException("no value: " + err.failure());
    };
  }

  /** The failure; only call when not {@link #isOk()}. */
  default Failure failure() {
    return switch (this) {
      case Ok<T> ok -> throw new IllegalStateException("not a failure: " + ok.value());
      case Err<T> err -> err.failure();
    };
  }

  default <U> Result<U> map(Function<? super T, ? extends U> f) {
    return switch (this) {
      case Ok<T> ok -> new Ok<>(f.apply(ok.value()));
      case Err<T> err -> new Err<>(err.failure());
    };
  }

  default <U> Result<U> flatMap(Function<? super T, Result<U>> f) {
    return switch (this) {
      case Ok<T> ok -> f.apply(ok.value());
      case Err<T> err -> new Err<>(err.failure());
    };
  }
}
