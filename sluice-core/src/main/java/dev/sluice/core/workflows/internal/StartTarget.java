package dev.sluice.core.workflows.internal;

import dev.sluice.core.workflows.MachineRecord;

/**
 * What an execution runs: the machine (or the version) whose definition it takes, the machine
 * itself, and the version and alias it was started through.
 */
record StartTarget(MachineRecord runs, MachineRecord machine, String versionArn, String aliasArn) {}
