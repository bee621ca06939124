package io.jalloy.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jalloy.component.Health;
import io.jalloy.component.HealthState;
import io.jalloy.component.Stability;
import io.jalloy.runtime.ComponentInfo;
import io.jalloy.runtime.ComponentInfoProvider;
import io.jalloy.runtime.metrics.ProcessMetrics;
import io.jalloy.runtime.node.BuiltinNode;
import io.jalloy.runtime.node.NodeGlobals;
import io.jalloy.runtime.render.BodyEncoder;
import io.jalloy.runtime.testcomponents.CounterProvider;
import io.jalloy.syntax.value.Secret;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real HTTP calls to a server bound to 127.0.0.1 on a free port. */
class RuntimeHttpServerTest {

    private static final Instant T = Instant.parse("2026-11-24T10:00:00.120Z");

    /** Arguments holding a secret, to check the API hides it. */
    record Login(String username, Secret password) {}

    @TempDir
    Path data;

    private final ProcessMetrics metrics = new ProcessMetrics(true);
    private final AtomicBoolean ready = new AtomicBoolean(false);
    private final AtomicReference<Exception> reloadFailure = new AtomicReference<>();
    private final List<ComponentInfo> extra = new ArrayList<>();
    private BuiltinNode<CounterProvider.Arguments, CounterProvider.Exports> counter;
    private RuntimeHttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        NodeGlobals globals = new NodeGlobals(data, Clock.systemUTC(), Stability.GENERALLY_AVAILABLE,
                metrics.components(), "", n -> {});
        counter = new BuiltinNode<>(globals, new CounterProvider(), "testcomponents.counter.main", "main");
        counter.evaluate(new CounterProvider.Arguments(41, Duration.ofHours(1), false));
        counter.start();
        ComponentInfoProvider provider = new ComponentInfoProvider() {
            @Override
            public List<ComponentInfo> listComponents(String moduleId) {
                List<ComponentInfo> all = new ArrayList<>();
                all.add(counter.info().withReferences(List.of(), List.of("local.file.b")));
                all.addAll(extra);
                return all.stream().filter(c -> c.moduleId().equals(moduleId)).toList();
            }

            @Override
            public Optional<ComponentInfo> component(String moduleId, String localId) {
                return listComponents(moduleId).stream().filter(c -> c.localId().equals(localId)).findFirst();
            }

            @Override
            public List<ComponentInfo> allComponents() {
                List<ComponentInfo> all = new ArrayList<>(listComponents(""));
                extra.stream().filter(c -> !c.moduleId().isEmpty()).forEach(all::add);
                return all;
            }
        };
        server = new RuntimeHttpServer(new HttpServerOptions("127.0.0.1:0", "/"), provider, metrics.root(),
                ready::get, () -> {
                    Exception e = reloadFailure.get();
                    if (e != null) {
                        throw e;
                    }
                }, BodyEncoder.standard());
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
        counter.stop(Duration.ofSeconds(5));
        counter.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readyAnswers503UntilTheConfigIsLoadedThen200() throws Exception {
        HttpResponse<String> before = get("/-/ready");
        assertThat(before.statusCode()).isEqualTo(503);
        assertThat(before.body()).isEqualTo("Alloy is not ready.\n");
        ready.set(true);
        HttpResponse<String> after = get("/-/ready");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).isEqualTo("Alloy is ready.\n");
    }

    @Test
    void healthyIs200WhenNoComponentIsUnhealthyAnd500NamingThemOtherwise() throws Exception {
        HttpResponse<String> ok = get("/-/healthy");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("All Alloy components are healthy.\n");

        extra.add(info("math.add", "", "math.add.a", new Health(HealthState.UNHEALTHY, "bad", T)));
        extra.add(info("local.file", "module.file.m", "local.file.x", new Health(HealthState.UNHEALTHY, "bad", T)));
        extra.add(info("local.file", "", "local.file.y", new Health(HealthState.EXITED, "gone", T)));
        HttpResponse<String> bad = get("/-/healthy");
        assertThat(bad.statusCode()).isEqualTo(500);
        assertThat(bad.body()).isEqualTo("unhealthy components: math.add, local.file\n");
    }

    @Test
    void reloadCallsTheHookAndReportsItsFailureAs400() throws Exception {
        HttpResponse<String> ok = send("POST", "/-/reload");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("config reloaded\n");
        reloadFailure.set(new IllegalStateException("main.alloy:1:1: bad config"));
        HttpResponse<String> bad = get("/-/reload");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).isEqualTo("main.alloy:1:1: bad config\n");
        assertThat(send("PUT", "/-/reload").statusCode()).isEqualTo(405);
    }

    @Test
    void metricsServeJvmAndComponentSeriesInPrometheusText() throws Exception {
        io.prometheus.metrics.core.metrics.Counter.builder().name("jalloy_test_total").register(metrics.root()).inc();
        HttpResponse<String> res = get("/metrics");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("content-type")).get().asString().startsWith("text/plain");
        assertThat(res.body()).contains("jvm_memory_used_bytes")
                .contains("jalloy_test_total 1.0")
                .contains("testcomponents_counter_ticks_total{component_id=\"testcomponents.counter.main\",component_path=\"/\"} 0.0");
    }

    @Test
    void componentRoutesReachTheComponentsHandlerWithTheRelativePath() throws Exception {
        HttpResponse<String> res = get("/api/v0/component/testcomponents.counter.main/count");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).isEqualTo("41");
        assertThat(get("/api/v0/component/testcomponents.counter.main/other").body()).isEqualTo("no route /other");
        assertThat(get("/api/v0/component/local.file.none/count").statusCode()).isEqualTo(404);
    }

    @Test
    void componentListHasAlloysFieldsAndEmptyBodies() throws Exception {
        HttpResponse<String> res = get("/api/v0/web/components");
        assertThat(res.statusCode()).isEqualTo(200);
        JsonNode list = new ObjectMapper().readTree(res.body());
        assertThat(list).hasSize(1);
        JsonNode c = list.get(0);
        assertThat(fieldNames(c)).containsExactly("name", "type", "localID", "moduleID", "label", "referencesTo",
                "referencedBy", "health", "original", "arguments", "exports", "debugInfo", "liveDebuggingEnabled");
        assertThat(c.get("name").asText()).isEqualTo("testcomponents.counter");
        assertThat(c.get("type").asText()).isEqualTo("block");
        assertThat(c.get("localID").asText()).isEqualTo("testcomponents.counter.main");
        assertThat(c.get("moduleID").asText()).isEmpty();
        assertThat(c.get("label").asText()).isEqualTo("main");
        assertThat(c.get("referencedBy").get(0).asText()).isEqualTo("local.file.b");
        assertThat(c.get("health").get("state").asText()).isEqualTo("healthy");
        assertThat(fieldNames(c.get("health"))).containsExactly("state", "message", "updatedTime");
        assertThat(c.get("arguments")).isEmpty();
        assertThat(c.get("exports")).isEmpty();
    }

    @Test
    void componentDetailRendersArgumentsAndExportsAsTypedAlloyValuesLeavingOutDefaults() throws Exception {
        JsonNode c = new ObjectMapper().readTree(get("/api/v0/web/components/testcomponents.counter.main").body());
        assertThat(c.get("arguments").toString()).isEqualTo("["
                + "{\"name\":\"start\",\"type\":\"attr\",\"value\":{\"type\":\"number\",\"value\":41}},"
                + "{\"name\":\"frequency\",\"type\":\"attr\",\"value\":{\"type\":\"string\",\"value\":\"1h0m0s\"}}]");
        assertThat(c.get("exports").toString()).isEqualTo(
                "[{\"name\":\"count\",\"type\":\"attr\",\"value\":{\"type\":\"number\",\"value\":41}}]");
        assertThat(get("/api/v0/web/components/nope.nope").statusCode()).isEqualTo(404);
        assertThat(get("/api/v0/web/components/nope.nope").body()).isEqualTo("404 page not found\n");
    }

    @Test
    void secretsRenderAsSecretAndHealthTimesAsRfc3339() throws Exception {
        extra.add(new ComponentInfo("remote.login", "", "remote.login.x", "x", List.of(), List.of(),
                new Health(HealthState.HEALTHY, "ok", T), new Login("admin", new Secret("hunter2")), null, null));
        String body = get("/api/v0/web/components/remote.login.x").body();
        assertThat(body).doesNotContain("hunter2")
                .contains("{\"name\":\"password\",\"type\":\"attr\",\"value\":{\"type\":\"capsule\",\"value\":\"(secret)\"}}")
                .contains("\"updatedTime\":\"2026-11-24T10:00:00.12Z\"");
    }

    @Test
    void moduleComponentsAreListedUnderTheirModule() throws Exception {
        extra.add(info("local.file", "module.file.m", "local.file.x", new Health(HealthState.HEALTHY, "", T)));
        JsonNode list = new ObjectMapper().readTree(get("/api/v0/web/modules/module.file.m/components").body());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("moduleID").asText()).isEqualTo("module.file.m");
        assertThat(get("/api/v0/web/components/module.file.m/local.file.x").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPathsAre404() throws Exception {
        HttpResponse<String> res = get("/nothing/here");
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).isEqualTo("404 page not found\n");
    }

    private static ComponentInfo info(String name, String module, String localId, Health health) {
        return new ComponentInfo(name, module, localId, "", List.of(), List.of(), health, null, null, null);
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
