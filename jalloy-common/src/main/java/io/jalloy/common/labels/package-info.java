/**
 * Label sets shared by the logs and metrics pipelines: {@link io.jalloy.common.labels.Labels}
 * (immutable, sorted, compact) with its reusable builder, name validation and the reserved-label
 * convention, and string interning for the hot path.
 */
package io.jalloy.common.labels;
