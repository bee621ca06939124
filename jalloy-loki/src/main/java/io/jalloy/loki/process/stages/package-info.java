/**
 * The {@code stage.*} blocks of {@code loki.process}: their configuration records
 * ({@link io.jalloy.loki.process.stages.StageConfig} and one record per kind), and the compiled
 * {@link io.jalloy.loki.process.stages.Stage}s that edit a reused
 * {@link io.jalloy.loki.process.stages.EntryState} per entry.
 */
package io.jalloy.loki.process.stages;
