package dev.sluice.core.pipelines.definition;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One field an object type accepts.
 *
 * @param repeatable whether the field may be given more than once ({@code step}, {@code input})
 * @param refTypes for references, the object types the field may point to (empty: any object)
 * @param allowed for enumerations, the documented values (compared without case)
 */
public record FieldSpec(
    String key, ValueType type, boolean repeatable, Set<String> refTypes, List<String> allowed) {

  public FieldSpec {
    refTypes = Set.copyOf(refTypes);
    allowed = List.copyOf(allowed);
  }

  public static FieldSpec of(String key, ValueType type) {
    return new FieldSpec(key, type, false, Set.of(), List.of());
  }

  public static FieldSpec text(String key) {
    return of(key, ValueType.STRING);
  }

  /** A reference to an object of one of {@code types} (none given: any object). */
  public static FieldSpec ref(String key, Set<String> types) {
    return new FieldSpec(key, ValueType.REFERENCE, false, types, List.of());
  }

  public static FieldSpec oneOf(String key, String... values) {
    return new FieldSpec(key, ValueType.ENUM, false, Set.of(), List.of(values));
  }

  /** The same field, allowed more than once. */
  public FieldSpec repeated() {
    return new FieldSpec(key, type, true, refTypes, allowed);
  }

  public boolean isRef() {
    return type == ValueType.REFERENCE;
  }

  /** For enumerations: whether {@code value} is one of the allowed values, ignoring case. */
  public boolean allows(String value) {
    var wanted = value.strip().toLowerCase(Locale.ROOT);
    return allowed.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted));
  }
}
