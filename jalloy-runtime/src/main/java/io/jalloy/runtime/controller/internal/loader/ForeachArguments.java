package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.value.Value;
import java.util.List;

/**
 * The arguments of a {@code foreach} block (Alloy's {@code foreach.Arguments}).
 *
 * @param collection the items, one module each
 * @param var the name the template reads its item by
 * @param id the field of object items that identifies them (instead of the whole item)
 * @param enableMetrics whether the children's metrics are published
 * @param hashStringId whether string ids are hashed rather than sanitised
 */
record ForeachArguments(
        @Attr("collection") List<Value> collection,
        @Attr("var") String var,
        @Attr(value = "id", optional = true) String id,
        @Attr(value = "enable_metrics", optional = true) boolean enableMetrics,
        @Attr(value = "hash_string_id", optional = true) boolean hashStringId) {}
