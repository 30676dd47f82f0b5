package dev.sluice.core.topics;

public record Tag(String key, String value) {}
