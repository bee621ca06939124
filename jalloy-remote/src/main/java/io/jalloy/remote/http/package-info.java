/** {@code remote.http}: the body of a polled URL as an export. */
package io.jalloy.remote.http;
