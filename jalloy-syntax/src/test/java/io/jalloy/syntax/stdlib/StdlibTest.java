package io.jalloy.syntax.stdlib;

import static io.jalloy.syntax.stdlib.V.arr;
import static io.jalloy.syntax.stdlib.V.i;
import static io.jalloy.syntax.stdlib.V.s;
import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.syntax.value.FunctionValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shape of {@link Stdlib#globals()}: namespaces, constants, deprecated aliases, injection. */
class StdlibTest {

    @Test
    void globalsHoldAlloysTopLevelIdentifiers() {
        assertThat(Stdlib.globals().keySet()).contains("constants", "coalesce", "json_path", "sys", "convert", "array",
                "encoding", "string", "file");
    }

    @Test
    void namespacesHoldTheirFunctions() {
        Map<String, Value> g = Stdlib.globals();
        assertThat(((ObjectValue) g.get("string")).fields().keySet()).containsExactly("format", "join", "replace", "split",
                "to_lower", "to_upper", "trim", "trim_prefix", "trim_suffix", "trim_space");
        assertThat(((ObjectValue) g.get("encoding")).fields().keySet()).containsExactlyInAnyOrder("from_json", "from_yaml",
                "from_base64", "from_URLbase64", "to_json", "to_base64", "to_URLbase64", "url_encode", "url_decode");
        assertThat(((ObjectValue) g.get("array")).fields().keySet()).containsExactly("concat", "combine_maps", "group_by");
        assertThat(((ObjectValue) g.get("sys")).fields().keySet()).containsExactly("env");
        assertThat(((ObjectValue) g.get("convert")).fields().keySet()).containsExactly("nonsensitive");
        assertThat(((ObjectValue) g.get("file")).fields().keySet()).containsExactly("path_join");
    }

    @Test
    void functionsAreNamedByTheirFullPath() {
        FunctionValue f = (FunctionValue) ((ObjectValue) Stdlib.globals().get("string")).get("format");
        assertThat(f.name()).isEqualTo("string.format");
    }

    @Test
    void constantsDescribeTheHostInGoTerms() {
        ObjectValue c = (ObjectValue) Stdlib.globals().get("constants");
        assertThat(c.fields().keySet()).containsExactly("hostname", "os", "arch", "version");
        assertThat(((StringValue) c.get("os")).value()).isIn("linux", "darwin", "windows", "freebsd");
        assertThat(((StringValue) c.get("arch")).value()).isIn("amd64", "arm64", "386", "arm", "ppc64le", "s390x", "riscv64");
        assertThat(c.get("version")).isEqualTo(s("v0.0.0"));
    }

    @Test
    void versionIsNormalisedAsAlloyDoes() {
        ObjectValue c = (ObjectValue) Stdlib.globals(k -> null, "1.18.0").get("constants");
        assertThat(c.get("version")).isEqualTo(s("v1.18.0"));
        assertThat(Constants.normalizeVersion("v1.2.3-rc.1")).isEqualTo("v1.2.3-rc.1");
        assertThat(Constants.normalizeVersion("devel")).isEqualTo("devel");
    }

    @Test
    void goNamesForOperatingSystemsAndArchitectures() {
        assertThat(Constants.goos("Mac OS X")).isEqualTo("darwin");
        assertThat(Constants.goos("Windows 11")).isEqualTo("windows");
        assertThat(Constants.goarch("x86_64")).isEqualTo("amd64");
        assertThat(Constants.goarch("aarch64")).isEqualTo("arm64");
    }

    @Test
    void sysEnvReadsThroughTheInjectedLookup() throws Exception {
        Map<String, Value> g = Stdlib.globals(Map.of("A", "1")::get);
        FunctionValue env = (FunctionValue) ((ObjectValue) g.get("sys")).get("env");
        assertThat(env.call(List.of(s("A")))).isEqualTo(s("1"));
        assertThat(env.call(List.of(s("B")))).isEqualTo(s(""));
        assertThat(((FunctionValue) g.get("env")).call(List.of(s("A")))).isEqualTo(s("1"));
    }

    @Test
    void everyDeprecatedAliasExistsAndBehavesLikeItsReplacement() throws Exception {
        assertThat(Stdlib.deprecated()).hasSize(16).containsEntry("env", "sys.env").containsEntry("format", "string.format")
                .containsEntry("base64_decode", "encoding.from_base64").containsEntry("nonsensitive", "convert.nonsensitive");
        Map<String, Value> g = Stdlib.globals();
        for (String old : Stdlib.deprecated().keySet()) {
            assertThat(g.get(old)).as(old).isInstanceOf(FunctionValue.class);
            assertThat(Stdlib.isDeprecated(old)).isTrue();
        }
        assertThat(Stdlib.isDeprecated("coalesce")).isFalse();
        assertThat(((FunctionValue) g.get("concat")).call(List.of(arr(i(1)), arr(i(2))))).isEqualTo(arr(i(1), i(2)));
        assertThat(((FunctionValue) g.get("format")).name()).isEqualTo("format");
    }

    @Test
    void deprecationMessageIsAlloys() {
        assertThat(Stdlib.DEPRECATION_MESSAGE)
                .isEqualTo("this stdlib function is deprecated; please refer to the documentation for updated usage and alternatives");
    }

    @Test
    void combineMapsAndGroupByAreExperimental() {
        assertThat(Stdlib.experimental()).containsExactlyInAnyOrder("array.combine_maps", "array.group_by");
    }
}
