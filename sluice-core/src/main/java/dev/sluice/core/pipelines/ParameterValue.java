package dev.sluice.core.pipelines;

/** A value given to a parameter; a parameter with several values is given several of these. */
public record ParameterValue(String id, String stringValue) {}
