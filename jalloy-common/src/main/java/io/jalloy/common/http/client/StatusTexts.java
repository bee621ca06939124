package io.jalloy.common.http.client;

/**
 * Go's reason phrases for HTTP status codes: the JDK client does not expose the server's own
 * phrase, and Alloy's messages print Go's ({@code 404 Not Found}).
 */
public final class StatusTexts {
    private StatusTexts() {}

    /** {@code code} followed by its reason phrase, as Go's {@code Response.Status}. */
    public static String status(int code) {
        String text = text(code);
        return text.isEmpty() ? Integer.toString(code) : code + " " + text;
    }

    private static String text(int code) {
        return switch (code) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No Content";
            case 206 -> "Partial Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 304 -> "Not Modified";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
    }
}
