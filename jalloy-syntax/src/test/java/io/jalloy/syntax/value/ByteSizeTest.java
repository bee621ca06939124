package io.jalloy.syntax.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteSizeTest {

    @Test
    void unitsAreBaseTwoWhetherWrittenKbOrKib() throws ValueException {
        assertThat(ByteSize.parse("200MiB").bytes()).isEqualTo(200L << 20);
        assertThat(ByteSize.parse("8KB").bytes()).isEqualTo(8192);
        assertThat(ByteSize.parse("12B").bytes()).isEqualTo(12);
        assertThat(ByteSize.parse("1.5KiB").bytes()).isEqualTo(1536);
        assertThat(ByteSize.parse("1GiB512MiB").bytes()).isEqualTo((1L << 30) + (512L << 20));
        assertThat(ByteSize.parse("0").bytes()).isZero();
    }

    @Test
    void sizesPrintInCompoundBaseTwoForm() throws ValueException {
        assertThat(new ByteSize(10L << 20).format()).isEqualTo("10MiB");
        assertThat(new ByteSize((1L << 30) + (512L << 20)).format()).isEqualTo("1GiB512MiB");
        assertThat(new ByteSize(1025).format()).isEqualTo("1KiB1B");
        assertThat(ByteSize.parse(new ByteSize(123456789).format()).bytes()).isEqualTo(123456789);
    }

    @Test
    void badSizesAreRejected() {
        assertThatThrownBy(() -> ByteSize.parse("10XB")).hasMessage("units: unknown unit XB in 10XB");
        assertThatThrownBy(() -> ByteSize.parse("MiB")).hasMessage("units: invalid MiB");
        assertThatThrownBy(() -> ByteSize.parse("10")).hasMessage("units: missing unit in 10");
    }
}
