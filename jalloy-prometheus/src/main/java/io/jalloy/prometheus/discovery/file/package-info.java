/** The {@code discovery.file} component. */
package io.jalloy.prometheus.discovery.file;
