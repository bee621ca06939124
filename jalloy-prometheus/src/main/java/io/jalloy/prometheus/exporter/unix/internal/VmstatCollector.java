package io.jalloy.prometheus.exporter.unix.internal;

import com.google.re2j.Pattern;
import java.io.IOException;
import java.util.List;

/** node_exporter's {@code vmstat}: the /proc/vmstat fields matching {@code vmstat { fields }}, untyped. */
final class VmstatCollector implements Collector {
    private final Pattern fields;

    VmstatCollector(String fields) {
        this.fields = Pattern.compile(fields);
    }

    @Override
    public String name() {
        return "vmstat";
    }

    @Override
    public void collect(SystemPaths paths, MetricText out) throws IOException {
        for (String line : Fields.lines(paths.proc().resolve("vmstat"))) {
            List<String> f = Fields.split(line);
            if (f.size() == 2 && fields.matcher(f.get(0)).find()) {
                out.add("node_vmstat_" + f.get(0), "/proc/vmstat information field " + f.get(0) + ".", "untyped",
                        Double.parseDouble(f.get(1)));
            }
        }
    }
}
