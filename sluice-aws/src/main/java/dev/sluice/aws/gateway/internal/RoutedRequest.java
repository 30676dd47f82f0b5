package dev.sluice.aws.gateway.internal;

import dev.sluice.aws.http.HttpRequest;

/** A routing decision and the request to hand on (whose body replays any bytes read to decide). */
public record RoutedRequest(ServiceRoute route, HttpRequest request) {}
