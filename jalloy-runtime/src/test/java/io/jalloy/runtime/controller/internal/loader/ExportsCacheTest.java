package io.jalloy.runtime.controller.internal.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.vm.Scope;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExportsCacheTest {

    private static Value at(Scope scope, String... path) {
        Value v = scope.lookup(path[0]);
        for (int i = 1; i < path.length && v != null; i++) {
            v = ((ObjectValue) v).get(path[i]);
        }
        return v;
    }

    private static ObjectValue exports(String key, String value) {
        return new ObjectValue(Map.of(key, new StringValue(value)));
    }

    @Test
    void componentExportsAppearAsNestedObjectsBehindTheGlobals() {
        ExportsCache cache = new ExportsCache(Scope.root(Map.of("sys", new StringValue("stdlib"))));
        cache.put("prometheus.scrape.a", exports("targets", "x"));
        cache.put("prometheus.relabel.b", exports("receiver", "y"));
        Scope s = cache.scope();
        assertThat(at(s, "prometheus", "scrape", "a", "targets")).isEqualTo(new StringValue("x"));
        assertThat(at(s, "prometheus", "relabel", "b", "receiver")).isEqualTo(new StringValue("y"));
        assertThat(s.lookup("sys")).isEqualTo(new StringValue("stdlib"));
    }

    @Test
    void equalExportsAreNotAChange() {
        ExportsCache cache = new ExportsCache(Scope.empty());
        assertThat(cache.put("a.b.c", exports("v", "1"))).isTrue();
        assertThat(cache.put("a.b.c", exports("v", "1"))).isFalse();
        assertThat(cache.put("a.b.c", exports("v", "2"))).isTrue();
    }

    @Test
    void newExportsRebuildOnlyTheirOwnPath() {
        ExportsCache cache = new ExportsCache(Scope.empty());
        cache.put("a.x.one", exports("v", "1"));
        cache.put("b.y.two", exports("v", "2"));
        Value before = at(cache.scope(), "b");
        cache.put("a.x.one", new ObjectValue(Map.of("v", NumberValue.ofInt(3))));
        assertThat(at(cache.scope(), "b")).isSameAs(before);
        assertThat(at(cache.scope(), "a", "x", "one", "v")).isEqualTo(NumberValue.ofInt(3));
    }

    @Test
    void retainingForgetsRemovedComponents() {
        ExportsCache cache = new ExportsCache(Scope.empty());
        cache.put("a.x.one", exports("v", "1"));
        cache.put("a.x.two", exports("v", "2"));
        cache.retain(Set.of("a.x.two"));
        assertThat(at(cache.scope(), "a", "x", "one")).isNull();
        assertThat(at(cache.scope(), "a", "x", "two", "v")).isEqualTo(new StringValue("2"));
    }

    @Test
    void inheritedObjectsMergeWithTheTreeButTheStandardLibraryIsShadowed() {
        ExportsCache cache = new ExportsCache(Scope.root(Map.of("sys", exports("env", "stdlib"))));
        cache.setInherited(Map.of("test", new ObjectValue(Map.of("outer", exports("v", "out")))));
        cache.put("test.inner.x", exports("v", "in"));
        cache.put("sys.comp.y", exports("v", "component"));
        Scope s = cache.scope();
        assertThat(at(s, "test", "outer", "v")).isEqualTo(new StringValue("out"));
        assertThat(at(s, "test", "inner", "x", "v")).isEqualTo(new StringValue("in"));
        assertThat(at(s, "sys", "env")).isNull();
        assertThat(at(s, "sys", "comp", "y", "v")).isEqualTo(new StringValue("component"));
    }
}
