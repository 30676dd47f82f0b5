package dev.sluice.core.pipelines;

/** One attribute of a parameter object ({@code type}, {@code default}, {@code description}...). */
public record ParameterAttribute(String key, String stringValue) {}
