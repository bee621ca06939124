/** node_exporter's collectors reimplemented over /proc and /sys, and the text they render. */
package io.jalloy.prometheus.exporter.unix.internal;
