/**
 * The contract between Jalloy and a component: everything a component author needs, on one page.
 *
 * <p>A <em>component</em> is one piece of business logic configured by one block of an Alloy file,
 * such as {@code local.file "secrets" { ... }}. It takes <em>arguments</em> (the block's attributes
 * and nested blocks, decoded into a Java record) and may publish <em>exports</em> (another record)
 * that other components reference in their own expressions, which is how blocks are wired into a
 * pipeline.
 *
 * <h2>Arguments and exports</h2>
 * Arguments and exports are immutable Java records. They are compared with {@code equals}: the
 * runtime skips {@link io.jalloy.component.Component#update update} when re-evaluated arguments
 * equal the current ones, and ignores a publication equal to the last one. The names {@code
 * for_each}, {@code enabled}, {@code health} and {@code debug} are reserved for the runtime and may
 * not be used as argument or export names. A component that exports nothing declares {@link
 * io.jalloy.component.NoExports}.
 *
 * <h2>Lifecycle</h2>
 * <ol>
 *   <li>The runtime checks the component's {@link io.jalloy.component.Stability} against
 *       {@code --stability.level}; a component above the allowed level is a configuration error.</li>
 *   <li>{@link io.jalloy.component.ComponentProvider#create create} builds the component from its
 *       first arguments. It should validate them and fail fast; it must not block on I/O for long.</li>
 *   <li>{@link io.jalloy.component.Component#run run} is called exactly once, on the component's
 *       own virtual thread, and blocks until its {@link io.jalloy.component.RunContext} is
 *       cancelled (or the component fails). The component cleans up before returning.</li>
 *   <li>{@link io.jalloy.component.Component#update update} may be called at any time while
 *       {@code run} runs, from the runtime's evaluation thread: components must make it safe to
 *       call concurrently with {@code run}.</li>
 * </ol>
 *
 * <h2>What the runtime gives a component</h2>
 * {@link io.jalloy.component.ComponentOptions} is fixed for the component's life: its globally
 * unique id, a logger named after it, a private data directory under {@code --storage.path}, a
 * metrics registry whose series are labelled with the component's id on {@code /metrics}, a clock,
 * and a place to register an HTTP handler served under {@code /api/v0/component/<id>/}. The
 * {@link io.jalloy.component.ExportSink} passed to {@code create} publishes new exports at any
 * time, from any thread; the runtime then re-evaluates the components that reference them.
 *
 * <h2>Health</h2>
 * The runtime tracks a component's health itself (unknown when created, healthy once evaluated and
 * running, unhealthy when evaluation fails, exited when {@code run} returns). A component that knows
 * more implements {@link io.jalloy.component.HealthReporter}; the least healthy of all reports wins.
 *
 * <h2>Registration</h2>
 * A component is registered by a {@link io.jalloy.component.ComponentProvider} listed in
 * {@code META-INF/services/io.jalloy.component.ComponentProvider}: putting its jar on the class
 * path is enough.
 */
package io.jalloy.component;
