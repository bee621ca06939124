/**
 * What the commands share, not an API: the running process ({@link io.jalloy.cli.internal.RunningConfig})
 * and its reload triggers, the {@code logging} and {@code http} blocks the CLI applies itself, log
 * line encoding, and {@code validate --env-file}'s environments and per-environment evaluation.
 */
package io.jalloy.cli.internal;
