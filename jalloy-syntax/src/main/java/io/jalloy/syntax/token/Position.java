package io.jalloy.syntax.token;

/**
 * A resolved place in a source file: name, byte offset, 1-based line and 1-based column counted
 * in bytes (as Go's scanner counts them, so columns agree with Alloy's diagnostics).
 */
public record Position(String filename, int offset, int line, int column) {

    /** The position of nothing: prints as {@code "-"}. */
    public static final Position NONE = new Position("", -1, 0, 0);

    /** Whether this names a real place in a file. */
    public boolean isValid() {
        return line > 0;
    }

    /** Alloy's rendering: {@code file:line:col}, {@code line:col} without a file, {@code -} when invalid. */
    @Override
    public String toString() {
        if (!isValid()) {
            return filename.isEmpty() ? "-" : filename;
        }
        String lc = line + ":" + column;
        return filename.isEmpty() ? lc : filename + ":" + lc;
    }
}
