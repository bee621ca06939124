/** The {@code discovery.relabel} component. */
package io.jalloy.common.discovery.relabel;
