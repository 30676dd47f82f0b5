package dev.sluice.core.functions.internal;

/** A deployment package written to the blob store: its blob, SHA-256 (hex) and size. */
record StoredPackage(String blobId, String sha256, long size) {}
