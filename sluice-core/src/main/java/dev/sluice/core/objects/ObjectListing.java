package dev.sluice.core.objects;

import java.util.List;

/**
 * A page of a listing.
 *
 * @param truncated more keys follow
 * @param last the last key or common prefix returned, where the next page starts after (null when
 *     the page is empty)
 */
public record ObjectListing(
    List<ObjectRecord> contents, List<String> commonPrefixes, boolean truncated, String last) {}
