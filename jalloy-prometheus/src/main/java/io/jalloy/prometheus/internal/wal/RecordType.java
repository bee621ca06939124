package io.jalloy.prometheus.internal.wal;

/** The first byte of every WAL record payload. */
public final class RecordType {
    public static final int SERIES = 1;
    public static final int SAMPLES = 2;
    public static final int EXEMPLARS = 3;
    public static final int HISTOGRAMS = 4;
    public static final int METADATA = 5;
    public static final int DELETED_SERIES = 6;

    private RecordType() {}
}
