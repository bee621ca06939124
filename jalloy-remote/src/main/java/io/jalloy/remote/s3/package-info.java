/** {@code remote.s3}: the content of an S3 object as an export, downloaded periodically. */
package io.jalloy.remote.s3;
