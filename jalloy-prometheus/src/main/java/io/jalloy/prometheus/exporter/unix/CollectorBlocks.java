package io.jalloy.prometheus.exporter.unix;

import io.jalloy.syntax.decode.Attr;
import java.time.Duration;
import java.util.List;

/**
 * The per-collector blocks of {@code prometheus.exporter.unix}, with Alloy's attribute names. Only
 * the cpu, disk, filesystem, netdev and vmstat blocks affect collectors Jalloy implements; the
 * others are accepted so that configurations written for Alloy load.
 */
public final class CollectorBlocks {
    private CollectorBlocks() {}

    /** {@code arp}. */
    public record Arp(@Attr(value = "device_exclude", optional = true) String deviceExclude,
                      @Attr(value = "device_include", optional = true) String deviceInclude,
                      @Attr(value = "netlink", optional = true) boolean netlink) {
        public static Arp defaults() {
            return new Arp("", "", false);
        }
    }

    /** {@code bcache}. */
    public record BCache(@Attr(value = "priority_stats", optional = true) boolean priorityStats) {
        public static BCache defaults() {
            return new BCache(false);
        }
    }

    /** {@code cpu}. */
    public record Cpu(@Attr(value = "bugs_include", optional = true) String bugsInclude,
                      @Attr(value = "guest", optional = true) boolean guest,
                      @Attr(value = "info", optional = true) boolean info,
                      @Attr(value = "flags_include", optional = true) String flagsInclude) {
        public static Cpu defaults() {
            return new Cpu("", false, false, "");
        }
    }

    /** {@code disk}. */
    public record Disk(@Attr(value = "device_exclude", optional = true) String deviceExclude,
                       @Attr(value = "device_include", optional = true) String deviceInclude) {
        /** node_exporter's default exclusion of partitions and virtual devices. */
        public static final String DEFAULT_EXCLUDE = "^(z?ram|loop|fd|(h|s|v|xv)d[a-z]|nvme\\d+n\\d+p)\\d+$";

        public static Disk defaults() {
            return new Disk(DEFAULT_EXCLUDE, "");
        }
    }

    /** {@code ethtool}. */
    public record EthTool(@Attr(value = "device_exclude", optional = true) String deviceExclude,
                          @Attr(value = "device_include", optional = true) String deviceInclude,
                          @Attr(value = "metrics_include", optional = true) String metricsInclude) {
        public static EthTool defaults() {
            return new EthTool("", "", ".*");
        }
    }

    /** {@code filesystem}. */
    public record Filesystem(@Attr(value = "fs_types_exclude", optional = true) String fsTypesExclude,
                             @Attr(value = "mount_points_exclude", optional = true) String mountPointsExclude,
                             @Attr(value = "mount_timeout", optional = true) Duration mountTimeout) {
        public static final String DEFAULT_MOUNT_POINTS_EXCLUDE =
                "^/(dev|proc|run/credentials/.+|sys|var/lib/docker/.+)($|/)";
        public static final String DEFAULT_FS_TYPES_EXCLUDE = "^(autofs|binfmt_misc|bpf|cgroup2?|configfs|debugfs|"
                + "devpts|devtmpfs|fusectl|hugetlbfs|iso9660|mqueue|nsfs|overlay|proc|procfs|pstore|rpc_pipefs|"
                + "securityfs|selinuxfs|squashfs|sysfs|tracefs)$";

        public static Filesystem defaults() {
            return new Filesystem(DEFAULT_FS_TYPES_EXCLUDE, DEFAULT_MOUNT_POINTS_EXCLUDE, Duration.ofSeconds(5));
        }
    }

    /** {@code hwmon}. */
    public record HwMon(@Attr(value = "chip_exclude", optional = true) String chipExclude,
                        @Attr(value = "chip_include", optional = true) String chipInclude) {
        public static HwMon defaults() {
            return new HwMon("", "");
        }
    }

    /** {@code ipvs}. */
    public record Ipvs(@Attr(value = "backend_labels", optional = true) List<String> backendLabels) {
        public static Ipvs defaults() {
            return new Ipvs(List.of());
        }
    }

    /** {@code ntp}. */
    public record Ntp(@Attr(value = "ip_ttl", optional = true) int ipTtl,
                      @Attr(value = "local_offset_tolerance", optional = true) Duration localOffsetTolerance,
                      @Attr(value = "max_distance", optional = true) Duration maxDistance,
                      @Attr(value = "protocol_version", optional = true) int protocolVersion,
                      @Attr(value = "server", optional = true) String server,
                      @Attr(value = "server_is_local", optional = true) boolean serverIsLocal) {
        public static Ntp defaults() {
            return new Ntp(1, Duration.ofMillis(1), Duration.ofNanos(3_466_080_000L), 4, "127.0.0.1", false);
        }
    }

    /** {@code netclass}. */
    public record Netclass(@Attr(value = "ignore_invalid_speed_device", optional = true) boolean ignoreInvalidSpeedDevice,
                           @Attr(value = "ignored_devices", optional = true) String ignoredDevices) {
        public static Netclass defaults() {
            return new Netclass(false, "^$");
        }
    }

    /** {@code netdev}. */
    public record Netdev(@Attr(value = "address_info", optional = true) boolean addressInfo,
                         @Attr(value = "device_exclude", optional = true) String deviceExclude,
                         @Attr(value = "device_include", optional = true) String deviceInclude) {
        public static Netdev defaults() {
            return new Netdev(false, "", "");
        }
    }

    /** {@code netstat}. */
    public record Netstat(@Attr(value = "fields", optional = true) String fields) {
        public static Netstat defaults() {
            return new Netstat("^(.*_(InErrors|InErrs)|Ip_Forwarding|Ip(6|Ext)_(InOctets|OutOctets)|Icmp6?_(InMsgs|OutMsgs)"
                    + "|TcpExt_(Listen.*|Syncookies.*|TCPSynRetrans|TCPTimeouts)|Tcp_(ActiveOpens|InSegs|OutSegs|OutRsts"
                    + "|PassiveOpens|RetransSegs|CurrEstab)|Udp6?_(InDatagrams|OutDatagrams|NoPorts|RcvbufErrors"
                    + "|SndbufErrors))$");
        }
    }

    /** {@code perf}. */
    public record Perf(@Attr(value = "cpus", optional = true) String cpus,
                       @Attr(value = "tracepoint", optional = true) List<String> tracepoint,
                       @Attr(value = "disable_hardware_profilers", optional = true) boolean disableHardwareProfilers,
                       @Attr(value = "disable_software_profilers", optional = true) boolean disableSoftwareProfilers,
                       @Attr(value = "disable_cache_profilers", optional = true) boolean disableCacheProfilers,
                       @Attr(value = "hardware_profilers", optional = true) List<String> hardwareProfilers,
                       @Attr(value = "software_profilers", optional = true) List<String> softwareProfilers,
                       @Attr(value = "cache_profilers", optional = true) List<String> cacheProfilers) {
        public static Perf defaults() {
            return new Perf("", List.of(), false, false, false, List.of(), List.of(), List.of());
        }
    }

    /** {@code powersupply}. */
    public record Powersupply(@Attr(value = "ignored_supplies", optional = true) String ignoredSupplies) {
        public static Powersupply defaults() {
            return new Powersupply("^$");
        }
    }

    /** {@code runit}. */
    public record Runit(@Attr(value = "service_dir", optional = true) String serviceDir) {
        public static Runit defaults() {
            return new Runit("/etc/service");
        }
    }

    /** {@code supervisord}. */
    public record Supervisord(@Attr(value = "url", optional = true) String url) {
        public static Supervisord defaults() {
            return new Supervisord("http://localhost:9001/RPC2");
        }
    }

    /** {@code sysctl}. */
    public record Sysctl(@Attr(value = "include", optional = true) List<String> include,
                         @Attr(value = "include_info", optional = true) List<String> includeInfo) {
        public static Sysctl defaults() {
            return new Sysctl(List.of(), List.of());
        }
    }

    /** {@code systemd}. */
    public record Systemd(@Attr(value = "enable_restarts", optional = true) boolean enableRestarts,
                          @Attr(value = "start_time", optional = true) boolean startTime,
                          @Attr(value = "task_metrics", optional = true) boolean taskMetrics,
                          @Attr(value = "unit_exclude", optional = true) String unitExclude,
                          @Attr(value = "unit_include", optional = true) String unitInclude) {
        public static Systemd defaults() {
            return new Systemd(false, false, false, ".+\\.(automount|device|mount|scope|slice)", ".+");
        }
    }

    /** {@code tapestats}. */
    public record Tapestats(@Attr(value = "ignored_devices", optional = true) String ignoredDevices) {
        public static Tapestats defaults() {
            return new Tapestats("^$");
        }
    }

    /** {@code textfile}. */
    public record Textfile(@Attr(value = "directory", optional = true) String directory) {
        public static Textfile defaults() {
            return new Textfile("");
        }
    }

    /** {@code vmstat}. */
    public record VmStat(@Attr(value = "fields", optional = true) String fields) {
        public static VmStat defaults() {
            return new VmStat("^(oom_kill|pgpg|pswp|pg.*fault).*");
        }
    }
}
