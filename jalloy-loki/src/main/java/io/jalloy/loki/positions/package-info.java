/**
 * Read offsets of log sources, kept in memory and written to a {@code positions.yml} file in the
 * format Alloy (and Promtail) use, so that a restart resumes where reading stopped and an Alloy
 * data directory can be taken over as it is.
 */
package io.jalloy.loki.positions;
