package io.jalloy.remote.s3;

import java.util.HashMap;
import java.util.Map;

/** Sets system properties for one test and restores the previous values afterwards. */
final class SystemProperties implements AutoCloseable {
    private final Map<String, String> previous = new HashMap<>();

    static SystemProperties set(Map<String, String> values) {
        SystemProperties properties = new SystemProperties();
        values.forEach(properties::and);
        return properties;
    }

    SystemProperties and(String name, String value) {
        previous.putIfAbsent(name, System.getProperty(name));
        System.setProperty(name, value);
        return this;
    }

    @Override
    public void close() {
        previous.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }
}
