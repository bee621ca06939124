package io.jalloy.syntax.stdlib;

import static io.jalloy.syntax.stdlib.V.arr;
import static io.jalloy.syntax.stdlib.V.b;
import static io.jalloy.syntax.stdlib.V.f;
import static io.jalloy.syntax.stdlib.V.i;
import static io.jalloy.syntax.stdlib.V.nil;
import static io.jalloy.syntax.stdlib.V.obj;
import static io.jalloy.syntax.stdlib.V.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** {@code string.format} against what Go's fmt.Sprintf prints for the same Go values. */
class StringFormatTest {

    private record Case(String expected, String format, Value[] args) {}

    private static final List<Case> CASES = new ArrayList<>();

    private static void is(String expected, String format, Value... args) {
        CASES.add(new Case(expected, format, args));
    }

    static {
        is("4", "%d", i(4));
        is("   42|", "%5d|", i(42));
        is("42   |", "%-5d|", i(42));
        is("-0042", "%05d", i(-42));
        is("+5", "%+d", i(5));
        is(" 5", "% d", i(5));
        is("007", "%.3d", i(7));
        is("", "%.0d", i(0));
        is("     |", "%5.0d|", i(0));
        is("ff", "%x", i(255));
        is("-ff", "%x", i(-255));
        is("FF", "%X", i(255));
        is("0xff", "%#x", i(255));
        is("10", "%o", i(8));
        is("010", "%#o", i(8));
        is("0o10", "%O", i(8));
        is("101", "%b", i(5));
        is("A", "%c", i(65));
        is("'A'", "%q", i(65));
        is("U+1F600", "%U", i(0x1F600));
        is("18446744073709551615", "%d", NumberValue.ofUint(-1L));
        is("hi", "%s", s("hi"));
        is("\"hi\\n\"", "%q", s("hi\n"));
        is("`hi`", "%#q", s("hi"));
        is("        hi|", "%10s|", s("hi"));
        is("hi        |", "%-10s|", s("hi"));
        is("he", "%.2s", s("hello"));
        is("6869", "%x", s("hi"));
        is("68 69", "% x", s("hi"));
        is("0x6869", "%#x", s("hi"));
        is("\"a\"", "%#v", s("a"));
        is("true", "%v", b(true));
        is("false", "%t", b(false));
        is(" true|", "%5t|", b(true));
        is("3.141590", "%f", f(3.14159));
        is("3.14", "%.2f", f(3.14159));
        is("   3.142|", "%8.3f|", f(3.14159));
        is("-003.142", "%08.3f", f(-3.14159));
        is("1.234568e+03", "%e", f(1234.5678));
        is("1.234568E+03", "%E", f(1234.5678));
        is("+1.2e+04", "%+.1e", f(12345.0));
        is("1234.5678", "%g", f(1234.5678));
        is("1.23e+03", "%.3g", f(1234.5678));
        is("1E-10", "%G", f(1e-10));
        is("1e+21", "%v", f(1e21));
        is("1e+06", "%v", f(1000000.0));
        is("100000", "%v", f(100000.0));
        is("0.0001", "%v", f(0.0001));
        is("1e-05", "%v", f(0.00001));
        is("1", "%v", f(1.0));
        is("0x1p+00", "%x", f(1.0));
        is("-0x1.8p+01", "%x", f(-3.0));
        is("0X1.999999999999AP-04", "%X", f(0.1));
        is("4503599627370496p-52", "%b", f(1.0));
        is("0x0p+00", "%x", f(0.0));
        is("5e-324", "%v", f(Double.MIN_VALUE));
        is("1.7976931348623157e+308", "%v", f(Double.MAX_VALUE));
        is("1e+23", "%v", f(1e23));
        is("0.1", "%v", f(0.1));
        is("0.30000000000000004", "%v", f(0.1 + 0.2));
        is("1.23456789e+08", "%v", f(123456789.0));
        is("123456789.000000", "%f", f(123456789.0));
        is("1.23456789e+09", "%v", f(1234567890.0));
        is("2", "%.0f", f(2.5));
        is("4", "%.0f", f(3.5));
        is("1.2", "%.1f", f(1.25));
        is("0.1", "%.1f", f(0.05));
        is("[1 a]", "%v", arr(i(1), s("a")));
        is("[1 %!d(string=a)]", "%d", arr(i(1), s("a")));
        is("[a b]", "%s", arr(s("a"), s("b")));
        is("[\"a\"]", "%q", arr(s("a")));
        is("[    1     2]", "%5v", arr(i(1), i(2)));
        is("[1 <nil>]", "%d", arr(i(1), nil()));
        is("map[a:x b:1]", "%v", obj("b", i(1), "a", s("x")));
        is("map[%!d(string=a):1]", "%d", obj("a", i(1)));
        is("<nil>", "%v", nil());
        is("%!d(<nil>)", "%d", nil());
        is("%!s(<nil>)", "%s", nil());
        is("%!d(string=hello)", "%d", s("hello"));
        is("%!s(int=4)", "%s", i(4));
        is("%!d(float64=1.5)", "%d", f(1.5));
        is("%!t(int=1)", "%t", i(1));
        is("%!s(bool=true)", "%s", b(true));
        is("%!z(int=1)", "%z", i(1));
        is("%!d(string=   ab)", "%5d", s("ab"));
        is("%!d(MISSING)", "%d");
        is("1 %!d(MISSING)", "%d %d", i(1));
        is("hi%!(EXTRA int=1)", "hi", i(1));
        is("hi%!(EXTRA int=1, string=a)", "hi", i(1), s("a"));
        is("hi%!(EXTRA <nil>)", "hi", nil());
        is("hi%!(EXTRA []interface {}=[1])", "hi", arr(i(1)));
        is("2 1", "%[2]d %[1]d", i(1), i(2));
        is("%!d(BADINDEX)", "%[3]d", i(1));
        is("2", "%[2]d", i(1), i(2));
        is("   42", "%*d", i(5), i(42));
        is("7   |", "%-*d|", i(4), i(7));
        is("7   |", "%*d|", i(-4), i(7));
        is("3.14", "%.*f", i(2), f(3.14159));
        is("%!(BADWIDTH)7", "%*d", s("x"), i(7));
        is("%!(BADPREC)3", "%.*d", i(-1), i(3));
        is("5    |", "%-05d|", i(5));
        is("%!(NOVERB)", "%");
        is("%!d(BADINDEX)", "%[0]d", i(1));
        is("1 2", "%[1]d %d", i(1), i(2));
        is("%", "%%");
        is("100%!(NOVERB)", "100%");
        is("%!!(MISSING)", "%!");
        is("héllo wörld", "%s %s", s("héllo"), s("wörld"));
        is("  é|", "%3s|", s("é"));
    }

    @TestFactory
    Stream<DynamicTest> formatPrintsWhatGoPrints() {
        return CASES.stream().map(c -> dynamicTest(c.format() + " " + List.of(c.args()) + " -> " + c.expected(), () -> {
            List<Value> args = new ArrayList<>();
            args.add(s(c.format()));
            args.addAll(List.of(c.args()));
            assertThat(V.fn("string.format").call(args)).isEqualTo(s(c.expected()));
        }));
    }
}
