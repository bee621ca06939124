package io.jalloy.runtime;

import java.util.List;
import java.util.Optional;

/**
 * The running components, as the HTTP server sees them (Alloy's {@code component.Provider}).
 * Implemented by the controller. Called from HTTP threads: implementations take a consistent
 * snapshot and never block on component code.
 */
public interface ComponentInfoProvider {

    /** The components of module {@code moduleId} ({@code ""} for the root config), in a stable order. */
    List<ComponentInfo> listComponents(String moduleId);

    /** One component by module and local id. */
    Optional<ComponentInfo> component(String moduleId, String localId);

    /** Every component of every module (what {@code /-/healthy} checks). Defaults to the root module. */
    default List<ComponentInfo> allComponents() {
        return listComponents("");
    }

    /**
     * Splits {@code "MODULE/LOCAL"} at its last slash, as Alloy's {@code ParseID} does, and looks
     * the component up.
     */
    default Optional<ComponentInfo> component(String globalId) {
        int slash = globalId.lastIndexOf('/');
        return slash < 0
                ? component("", globalId)
                : component(globalId.substring(0, slash), globalId.substring(slash + 1));
    }
}
