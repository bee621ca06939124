/**
 * The HTTP server every Jalloy process runs ({@code --server.http.listen-addr}): readiness, health
 * and reload endpoints, {@code /metrics}, component routes under {@code /api/v0/component/} and the
 * API behind the UI under {@code <ui prefix>api/v0/web/}, with Alloy's texts and JSON.
 */
package io.jalloy.runtime.http;
