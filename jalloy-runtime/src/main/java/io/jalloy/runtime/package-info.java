/**
 * Jalloy's runtime: component registry, managed component nodes, metrics and the HTTP server. The
 * types here are what the HTTP server needs from the controller.
 */
package io.jalloy.runtime;
