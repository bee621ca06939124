package io.jalloy.loki.internal;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes an uncompressed protobuf {@code logproto.PushRequest} into entries. The stream labels
 * come in Loki's notation and are parsed by {@link LabelsParser}.
 */
public final class PushDecoder {
    private PushDecoder() {}

    /**
     * Decodes the first {@code length} bytes of {@code body}; entries carry their stream's labels.
     *
     * @throws IllegalArgumentException when the body or a label string is malformed
     */
    public static List<LogEntry> decode(byte[] body, int length) {
        List<LogEntry> out = new ArrayList<>();
        ProtoReader request = new ProtoReader(body, 0, length);
        while (request.more()) {
            int tag = request.tag();
            if (tag != (1 << 3 | 2)) {
                request.skip(tag & 7);
                continue;
            }
            readStream(request.message(), out);
        }
        return out;
    }

    private static void readStream(ProtoReader stream, List<LogEntry> out) {
        Labels labels = Labels.EMPTY;
        int first = out.size();
        while (stream.more()) {
            int tag = stream.tag();
            switch (tag) {
                case 1 << 3 | 2 -> labels = LabelsParser.parse(stream.string());
                case 2 << 3 | 2 -> out.add(readEntry(stream.message()));
                default -> stream.skip(tag & 7);
            }
        }
        // Labels may follow the entries on the wire; give every entry of the stream its labels.
        for (int i = first; i < out.size(); i++) {
            out.set(i, out.get(i).withLabels(labels));
        }
    }

    private static LogEntry readEntry(ProtoReader entry) {
        long seconds = 0;
        long nanos = 0;
        String line = "";
        Labels.Builder metadata = null;
        while (entry.more()) {
            int tag = entry.tag();
            switch (tag) {
                case 1 << 3 | 2 -> {
                    ProtoReader ts = entry.message();
                    while (ts.more()) {
                        int t = ts.tag();
                        switch (t) {
                            case 1 << 3 -> seconds = ts.varint();
                            case 2 << 3 -> nanos = (int) ts.varint();
                            default -> ts.skip(t & 7);
                        }
                    }
                }
                case 2 << 3 | 2 -> line = entry.string();
                case 3 << 3 | 2 -> {
                    if (metadata == null) {
                        metadata = new Labels.Builder();
                    }
                    readPair(entry.message(), metadata);
                }
                default -> entry.skip(tag & 7);
            }
        }
        Labels md = metadata == null ? Labels.EMPTY : metadata.build();
        return new LogEntry(Labels.EMPTY, seconds * 1_000_000_000L + nanos, line, md);
    }

    private static void readPair(ProtoReader pair, Labels.Builder into) {
        String name = "";
        String value = "";
        while (pair.more()) {
            int tag = pair.tag();
            switch (tag) {
                case 1 << 3 | 2 -> name = pair.string();
                case 2 << 3 | 2 -> value = pair.string();
                default -> pair.skip(tag & 7);
            }
        }
        into.set(name, value);
    }
}
