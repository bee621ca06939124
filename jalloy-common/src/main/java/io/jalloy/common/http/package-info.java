/**
 * Alloy's common HTTP {@code client} block (authentication, TLS, proxy, headers) as decodable
 * records with Alloy's validation messages; other HTTP components can reuse it.
 */
package io.jalloy.common.http;
