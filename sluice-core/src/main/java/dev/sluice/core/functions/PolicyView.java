package dev.sluice.core.functions;

/** GetPolicy: the policy document as Lambda renders it and its RevisionId. */
public record PolicyView(String policy, String revisionId) {}
