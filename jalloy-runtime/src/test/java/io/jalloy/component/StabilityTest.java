package io.jalloy.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StabilityTest {

    @ParameterizedTest(name = "{0} parses to {1}")
    @CsvSource({
        "experimental, EXPERIMENTAL",
        "public-preview, PUBLIC_PREVIEW",
        "generally-available, GENERALLY_AVAILABLE"
    })
    void flagSpellingsParseToLevels(String text, Stability expected) {
        assertThat(Stability.parse(text)).isEqualTo(expected);
        assertThat(expected.text()).isEqualTo(text);
    }

    @Test
    void unknownLevelIsRejectedWithAlloysMessage() {
        assertThatThrownBy(() -> Stability.parse("stable"))
                .hasMessage("invalid stability level \"stable\"");
    }

    @Test
    void levelsAreOrderedFromExperimentalToGenerallyAvailable() {
        assertThat(Stability.EXPERIMENTAL).isLessThan(Stability.PUBLIC_PREVIEW);
        assertThat(Stability.PUBLIC_PREVIEW).isLessThan(Stability.GENERALLY_AVAILABLE);
        assertThat(Stability.allowedValues()).containsExactly("generally-available", "public-preview", "experimental");
    }

    @ParameterizedTest(name = "{0} at minimum {1} allowed: {2}")
    @CsvSource({
        "EXPERIMENTAL, EXPERIMENTAL, true",
        "EXPERIMENTAL, PUBLIC_PREVIEW, false",
        "PUBLIC_PREVIEW, GENERALLY_AVAILABLE, false",
        "GENERALLY_AVAILABLE, EXPERIMENTAL, true",
        "GENERALLY_AVAILABLE, GENERALLY_AVAILABLE, true"
    })
    void aFeatureIsAllowedAtOrAboveTheMinimum(Stability level, Stability minimum, boolean allowed) {
        assertThat(level.isAllowedAt(minimum)).isEqualTo(allowed);
    }

    @Test
    void componentBelowTheMinimumFailsWithAlloysExactText() {
        assertThatThrownBy(() -> Stability.EXPERIMENTAL.checkAllowed(
                        Stability.GENERALLY_AVAILABLE, Stability.componentFeature("testcomponents.experimental")))
                .isInstanceOf(StabilityException.class)
                .hasMessage("component \"testcomponents.experimental\" is at stability level \"experimental\", "
                        + "which is below the minimum allowed stability level \"generally-available\". "
                        + "Use --stability.level command-line flag to enable \"experimental\" features");
    }
}
