package io.jalloy.prometheus.exporter.unix;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentResponse;
import io.jalloy.component.ExportSink;
import io.jalloy.component.RunContext;
import io.jalloy.prometheus.exporter.ExporterTargets;
import io.jalloy.prometheus.exporter.Exports;
import io.jalloy.prometheus.exporter.unix.internal.NodeCollectors;
import io.jalloy.prometheus.exporter.unix.internal.SystemPaths;
import java.util.List;

/**
 * The running {@code prometheus.exporter.unix}: serves node_exporter-compatible metrics at
 * {@code /api/v0/component/<id>/metrics} and exports one target pointing there. Requests run on
 * HTTP threads and read the collectors {@link #update} swaps in.
 */
final class UnixExporter implements Component<Arguments> {
    private volatile NodeCollectors collectors;

    UnixExporter(ComponentOptions options, Arguments args, ExportSink<Exports> exports) {
        update(args);
        options.http().register(request -> request.path().equals("/metrics")
                ? new ComponentResponse(200, "text/plain; version=0.0.4; charset=utf-8", collectors.scrape())
                : ComponentResponse.text(404, "404 page not found\n"));
        exports.publish(new Exports(List.of(ExporterTargets.of(options, "unix"))));
    }

    @Override
    public void run(RunContext ctx) throws InterruptedException {
        ctx.awaitCancellation();
    }

    @Override
    public void update(Arguments a) {
        NodeCollectors.Settings s = new NodeCollectors.Settings(a.cpu().guest(), a.vmstat().fields(),
                a.netdev().deviceInclude(), a.netdev().deviceExclude(), a.filesystem().mountPointsExclude(),
                a.filesystem().fsTypesExclude(), a.disk().deviceInclude(), a.disk().deviceExclude());
        collectors = NodeCollectors.of(a.setCollectors(), a.enableCollectors(), a.disableCollectors(), s,
                SystemPaths.of(a.procfsPath(), a.sysfsPath(), a.rootfsPath(), a.udevDataPath()));
    }

    /** The collectors that run, for tests. */
    List<String> collectorNames() {
        return collectors.names();
    }
}
