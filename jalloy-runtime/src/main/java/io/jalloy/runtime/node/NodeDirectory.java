package io.jalloy.runtime.node;

import io.jalloy.runtime.ComponentInfo;
import io.jalloy.runtime.ComponentInfoProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The running nodes of every module, with their dependency edges, as the HTTP server sees them.
 * The controller puts and removes nodes from its evaluation thread; HTTP threads read. Both maps
 * are concurrent, so readers never wait: a listing reflects some moment of each module.
 */
public final class NodeDirectory implements ComponentInfoProvider {

    private record Entry(BuiltinNode<?, ?> node, List<String> referencesTo, List<String> referencedBy) {}

    /** Module id → local id → entry, both sorted so listings are stable. */
    private final Map<String, Map<String, Entry>> modules = new ConcurrentSkipListMap<>();

    /** Adds or replaces {@code node}, with the local ids it references and is referenced by. */
    public void put(BuiltinNode<?, ?> node, List<String> referencesTo, List<String> referencedBy) {
        String module = node.info().moduleId();
        modules.computeIfAbsent(module, m -> new ConcurrentSkipListMap<>())
                .put(node.localId(), new Entry(node, List.copyOf(referencesTo), List.copyOf(referencedBy)));
    }

    /** Forgets the node with this module and local id, if present. */
    public void remove(String moduleId, String localId) {
        Map<String, Entry> module = modules.get(moduleId);
        if (module != null) {
            module.remove(localId);
        }
    }

    @Override
    public List<ComponentInfo> listComponents(String moduleId) {
        Map<String, Entry> module = modules.get(moduleId);
        if (module == null) {
            return List.of();
        }
        List<ComponentInfo> out = new ArrayList<>(module.size());
        for (Entry e : module.values()) {
            out.add(info(e));
        }
        return out;
    }

    @Override
    public Optional<ComponentInfo> component(String moduleId, String localId) {
        Map<String, Entry> module = modules.get(moduleId);
        Entry e = module == null ? null : module.get(localId);
        return e == null ? Optional.empty() : Optional.of(info(e));
    }

    @Override
    public List<ComponentInfo> allComponents() {
        List<ComponentInfo> out = new ArrayList<>();
        for (String module : modules.keySet()) {
            out.addAll(listComponents(module));
        }
        return out;
    }

    private static ComponentInfo info(Entry e) {
        return e.node().info().withReferences(e.referencesTo(), e.referencedBy());
    }
}
