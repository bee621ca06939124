/**
 * One managed component: building it, updating it, running it on its own virtual thread, and
 * keeping its arguments, exports and health for the controller and the HTTP API.
 */
package io.jalloy.runtime.node;
