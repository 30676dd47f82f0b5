package dev.sluice.core.functions;

/** An event invoke config with the qualified ARN it belongs to. */
public record EventInvokeConfigView(String functionArn, EventInvokeConfig config) {}
