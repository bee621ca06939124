package io.jalloy.runtime;

import io.jalloy.component.ComponentHandler;
import io.jalloy.component.Health;
import java.util.List;
import java.util.Objects;

/**
 * A snapshot of one component for the HTTP API and {@code /-/healthy} (Alloy's
 * {@code component.Info}).
 *
 * @param componentName the block name, such as {@code local.file}
 * @param moduleId the module the component runs in, {@code ""} for the root config
 * @param localId the id within its module, such as {@code local.file.secrets}
 * @param label the block label, {@code ""} for unlabelled blocks
 * @param referencesTo ids (same module) this component's arguments reference
 * @param referencedBy ids (same module) whose arguments reference this component
 * @param health the current health
 * @param arguments the current arguments record, null before the first successful evaluation
 * @param exports the current exports record, null before the first publication
 * @param handler the component's HTTP handler, null when it registered none
 */
public record ComponentInfo(
        String componentName,
        String moduleId,
        String localId,
        String label,
        List<String> referencesTo,
        List<String> referencedBy,
        Health health,
        Object arguments,
        Object exports,
        ComponentHandler handler) {

    public ComponentInfo {
        Objects.requireNonNull(componentName, "componentName");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(localId, "localId");
        label = label == null ? "" : label;
        referencesTo = List.copyOf(referencesTo);
        referencedBy = List.copyOf(referencedBy);
        Objects.requireNonNull(health, "health");
    }

    /** {@code localId}, or {@code moduleId/localId} inside a module. */
    public String globalId() {
        return moduleId.isEmpty() ? localId : moduleId + "/" + localId;
    }

    /** A copy with the dependency edges the controller knows about. */
    public ComponentInfo withReferences(List<String> to, List<String> by) {
        return new ComponentInfo(componentName, moduleId, localId, label, to, by, health, arguments, exports, handler);
    }
}
