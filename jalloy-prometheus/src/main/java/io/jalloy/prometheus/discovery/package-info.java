/** Discovery components that read Prometheus target groups: {@code discovery.file}, {@code discovery.http}. */
package io.jalloy.prometheus.discovery;
