package io.jalloy.common.http;

import java.util.List;

/** Alloy's TLS version names ({@code TLS10} ... {@code TLS13}) and the JSSE protocols they mean. */
public final class TlsVersions {
    private static final List<String> NAMES = List.of("TLS10", "TLS11", "TLS12", "TLS13");
    private static final List<String> PROTOCOLS = List.of("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3");

    private TlsVersions() {}

    /** The JSSE protocol for an Alloy version name, or null when the name is unknown. */
    public static String protocol(String name) {
        int index = NAMES.indexOf(name);
        return index < 0 ? null : PROTOCOLS.get(index);
    }

    /** The JSSE protocols at or above {@code minimum}, newest first. */
    public static String[] atLeast(String minimum) {
        int from = NAMES.indexOf(minimum);
        List<String> allowed = PROTOCOLS.subList(Math.max(from, 0), PROTOCOLS.size());
        return allowed.reversed().toArray(String[]::new);
    }
}
