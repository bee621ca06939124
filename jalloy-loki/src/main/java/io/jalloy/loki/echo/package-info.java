/** {@code loki.echo}: writes every entry it receives to the component's log, for debugging pipelines. */
package io.jalloy.loki.echo;
