/** The HTTP server's routing and endpoint implementations; not API. */
package io.jalloy.runtime.http.internal;
