package io.jalloy.component;

/**
 * Where a component publishes its exports (Alloy's {@code OnStateChange}). Safe to call from any
 * thread, at any time after {@link ComponentProvider#create} has started; a publication equal to the
 * previous one is ignored. Publishing never blocks on other components: the runtime only queues
 * their re-evaluation.
 *
 * @param <E> the exports record
 */
@FunctionalInterface
public interface ExportSink<E extends Record> {

    /** Replaces the component's exports. */
    void publish(E exports);
}
