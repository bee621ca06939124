/** {@code local.file}: a file's content as an export, re-read when it changes. */
package io.jalloy.local.file;
