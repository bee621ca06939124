package io.jalloy.prometheus.remotewrite;

import io.jalloy.common.compress.SnappyBlock;
import io.jalloy.prometheus.internal.remotewrite.WriteRequestEncoder;
import java.io.IOException;

/** Sends one metadata-only WriteRequest; a failure is logged, the next interval sends again. */
final class MetadataSend {
    private MetadataSend() {}

    static void send(EndpointState state, WriteRequestEncoder enc, int entries) throws InterruptedException {
        SnappyBlock snappy = new SnappyBlock();
        try {
            snappy.compress(enc.buffer().array(), enc.buffer().size());
        } catch (IOException e) {
            return;
        }
        Sender.Result r = state.sender.post(snappy.output(), snappy.length());
        if (r.status() / 100 == 2) {
            state.metrics.metadata.labelValues(state.name, state.sender.url()).inc(entries);
        } else {
            state.logger.log(System.Logger.Level.WARNING, "failed to send metadata to " + state.sender.url()
                    + ": " + (r.status() < 0 ? r.detail() : "HTTP status " + r.status()));
        }
    }
}
