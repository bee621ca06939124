package io.jalloy.runtime.registry;

import java.util.Set;

/** The rules a component name must follow, with Alloy's wording when it does not. */
final class ComponentNames {

    private ComponentNames() {}

    /** Checks {@code name} on its own and against the names already registered. */
    static void validate(String name, Set<String> registered) {
        if (registered.contains(name)) {
            throw new InvalidRegistrationException("Component name \"" + name + "\" already registered");
        }
        String problem = identifierProblem(name);
        if (problem != null) {
            throw new InvalidRegistrationException("invalid component name \"" + name + "\": " + problem);
        }
        // Compare whole segments: "remote" and "remote.http" cannot both be blocks.
        String dotted = name + ".";
        for (String other : registered) {
            String otherDotted = other + ".";
            if (otherDotted.startsWith(dotted) || dotted.startsWith(otherDotted)) {
                throw new InvalidRegistrationException(
                        "\"" + name + "\" cannot be used because it is incompatible with \"" + other + "\"");
            }
        }
    }

    private static String identifierProblem(String name) {
        int start = 0;
        while (true) {
            int dot = name.indexOf('.', start);
            String part = dot < 0 ? name.substring(start) : name.substring(start, dot);
            if (part.isEmpty()) {
                return "found empty identifier";
            }
            if (!isIdentifier(part)) {
                return "identifier \"" + part + "\" is not valid";
            }
            if (dot < 0) {
                return null;
            }
            start = dot + 1;
        }
    }

    private static boolean isIdentifier(String part) {
        if (!isAsciiLetter(part.charAt(0))) {
            return false;
        }
        for (int i = 1; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
