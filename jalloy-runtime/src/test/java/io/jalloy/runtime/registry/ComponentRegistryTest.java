package io.jalloy.runtime.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.NoExports;
import io.jalloy.component.Stability;
import io.jalloy.component.StabilityException;
import io.jalloy.runtime.testcomponents.CounterProvider;
import io.jalloy.runtime.testcomponents.ExperimentalProvider;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComponentRegistryTest {

    @Test
    void providersListedInServicesFilesAreFoundAndNamesAreSorted() {
        ComponentRegistry registry = ComponentRegistry.load();
        assertThat(registry.names()).containsExactly(
                "testcomponents.counter", "testcomponents.experimental", "testcomponents.failing");
        assertThat(registry.get("testcomponents.counter")).get().isInstanceOf(CounterProvider.class);
        assertThat(registry.get("local.file")).isEmpty();
    }

    @Test
    void aProviderDroppedOnTheClassPathIsFoundWithoutRebuilding(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services/io.jalloy.component.ComponentProvider");
        Files.createDirectories(services.getParent());
        Files.writeString(services, "io.jalloy.runtime.testcomponents.HiddenProvider\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            assertThat(ComponentRegistry.load(loader).names()).contains("testcomponents.hidden");
        }
        assertThat(ComponentRegistry.load().names()).doesNotContain("testcomponents.hidden");
    }

    @Test
    void unknownComponentFailsWithAlloysMessage() {
        assertThatThrownBy(() -> ComponentRegistry.load().require("local.missing", Stability.EXPERIMENTAL))
                .isInstanceOf(UnknownComponentException.class)
                .hasMessage("cannot find the definition of component name \"local.missing\"");
    }

    @Test
    void componentAboveTheStabilityLevelIsRefusedAndAllowedWhenTheLevelIsLowered() throws Exception {
        ComponentRegistry registry = ComponentRegistry.load();
        assertThatThrownBy(() -> registry.require("testcomponents.experimental", Stability.PUBLIC_PREVIEW))
                .isInstanceOf(StabilityException.class)
                .hasMessageStartingWith("component \"testcomponents.experimental\" is at stability level \"experimental\", "
                        + "which is below the minimum allowed stability level \"public-preview\"");
        assertThat(registry.require("testcomponents.experimental", Stability.EXPERIMENTAL))
                .isInstanceOf(ExperimentalProvider.class);
    }

    @Test
    void communityComponentsNeedTheirFlagAndSkipTheStabilityCheck() throws Exception {
        ComponentRegistry registry = ComponentRegistry.of(List.of(new CommunityProvider()));
        assertThatThrownBy(() -> registry.require("testcomponents.community", Stability.GENERALLY_AVAILABLE))
                .isInstanceOf(StabilityException.class)
                .hasMessage("the component \"testcomponents.community\" is a community component. Use the "
                        + "--feature.community-components.enabled command-line flag to enable community components");
        assertThat(registry.require("testcomponents.community", Stability.GENERALLY_AVAILABLE, true))
                .isInstanceOf(CommunityProvider.class);
    }

    /** A community component without a stability level, as Alloy's community components are. */
    static final class CommunityProvider implements ComponentProvider<ExperimentalProvider.Arguments, NoExports> {
        @Override
        public String name() {
            return "testcomponents.community";
        }

        @Override
        public Stability stability() {
            return null;
        }

        @Override
        public boolean community() {
            return true;
        }

        @Override
        public Class<ExperimentalProvider.Arguments> argumentsType() {
            return ExperimentalProvider.Arguments.class;
        }

        @Override
        public Class<NoExports> exportsType() {
            return NoExports.class;
        }

        @Override
        public Component<ExperimentalProvider.Arguments> create(ComponentOptions options,
                ExperimentalProvider.Arguments arguments, ExportSink<NoExports> exports) {
            return new ExperimentalProvider().create(options, arguments, exports);
        }
    }

    @Test
    void duplicateNamesAreABuildError() {
        assertThatThrownBy(() -> ComponentRegistry.of(List.of(new CounterProvider(), new CounterProvider())))
                .isInstanceOf(InvalidRegistrationException.class)
                .hasMessage("Component name \"testcomponents.counter\" already registered");
    }

    @Test
    void aNameThatIsAWholeSegmentPrefixOfAnotherConflicts() {
        assertThatThrownBy(() -> ComponentNames.validate("testcomponents", java.util.Set.of("testcomponents.counter")))
                .hasMessage("\"testcomponents\" cannot be used because it is incompatible with \"testcomponents.counter\"");
        ComponentNames.validate("testcomponents.count", java.util.Set.of("testcomponents.counter"));
    }

    @Test
    void identifiersMustStartWithALetterAndHoldOnlyLettersDigitsAndUnderscores() {
        assertThatThrownBy(() -> ComponentNames.validate("local.1file", java.util.Set.of()))
                .hasMessage("invalid component name \"local.1file\": identifier \"1file\" is not valid");
        assertThatThrownBy(() -> ComponentNames.validate("local..file", java.util.Set.of()))
                .hasMessage("invalid component name \"local..file\": found empty identifier");
        assertThatThrownBy(() -> ComponentNames.validate("local.fi-le", java.util.Set.of()))
                .hasMessage("invalid component name \"local.fi-le\": identifier \"fi-le\" is not valid");
        ComponentNames.validate("prometheus.exporter.unix_2", java.util.Set.of());
    }
}
