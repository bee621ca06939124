package io.jalloy.prometheus.exporter.unix;

import io.jalloy.prometheus.exporter.unix.CollectorBlocks.Arp;
import io.jalloy.prometheus.exporter.unix.CollectorBlocks.BCache;
import io.jalloy.prometheus.exporter.unix.CollectorBlocks.Cpu;
import io.jalloy.prometheus.exporter.unix.CollectorBlocks.Disk;
import io.jalloy.prometheus.exporter.unix.CollectorBlocks.EthTool;
import io.jalloy.prometheus.exporter.unix.CollectorBlocks.Filesystem;
import io.jalloy.prometheus.exporter.unix.CollectorBlocks.HwMon;
import io.jalloy.prometheus.exporter.unix.CollectorBlocks.Ipvs;
import io.jalloy.prometheus.exporter.unix.CollectorBlocks.Netclass;
import io.jalloy.prometheus.exporter.unix.CollectorBlocks.Netdev;
import io.jalloy.prometheus.exporter.unix.CollectorBlocks.Netstat;
import io.jalloy.prometheus.exporter.unix.CollectorBlocks.Ntp;
import io.jalloy.prometheus.exporter.unix.CollectorBlocks.Perf;
import io.jalloy.prometheus.exporter.unix.CollectorBlocks.Powersupply;
import io.jalloy.prometheus.exporter.unix.CollectorBlocks.Runit;
import io.jalloy.prometheus.exporter.unix.CollectorBlocks.Supervisord;
import io.jalloy.prometheus.exporter.unix.CollectorBlocks.Sysctl;
import io.jalloy.prometheus.exporter.unix.CollectorBlocks.Systemd;
import io.jalloy.prometheus.exporter.unix.CollectorBlocks.Tapestats;
import io.jalloy.prometheus.exporter.unix.CollectorBlocks.Textfile;
import io.jalloy.prometheus.exporter.unix.CollectorBlocks.VmStat;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import java.util.List;

/** The arguments of {@code prometheus.exporter.unix}, with Alloy's names and defaults. */
public record Arguments(
        @Attr(value = "include_exporter_metrics", optional = true) boolean includeExporterMetrics,
        @Attr(value = "procfs_path", optional = true) String procfsPath,
        @Attr(value = "sysfs_path", optional = true) String sysfsPath,
        @Attr(value = "rootfs_path", optional = true) String rootfsPath,
        @Attr(value = "udev_data_path", optional = true) String udevDataPath,
        @Attr(value = "enable_collectors", optional = true) List<String> enableCollectors,
        @Attr(value = "disable_collectors", optional = true) List<String> disableCollectors,
        @Attr(value = "set_collectors", optional = true) List<String> setCollectors,
        @Block(value = "arp", optional = true) Arp arp,
        @Block(value = "bcache", optional = true) BCache bcache,
        @Block(value = "cpu", optional = true) Cpu cpu,
        @Block(value = "disk", optional = true) Disk disk,
        @Block(value = "ethtool", optional = true) EthTool ethtool,
        @Block(value = "filesystem", optional = true) Filesystem filesystem,
        @Block(value = "hwmon", optional = true) HwMon hwmon,
        @Block(value = "ipvs", optional = true) Ipvs ipvs,
        @Block(value = "ntp", optional = true) Ntp ntp,
        @Block(value = "netclass", optional = true) Netclass netclass,
        @Block(value = "netdev", optional = true) Netdev netdev,
        @Block(value = "netstat", optional = true) Netstat netstat,
        @Block(value = "perf", optional = true) Perf perf,
        @Block(value = "powersupply", optional = true) Powersupply powersupply,
        @Block(value = "runit", optional = true) Runit runit,
        @Block(value = "supervisord", optional = true) Supervisord supervisord,
        @Block(value = "sysctl", optional = true) Sysctl sysctl,
        @Block(value = "systemd", optional = true) Systemd systemd,
        @Block(value = "tapestats", optional = true) Tapestats tapestats,
        @Block(value = "textfile", optional = true) Textfile textfile,
        @Block(value = "vmstat", optional = true) VmStat vmstat) {

    public Arguments {
        enableCollectors = List.copyOf(enableCollectors);
        disableCollectors = List.copyOf(disableCollectors);
        setCollectors = List.copyOf(setCollectors);
    }

    public static Arguments defaults() {
        return new Arguments(false, "/proc", "/sys", "/", "/run/udev/data", List.of(), List.of(), List.of(),
                Arp.defaults(), BCache.defaults(), Cpu.defaults(), Disk.defaults(), EthTool.defaults(),
                Filesystem.defaults(), HwMon.defaults(), Ipvs.defaults(), Ntp.defaults(), Netclass.defaults(),
                Netdev.defaults(), Netstat.defaults(), Perf.defaults(), Powersupply.defaults(), Runit.defaults(),
                Supervisord.defaults(), Sysctl.defaults(), Systemd.defaults(), Tapestats.defaults(), Textfile.defaults(),
                VmStat.defaults());
    }
}
