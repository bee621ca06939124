/** What discovery components exchange: {@link io.jalloy.common.discovery.Target}. */
package io.jalloy.common.discovery;
