package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;

/** {@code stage.sampling}: keeps a random {@code rate} share of entries. */
public record SamplingConfig(
        @Attr("rate") double rate,
        @Attr(value = "drop_counter_reason", optional = true) String dropCounterReason) {

    public static SamplingConfig defaults() {
        return new SamplingConfig(0, "sampling_stage");
    }
}
