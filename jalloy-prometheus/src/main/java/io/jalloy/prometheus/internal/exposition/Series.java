package io.jalloy.prometheus.internal.exposition;

/**
 * The series of the sample being delivered: metric name and labels as byte ranges, plus the
 * family type the parser attributed to it. One instance per parser, overwritten for every sample
 * (only the parsing thread touches it); callers hash it to find a series they already know
 * without allocating, and copy it only for new series.
 */
public final class Series {
    /** Marker for "no timestamp" in timestamp arguments and {@link #startTimestampMs()}. */
    public static final long NO_TIMESTAMP = Long.MIN_VALUE;

    private byte[] nameBuf;
    private int nameOff;
    private int nameLen;
    private boolean nameEscaped;
    private final LabelSlices labels = new LabelSlices();
    private MetricType type = MetricType.UNKNOWN;
    private boolean typeDeclared;
    private long startTimestampMs = NO_TIMESTAMP;

    public byte[] nameBuffer() {
        return nameBuf;
    }

    public int nameOffset() {
        return nameOff;
    }

    public int nameLength() {
        return nameLen;
    }

    /** Whether the raw name bytes hold text-format escapes (only quoted UTF-8 names can). */
    public boolean nameEscaped() {
        return nameEscaped;
    }

    /** The labels other than the metric name, in exposition order. */
    public LabelSlices labels() {
        return labels;
    }

    /**
     * The type of the family this series belongs to; {@link MetricType#UNKNOWN} when the series is
     * not part of the last declared family or the family is untyped.
     */
    public MetricType type() {
        return type;
    }

    /** Whether a TYPE (or protobuf type) declaration covered this series. */
    public boolean typeDeclared() {
        return typeDeclared;
    }

    /** The created/start timestamp in ms (protobuf {@code created_timestamp}), or NO_TIMESTAMP. */
    public long startTimestampMs() {
        return startTimestampMs;
    }

    /** What the sample is within its family (bucket, count, sum, ...), derived from the name. */
    public SampleRole role() {
        return SampleRole.of(type, nameBuf, nameOff, nameLen);
    }

    /**
     * A 64-bit FNV-1a hash of the decoded name and labels (in exposition order), for
     * allocation-free lookup; the same series hashes alike in every format.
     */
    public long hash() {
        long h = nameEscaped ? Escapes.fnvDecoded(Bytes.FNV_OFFSET, nameBuf, nameOff, nameLen)
                : Bytes.fnv(Bytes.FNV_OFFSET, nameBuf, nameOff, nameLen);
        h = (h ^ 0xFF) * Bytes.FNV_PRIME;
        return labels.hash(h);
    }

    /** Whether the raw name equals {@code name}. */
    public boolean nameEquals(byte[] name) {
        return Bytes.equal(nameBuf, nameOff, nameLen, name, 0, name.length);
    }

    /** The metric name, unescaped; allocates. */
    public String name() {
        return Escapes.decode(nameBuf, nameOff, nameLen, nameEscaped);
    }

    @Override
    public String toString() {
        return name() + labels;
    }

    void reset() {
        labels.clear();
        type = MetricType.UNKNOWN;
        typeDeclared = false;
        startTimestampMs = NO_TIMESTAMP;
    }

    void setType(MetricType type, boolean declared) {
        this.type = type;
        this.typeDeclared = declared;
    }

    void name(byte[] buf, int off, int len, boolean escaped) {
        nameBuf = buf;
        nameOff = off;
        nameLen = len;
        nameEscaped = escaped;
    }

    void startTimestampMs(long ms) {
        startTimestampMs = ms;
    }
}
