package dev.sluice.core.pipelines;

public record Tag(String key, String value) {}
