package dev.sluice.runtime.internal;

import java.nio.file.Path;

/**
 * Where an instance's files are: the function's code ({@code /var/task}'s stand-in), the merged
 * layers ({@code /opt}'s, null without layers) and Sluice's bootstraps ({@code /var/runtime}'s).
 */
record Places(Path taskRoot, Path opt, Path runtimeDir) {}
