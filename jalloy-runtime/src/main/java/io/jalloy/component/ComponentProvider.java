package io.jalloy.component;

/**
 * Registers one component type (Alloy's {@code component.Registration}). Implementations are
 * found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/io.jalloy.component.ComponentProvider}. A provider must have a public
 * no-argument constructor and be stateless; the runtime may call it from any thread.
 *
 * @param <A> the arguments record
 * @param <E> the exports record, {@link NoExports} when the component exports nothing
 */
public interface ComponentProvider<A extends Record, E extends Record> {

    /**
     * The block name, such as {@code local.file}: period-separated identifiers, each an ASCII letter
     * followed by letters, digits or underscores. No name may be a whole-segment prefix of another.
     */
    String name();

    /**
     * How stable the component is; checked against {@code --stability.level}. A community component
     * may return null: it is not subject to stability levels.
     */
    Stability stability();

    /**
     * Whether the component is maintained by the community rather than by the project: such
     * components need {@code --feature.community-components.enabled} and skip the stability check.
     */
    default boolean community() {
        return false;
    }

    /** The arguments record the block body decodes into. */
    Class<A> argumentsType();

    /** The exports record, {@code NoExports.class} when there are none. */
    Class<E> exportsType();

    /**
     * Builds the component from its first arguments. Publishing initial exports through {@code
     * exports} during creation is allowed and common. Throwing is a configuration error reported on
     * the block ("building component: ...").
     */
    Component<A> create(ComponentOptions options, A arguments, ExportSink<E> exports) throws Exception;
}
