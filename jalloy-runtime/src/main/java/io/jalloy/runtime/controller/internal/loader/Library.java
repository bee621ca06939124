package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a module can instantiate: declares by label, import namespaces (read when used, since an
 * import's content can change) and the {@code module_path} its body sees. Immutable.
 *
 * @param declares declare blocks by label
 * @param namespaces import labels to the library each currently provides
 * @param modulePath the directory that relative imports in this module resolve against
 */
record Library(Map<String, SourceBlock> declares, Map<String, Supplier<Library>> namespaces, String modulePath) {

    static final Library EMPTY = new Library(Map.of(), Map.of(), "");

    Library {
        declares = Map.copyOf(declares);
        namespaces = Map.copyOf(namespaces);
    }

    /** A declare found for a component name, with the library its module may use. */
    record Resolved(SourceBlock declare, Library scope) {}

    /**
     * The declare a component named {@code name} instantiates: {@code label} for a declare,
     * {@code namespace.label} for an imported one. Null when neither the declare nor the namespace
     * is known; a known namespace without the label gives a null declare.
     */
    Resolved resolve(String name) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            SourceBlock d = declares.get(name);
            return d == null ? null : new Resolved(d, this);
        }
        Supplier<Library> ns = namespaces.get(name.substring(0, dot));
        if (ns == null) {
            return null;
        }
        Library lib = ns.get();
        return new Resolved(lib.declares.get(name.substring(dot + 1)), lib);
    }

    /** Whether {@code name} is a custom component here (a declare, or any name under an import namespace). */
    boolean knows(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? declares.containsKey(name) : namespaces.containsKey(name.substring(0, dot));
    }
}
