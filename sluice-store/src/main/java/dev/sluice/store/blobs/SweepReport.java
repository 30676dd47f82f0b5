package dev.sluice.store.blobs;

/**
 * What one orphan sweep did.
 *
 * @param checked blob files old enough to be looked up in the catalog
 * @param removed those of them no row referenced, now deleted
 * @param bytesRemoved their total size
 * @param complete false when the sweep was stopped before it walked every directory
 */
public record SweepReport(long checked, long removed, long bytesRemoved, boolean complete) {}
