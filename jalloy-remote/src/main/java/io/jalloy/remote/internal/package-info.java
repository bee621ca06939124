/**
 * What the remote components share and nothing else should use: the poll loop, export and health
 * bookkeeping, the last good copy on disk, and the JDK HTTP client built from a client block.
 */
package io.jalloy.remote.internal;
