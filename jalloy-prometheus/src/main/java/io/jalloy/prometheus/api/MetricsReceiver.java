package io.jalloy.prometheus.api;

import io.jalloy.syntax.value.Capsule;

/**
 * Where metrics components send samples: the {@code receiver} export of
 * {@code prometheus.remote_write}, {@code prometheus.relabel} and friends (Alloy's
 * {@code storage.Appendable}). Safe to call from many threads; each appender is used by one.
 */
public interface MetricsReceiver extends Capsule {

    /** A fresh appender for one batch; the caller commits or rolls it back. */
    Appender appender();

    @Override
    default String capsuleTypeName() {
        return "storage.Appendable";
    }
}
