package io.jalloy.cli.docexamples;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.Stability;
import io.jalloy.loki.api.LogsReceiver;
import io.jalloy.prometheus.api.MetricsReceiver;
import io.jalloy.syntax.decode.Attr;
import java.util.List;
import java.util.Map;

/**
 * TEST-ONLY stand-ins for Alloy components Jalloy does not implement, so a documentation block that
 * reads one (e.g. {@code targets = discovery.kubernetes.pods.targets}) can be validated on its own.
 * A placeholder exports the shapes Alloy's components export under these names: {@code targets}
 * (a list of targets), {@code receiver} and {@code logs_receiver} (a receiver taking logs and
 * metrics), {@code data} (the map given as the argument of the same name) and {@code content}.
 * It never runs. Each kind is one subclass below, registered in {@code META-INF/services}: the
 * service loader needs a class per name. Implementing one of these kinds for real makes the
 * registry refuse the duplicate name, which is the reminder to drop its placeholder.
 */
public abstract class PlaceholderComponent
        implements ComponentProvider<PlaceholderComponent.Args, PlaceholderComponent.Exports> {

    /**
     * @param data the map exported as {@code data} (what {@code remote.kubernetes.*} export)
     * @param redisAddr what foreach__3.alloy sets on the {@code prometheus.exporter.redis} it defines
     *     next to the scrape under test; accepted so that statement validates as a whole
     */
    public record Args(@Attr(value = "data", optional = true) Map<String, String> data,
                       @Attr(value = "redis_addr", optional = true) String redisAddr) {}

    /** The union of the export shapes doc blocks read from components Jalloy lacks. */
    public record Exports(@Attr("targets") List<Map<String, String>> targets, @Attr("receiver") AnyReceiver receiver,
                          @Attr("logs_receiver") AnyReceiver logsReceiver, @Attr("data") Map<String, String> data,
                          @Attr("content") String content) {}

    /** A receiver of either kind of telemetry; never called, since a placeholder never runs. */
    public interface AnyReceiver extends LogsReceiver, MetricsReceiver {
        @Override
        default String capsuleTypeName() {
            return "placeholder.Receiver";
        }
    }

    private final String name;

    PlaceholderComponent(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Stability stability() {
        return Stability.GENERALLY_AVAILABLE;
    }

    @Override
    public final Class<Args> argumentsType() {
        return Args.class;
    }

    @Override
    public final Class<Exports> exportsType() {
        return Exports.class;
    }

    @Override
    public final Component<Args> create(ComponentOptions options, Args arguments, ExportSink<Exports> exports) {
        throw new UnsupportedOperationException(name + " is a test placeholder: Jalloy does not implement it");
    }

    public static final class DatabaseObservabilityMysql extends PlaceholderComponent { public DatabaseObservabilityMysql() { super("database_observability.mysql"); } }
    public static final class DatabaseObservabilityPostgres extends PlaceholderComponent { public DatabaseObservabilityPostgres() { super("database_observability.postgres"); } }
    public static final class DiscoveryAws extends PlaceholderComponent { public DiscoveryAws() { super("discovery.aws"); } }
    public static final class DiscoveryAzure extends PlaceholderComponent { public DiscoveryAzure() { super("discovery.azure"); } }
    public static final class DiscoveryConsul extends PlaceholderComponent { public DiscoveryConsul() { super("discovery.consul"); } }
    public static final class DiscoveryConsulagent extends PlaceholderComponent { public DiscoveryConsulagent() { super("discovery.consulagent"); } }
    public static final class DiscoveryDigitalocean extends PlaceholderComponent { public DiscoveryDigitalocean() { super("discovery.digitalocean"); } }
    public static final class DiscoveryDns extends PlaceholderComponent { public DiscoveryDns() { super("discovery.dns"); } }
    public static final class DiscoveryDocker extends PlaceholderComponent { public DiscoveryDocker() { super("discovery.docker"); } }
    public static final class DiscoveryDockerswarm extends PlaceholderComponent { public DiscoveryDockerswarm() { super("discovery.dockerswarm"); } }
    public static final class DiscoveryEc2 extends PlaceholderComponent { public DiscoveryEc2() { super("discovery.ec2"); } }
    public static final class DiscoveryEureka extends PlaceholderComponent { public DiscoveryEureka() { super("discovery.eureka"); } }
    public static final class DiscoveryGce extends PlaceholderComponent { public DiscoveryGce() { super("discovery.gce"); } }
    public static final class DiscoveryHetzner extends PlaceholderComponent { public DiscoveryHetzner() { super("discovery.hetzner"); } }
    public static final class DiscoveryIonos extends PlaceholderComponent { public DiscoveryIonos() { super("discovery.ionos"); } }
    public static final class DiscoveryKubelet extends PlaceholderComponent { public DiscoveryKubelet() { super("discovery.kubelet"); } }
    public static final class DiscoveryKubernetes extends PlaceholderComponent { public DiscoveryKubernetes() { super("discovery.kubernetes"); } }
    public static final class DiscoveryKuma extends PlaceholderComponent { public DiscoveryKuma() { super("discovery.kuma"); } }
    public static final class DiscoveryLightsail extends PlaceholderComponent { public DiscoveryLightsail() { super("discovery.lightsail"); } }
    public static final class DiscoveryMarathon extends PlaceholderComponent { public DiscoveryMarathon() { super("discovery.marathon"); } }
    public static final class DiscoveryNerve extends PlaceholderComponent { public DiscoveryNerve() { super("discovery.nerve"); } }
    public static final class DiscoveryNomad extends PlaceholderComponent { public DiscoveryNomad() { super("discovery.nomad"); } }
    public static final class DiscoveryOpenstack extends PlaceholderComponent { public DiscoveryOpenstack() { super("discovery.openstack"); } }
    public static final class DiscoveryOvhcloud extends PlaceholderComponent { public DiscoveryOvhcloud() { super("discovery.ovhcloud"); } }
    public static final class DiscoveryProcess extends PlaceholderComponent { public DiscoveryProcess() { super("discovery.process"); } }
    public static final class DiscoveryPuppetdb extends PlaceholderComponent { public DiscoveryPuppetdb() { super("discovery.puppetdb"); } }
    public static final class DiscoveryScaleway extends PlaceholderComponent { public DiscoveryScaleway() { super("discovery.scaleway"); } }
    public static final class DiscoveryServerset extends PlaceholderComponent { public DiscoveryServerset() { super("discovery.serverset"); } }
    public static final class DiscoveryTriton extends PlaceholderComponent { public DiscoveryTriton() { super("discovery.triton"); } }
    public static final class DiscoveryUyuni extends PlaceholderComponent { public DiscoveryUyuni() { super("discovery.uyuni"); } }
    public static final class LokiSecretfilter extends PlaceholderComponent { public LokiSecretfilter() { super("loki.secretfilter"); } }
    public static final class OtelcolReceiverLoki extends PlaceholderComponent { public OtelcolReceiverLoki() { super("otelcol.receiver.loki"); } }
    public static final class OtelcolReceiverPrometheus extends PlaceholderComponent { public OtelcolReceiverPrometheus() { super("otelcol.receiver.prometheus"); } }
    public static final class PrometheusEcho extends PlaceholderComponent { public PrometheusEcho() { super("prometheus.echo"); } }
    public static final class PrometheusEnrich extends PlaceholderComponent { public PrometheusEnrich() { super("prometheus.enrich"); } }
    public static final class PrometheusExporterApache extends PlaceholderComponent { public PrometheusExporterApache() { super("prometheus.exporter.apache"); } }
    public static final class PrometheusExporterAzure extends PlaceholderComponent { public PrometheusExporterAzure() { super("prometheus.exporter.azure"); } }
    public static final class PrometheusExporterBlackbox extends PlaceholderComponent { public PrometheusExporterBlackbox() { super("prometheus.exporter.blackbox"); } }
    public static final class PrometheusExporterCadvisor extends PlaceholderComponent { public PrometheusExporterCadvisor() { super("prometheus.exporter.cadvisor"); } }
    public static final class PrometheusExporterConsul extends PlaceholderComponent { public PrometheusExporterConsul() { super("prometheus.exporter.consul"); } }
    public static final class PrometheusExporterDatabricks extends PlaceholderComponent { public PrometheusExporterDatabricks() { super("prometheus.exporter.databricks"); } }
    public static final class PrometheusExporterDnsmasq extends PlaceholderComponent { public PrometheusExporterDnsmasq() { super("prometheus.exporter.dnsmasq"); } }
    public static final class PrometheusExporterElasticsearch extends PlaceholderComponent { public PrometheusExporterElasticsearch() { super("prometheus.exporter.elasticsearch"); } }
    public static final class PrometheusExporterGithub extends PlaceholderComponent { public PrometheusExporterGithub() { super("prometheus.exporter.github"); } }
    public static final class PrometheusExporterKafka extends PlaceholderComponent { public PrometheusExporterKafka() { super("prometheus.exporter.kafka"); } }
    public static final class PrometheusExporterMemcached extends PlaceholderComponent { public PrometheusExporterMemcached() { super("prometheus.exporter.memcached"); } }
    public static final class PrometheusExporterMongodb extends PlaceholderComponent { public PrometheusExporterMongodb() { super("prometheus.exporter.mongodb"); } }
    public static final class PrometheusExporterMssql extends PlaceholderComponent { public PrometheusExporterMssql() { super("prometheus.exporter.mssql"); } }
    public static final class PrometheusExporterMysql extends PlaceholderComponent { public PrometheusExporterMysql() { super("prometheus.exporter.mysql"); } }
    public static final class PrometheusExporterOracledb extends PlaceholderComponent { public PrometheusExporterOracledb() { super("prometheus.exporter.oracledb"); } }
    public static final class PrometheusExporterPostgres extends PlaceholderComponent { public PrometheusExporterPostgres() { super("prometheus.exporter.postgres"); } }
    public static final class PrometheusExporterProcess extends PlaceholderComponent { public PrometheusExporterProcess() { super("prometheus.exporter.process"); } }
    public static final class PrometheusExporterRedis extends PlaceholderComponent { public PrometheusExporterRedis() { super("prometheus.exporter.redis"); } }
    public static final class PrometheusExporterSnmp extends PlaceholderComponent { public PrometheusExporterSnmp() { super("prometheus.exporter.snmp"); } }
    public static final class PrometheusExporterSnowflake extends PlaceholderComponent { public PrometheusExporterSnowflake() { super("prometheus.exporter.snowflake"); } }
    public static final class PrometheusExporterSquid extends PlaceholderComponent { public PrometheusExporterSquid() { super("prometheus.exporter.squid"); } }
    public static final class PrometheusExporterStatic extends PlaceholderComponent { public PrometheusExporterStatic() { super("prometheus.exporter.static"); } }
    public static final class PrometheusExporterStatsd extends PlaceholderComponent { public PrometheusExporterStatsd() { super("prometheus.exporter.statsd"); } }
    public static final class PrometheusExporterWindows extends PlaceholderComponent { public PrometheusExporterWindows() { super("prometheus.exporter.windows"); } }
    public static final class RemoteKubernetesConfigmap extends PlaceholderComponent { public RemoteKubernetesConfigmap() { super("remote.kubernetes.configmap"); } }
    public static final class RemoteKubernetesSecret extends PlaceholderComponent { public RemoteKubernetesSecret() { super("remote.kubernetes.secret"); } }
}
