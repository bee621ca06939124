/**
 * JDK HTTP clients built from Alloy's {@code client} block: TLS contexts from PEM material, proxy
 * selection, and per-request authentication (basic, authorization, bearer, OAuth 2).
 */
package io.jalloy.common.http.client;
