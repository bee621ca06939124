/** {@code loki.relabel}: rewrites or drops log entries by their labels, with a result cache. */
package io.jalloy.loki.relabel;
