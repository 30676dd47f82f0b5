package dev.sluice.core.objects;

import java.time.Instant;

/** A bucket: its globally unique name, the owning account, its region and creation time. */
public record Bucket(String name, String owner, String region, Instant createdAt) {}
