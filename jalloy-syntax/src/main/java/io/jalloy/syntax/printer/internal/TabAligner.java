package io.jalloy.syntax.printer.internal;

import java.util.Arrays;

/**
 * Elastic tabstops over the emitter's bytes, behaving like Go's text/tabwriter configured as
 * Alloy configures it (min width 0, tab width 8, padding 1, pad with blanks, discard empty
 * columns, indent with tabs). Cells end at {@code \t} or {@code \v}; lines end at {@code \n} or
 * {@code \f}, and {@code \f} (or a line without cells) closes the current block of aligned lines.
 * Text between {@code 0xFF} bytes is one opaque run. Output goes through a {@link Trimmer}.
 * One instance per print; confined to its thread.
 */
final class TabAligner {
    private static final int TAB_WIDTH = 8;
    private static final int PADDING = 1;

    private final byte[] in;
    private final Trimmer sink;

    // Cells of the buffered lines, flat: text start in {@code in}, size in bytes, width in runes,
    // whether ended by a horizontal tab.
    private int[] cellStart = new int[64];
    private int[] cellSize = new int[64];
    private int[] cellWidth = new int[64];
    private boolean[] cellHtab = new boolean[64];
    // Whether the cell holds an escaped run, which the trimmer must pass through byte by byte.
    private boolean[] cellEscaped = new boolean[64];
    private int cells;
    // Index of each buffered line's first cell; line i owns cells [lineFirst[i], lineFirst[i+1]).
    private int[] lineFirst = new int[16];
    private int lineCount;

    private int[] widths = new int[8];
    private int depth;

    private TabAligner(byte[] in, Trimmer sink) {
        this.in = in;
        this.sink = sink;
    }

    /** Aligns {@code in[0, len)} and returns the trimmed UTF-8 result. */
    static Trimmer align(byte[] in, int len) {
        Trimmer sink = new Trimmer(len + (len >> 3) + 16);
        new TabAligner(in, sink).run(len);
        return sink;
    }

    private void run(int len) {
        reset();
        int n = 0;
        int width = 0;
        boolean escaped = false;
        boolean cellEsc = false;
        for (int i = 0; i < len; i++) {
            byte b = in[i];
            if (escaped) {
                if (b == Emitter.ESCAPE) {
                    escaped = false;
                } else if ((b & 0xC0) != 0x80) {
                    width++;
                }
                continue;
            }
            switch (b) {
                case '\t', 0x0b, '\n', '\f' -> {
                    int lineCells = terminateCell(n, i - n, width, b == '\t', cellEsc);
                    n = i + 1;
                    width = 0;
                    cellEsc = false;
                    if (b == '\n' || b == '\f') {
                        addLine();
                        if (b == '\f' || lineCells == 1) {
                            flush();
                        }
                    }
                }
                case Emitter.ESCAPE -> {
                    escaped = true;
                    cellEsc = true;
                }
                default -> {
                    if ((b & 0xC0) != 0x80) {
                        width++;
                    }
                }
            }
        }
        if (len > n) {
            terminateCell(n, len - n, width, false, cellEsc);
        }
        flush();
    }

    private int terminateCell(int start, int size, int width, boolean htab, boolean esc) {
        if (cells == cellStart.length) {
            int cap = cells * 2;
            cellStart = Arrays.copyOf(cellStart, cap);
            cellSize = Arrays.copyOf(cellSize, cap);
            cellWidth = Arrays.copyOf(cellWidth, cap);
            cellHtab = Arrays.copyOf(cellHtab, cap);
            cellEscaped = Arrays.copyOf(cellEscaped, cap);
        }
        cellStart[cells] = start;
        cellSize[cells] = size;
        cellWidth[cells] = width;
        cellHtab[cells] = htab;
        cellEscaped[cells] = esc;
        cells++;
        return cells - lineFirst[lineCount - 1];
    }

    private void addLine() {
        if (lineCount + 1 >= lineFirst.length) {
            lineFirst = Arrays.copyOf(lineFirst, lineFirst.length * 2);
        }
        lineFirst[lineCount++] = cells;
    }

    private void reset() {
        cells = 0;
        lineCount = 0;
        addLine();
    }

    private void flush() {
        format(0, lineCount);
        reset();
    }

    private int cellsOf(int line) {
        int end = line + 1 < lineCount ? lineFirst[line + 1] : cells;
        return end - lineFirst[line];
    }

    /** Formats lines [line0, line1), every column left of {@code depth} already measured. */
    private void format(int line0, int line1) {
        int column = depth;
        for (int cur = line0; cur < line1; cur++) {
            if (column >= cellsOf(cur) - 1) {
                continue;
            }
            // This line has a cell in this column: a block of such lines starts here.
            writeLines(line0, cur);
            line0 = cur;
            int width = 0;
            boolean discardable = true;
            for (; cur < line1; cur++) {
                if (column >= cellsOf(cur) - 1) {
                    break;
                }
                int c = lineFirst[cur] + column;
                width = Math.max(width, cellWidth[c] + PADDING);
                if (cellWidth[c] > 0 || cellHtab[c]) {
                    discardable = false;
                }
            }
            if (discardable) {
                width = 0;
            }
            if (depth == widths.length) {
                widths = Arrays.copyOf(widths, depth * 2);
            }
            widths[depth++] = width;
            format(line0, cur);
            depth--;
            line0 = cur;
        }
        writeLines(line0, line1);
    }

    private void writeLines(int line0, int line1) {
        for (int i = line0; i < line1; i++) {
            int first = lineFirst[i];
            int count = cellsOf(i);
            boolean useTabs = true;
            for (int j = 0; j < count; j++) {
                int c = first + j;
                if (cellSize[c] == 0) {
                    if (j < depth) {
                        pad(cellWidth[c], widths[j], useTabs);
                    }
                } else {
                    useTabs = false;
                    if (cellEscaped[c]) {
                        sink.write(in, cellStart[c], cellSize[c]);
                    } else {
                        sink.writePlain(in, cellStart[c], cellSize[c]);
                    }
                    if (j < depth) {
                        pad(cellWidth[c], widths[j], false);
                    }
                }
            }
            if (i + 1 < lineCount) {
                sink.write((byte) '\n');
            }
        }
    }

    private void pad(int textWidth, int cellWidth, boolean useTabs) {
        if (useTabs) {
            int cw = (cellWidth + TAB_WIDTH - 1) / TAB_WIDTH * TAB_WIDTH;
            sink.repeat((byte) '\t', (cw - textWidth + TAB_WIDTH - 1) / TAB_WIDTH);
        } else {
            sink.repeat((byte) ' ', cellWidth - textWidth);
        }
    }
}
