package io.jalloy.remote.internal;

/**
 * The health texts of one component: Alloy words them differently per component
 * ({@code polled endpoint} / {@code polling failed: ...} for remote.http, {@code s3 file updated}
 * and the bare error for remote.s3).
 *
 * @param success the message after a successful poll
 * @param failurePrefix put before the failure's own message (may be empty)
 */
public record StatusMessages(String success, String failurePrefix) {

    /** The message for a failed poll. */
    String failure(String error) {
        return failurePrefix + error;
    }
}
