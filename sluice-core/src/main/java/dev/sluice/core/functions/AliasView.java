package dev.sluice.core.functions;

/** An alias with its ARN. */
public record AliasView(String aliasArn, FunctionAlias alias) {}
