package io.jalloy.syntax.stdlib;

import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The {@code constants} object: host name, and OS and architecture named as Go names them. */
final class Constants {
    private Constants() {}

    static ObjectValue object(String version) {
        Map<String, Value> m = new LinkedHashMap<>();
        m.put("hostname", StringValue.of(hostname()));
        m.put("os", StringValue.of(goos(System.getProperty("os.name", ""))));
        m.put("arch", StringValue.of(goarch(System.getProperty("os.arch", ""))));
        m.put("version", StringValue.of(normalizeVersion(version)));
        return new ObjectValue(m);
    }

    /** Like Go's os.Hostname: the kernel's node name, or "" when it cannot be read. */
    static String hostname() {
        try {
            Path p = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(p)) {
                return Files.readString(p).trim();
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    static String goos(String osName) {
        String n = osName.toLowerCase(Locale.ROOT);
        if (n.startsWith("linux")) {
            return "linux";
        } else if (n.startsWith("mac") || n.startsWith("darwin")) {
            return "darwin";
        } else if (n.startsWith("windows")) {
            return "windows";
        }
        return n.replace(" ", "");
    }

    static String goarch(String osArch) {
        return switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            case "x86", "i386", "i486", "i586", "i686" -> "386";
            case "ppc64le" -> "ppc64le";
            case "s390x" -> "s390x";
            case "riscv64" -> "riscv64";
            case "arm", "arm32" -> "arm";
            default -> osArch;
        };
    }

    /** Alloy's version normalisation: trimmed, "v"-prefixed when it looks semantic, v0.0.0 when empty. */
    static String normalizeVersion(String version) {
        String v = version.trim();
        if (v.isEmpty()) {
            return "v0.0.0";
        }
        String bare = v.startsWith("v") ? v.substring(1) : v;
        return !bare.isEmpty() && Character.isDigit(bare.charAt(0)) ? "v" + bare : v;
    }
}
