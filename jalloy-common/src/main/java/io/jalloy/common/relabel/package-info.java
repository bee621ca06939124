/**
 * The one relabeling engine of the logs and metrics pipelines, with Prometheus's semantics as
 * Alloy configures them: {@link io.jalloy.common.relabel.RelabelRule} is the decoded {@code rule}
 * block, {@link io.jalloy.common.relabel.RelabelRules} the compiled list that runs on the hot
 * path, {@link io.jalloy.common.relabel.RelabelCache} an LRU in front of it.
 */
package io.jalloy.common.relabel;
