/** The {@code discovery.http} component. */
package io.jalloy.prometheus.discovery.http;
