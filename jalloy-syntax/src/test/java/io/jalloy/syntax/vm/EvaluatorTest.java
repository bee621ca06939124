package io.jalloy.syntax.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.FunctionValue;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.OptionalSecret;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.value.ValuePrinter;
import io.jalloy.syntax.value.ValueType;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static final Scope SCOPE = Scope.root(Map.of(
            "foobar", NumberValue.ofInt(42),
            "secret_val", new CapsuleValue(new OptionalSecret("secret", true)),
            "non_secret_val", new CapsuleValue(new OptionalSecret("world", false)),
            "secret_type_val", new CapsuleValue(new Secret("welcome")),
            "string_val", StringValue.of("hello"),
            "concat", new FunctionValue("concat", args -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < args.size(); i++) {
                    if (!(args.get(i) instanceof StringValue s)) {
                        throw ValueException.typeMismatch(ValueType.STRING, args.get(i), i);
                    }
                    sb.append(s.value());
                }
                return StringValue.of(sb.toString());
            }),
            "fails", new FunctionValue("fails", args -> {
                throw new ValueException("fails expected 1 args, got " + args.size());
            })));

    static Value eval(String src) throws Diagnostics {
        SourceFile file = SourceFile.of("test", src);
        return new Evaluator(file).evaluate(Parser.parseExpression(file), SCOPE);
    }

    static String error(String src) {
        try {
            Value v = eval(src);
            throw new AssertionError("expected an error, got " + ValuePrinter.print(v));
        } catch (Diagnostics d) {
            assertThat(d.list()).hasSize(1);
            return d.list().get(0).toString();
        }
    }

    @ParameterizedTest(name = "{0} evaluates to {1}")
    @CsvSource(delimiter = ';', textBlock = """
            true || false      ; true
            false || false     ; false
            true && false      ; false
            3 == 5             ; false
            3 == 3.0           ; true
            3 != 5             ; true
            3 < 5              ; true
            3 <= 5             ; true
            3 > 5              ; false
            3 >= 5             ; false
            3 + 5              ; 8
            3 - 5              ; -2
            3 * 5              ; 15
            3.0 / 5.0          ; 0.6
            7 / 2              ; 3
            5 % 3              ; 2
            -7 % 3             ; -1
            5.5 % 2            ; 1.5
            3 ^ 5              ; 243
            3 ^ 0              ; 1
            0 ^ 1              ; 0
            2 ^ 62             ; 4611686018427387904
            42.0^-2            ; 0.0005668934240362812
            3 + 5 * 2          ; 13
            (3 + 5) * 2        ; 16
            2 * 3 ^ 2          ; 18
            -2 ^ 2             ; 4
            !true || true      ; true
            10 - 4 - 3         ; 3
            100 / 10 / 5       ; 2
            1 < 2 == true      ; true
            1 + 2 == 3 && 4 > 3 ; true
            -15                ; -15
            !true              ; false
            foobar             ; 42
            "a" + "b"          ; "ab"
            "abc" < "abd"      ; true
            "b" >= "a"         ; true
            18446744073709551615 ; 18446744073709551615
            18446744073709551615 == 18446744073709551615 ; true
            9223372036854775807 + 1 ; -9223372036854775808
            [0, 1, 2][1]       ; 1
            [[1,2,3]][0][2]    ; 3
            { a = 15 }.a       ; 15
            { a = { b = 12 } }.a.b ; 12
            {}["foo"]          ; null
            { a = 1 }["a"]     ; 1
            1 == "1"           ; false
            null == null       ; true
            [1, [2]] == [1, [2]] ; true
            { a = 1, b = 2 } == { b = 2, a = 1.0 } ; true
            string_val + non_secret_val ; "helloworld"
            non_secret_val == "world" ; true
            concat("a", "b")   ; "ab"
            """)
    void expressionsEvaluateAsInAlloy(String src, String expected) throws Diagnostics {
        assertThat(ValuePrinter.print(eval(src))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} fails with {1}")
    @CsvSource(delimiter = ';', textBlock = """
            1 / 0              ; test:1:5: 0 divide by zero error
            1 % 0              ; test:1:5: 0 divide by zero error
            1.5 / 0.0          ; test:1:7: 0.0 divide by zero error
            "a" + 1            ; test:1:7: 1 should be string, got number
            1 + "a"            ; test:1:5: "a" should be number, got string
            true - 1           ; test:1:1: true should be one of [number] for binop -, got bool
            1 - true           ; test:1:5: true should be one of [number] for binop -, got bool
            true + 1           ; test:1:1: true should be one of [number string capsule] for binop +, got bool
            1 && true          ; test:1:1: 1 should be one of [bool] for binop &&, got number
            [] < 1             ; test:1:1: [] should be one of [number string] for binop <, got array
            !1                 ; test:1:2: 1 should be bool, got number
            -"a"               ; test:1:2: "a" should be number, got string
            missing            ; test:1:1: identifier "missing" does not exist
            true || missing    ; test:1:9: identifier "missing" does not exist
            false && missing   ; test:1:10: identifier "missing" does not exist
            { a = 15 }.b       ; test:1:12: field "b" does not exist
            foobar.a           ; test:1:1: foobar cannot access field "a" on value of type number
            [1, 2][5]          ; test:1:8: 5 index 5 is out of range of array with length 2
            [1, 2][-1]         ; test:1:8: -1 index -1 is out of range of array with length 2
            [1, 2]["a"]        ; test:1:8: "a" should be number, got string
            { a = 1 }[0]       ; test:1:11: 0 should be string, got number
            "abc"[0]           ; test:1:1: "abc" expected object or array, got string
            "abc"(1)           ; test:1:1: "abc" should be function, got string
            concat("a", 1)     ; test:1:13: 1 should be string, got number
            fails(1, 2)        ; test:1:1: fails expected 1 args, got 2
            secret_val - string_val ; test:1:1: secret_val should be one of [number] for binop -, got capsule
            """)
    void errorsCarryAlloysTextAndPosition(String src, String expected) {
        assertThat(error(src)).isEqualTo(expected);
    }

    @Test
    void bothSidesOfLogicalOperatorsAreEvaluated() {
        assertThat(error("false && (1 / 0 == 0)")).isEqualTo("test:1:15: 0 divide by zero error");
    }

    @Test
    void stringPlusSecretIsASecretThatNeverPrints() throws Diagnostics {
        Value v = eval("string_val + secret_type_val");
        assertThat(v).isEqualTo(new CapsuleValue(new Secret("hellowelcome")));
        assertThat(ValuePrinter.print(v)).isEqualTo("(secret)");
        assertThat(eval("secret_type_val + string_val")).isEqualTo(new CapsuleValue(new Secret("welcomehello")));
        assertThat(eval("secret_val + string_val"))
                .isEqualTo(new CapsuleValue(new OptionalSecret("secrethello", true)));
        assertThat(eval("string_val + secret_val"))
                .isEqualTo(new CapsuleValue(new OptionalSecret("hellosecret", true)));
        assertThat(eval("non_secret_val + secret_type_val")).isEqualTo(new CapsuleValue(new Secret("worldwelcome")));
        assertThat(ValuePrinter.print(eval("[secret_val, non_secret_val]"))).isEqualTo("[(secret), \"world\"]");
    }

    @Test
    void uintLiteralsWidenAndMixedKindsCompare() throws Diagnostics {
        Value big = eval("18446744073709551615");
        assertThat(big).isInstanceOf(NumberValue.class);
        assertThat(((NumberValue) big).kind()).isEqualTo(NumberValue.Kind.UINT);
        // As in Alloy, uint mixed with int is computed as int64, so the largest uint reads as -1.
        assertThat(eval("18446744073709551615 > 1")).isEqualTo(BoolValue.FALSE);
        assertThat(eval("18446744073709551615 > 18446744073709551614")).isEqualTo(BoolValue.TRUE);
        assertThat(eval("1.5 > 1")).isEqualTo(BoolValue.TRUE);
        assertThat(((NumberValue) eval("-18446744073709551615")).kind()).isEqualTo(NumberValue.Kind.INT);
    }

    @Test
    void childScopesShadowTheirParents() throws Diagnostics {
        SourceFile file = SourceFile.of("test", "foobar + x");
        Scope child = SCOPE.child(Map.of("foobar", NumberValue.ofInt(1), "x", NumberValue.ofInt(2)));
        assertThat(new Evaluator(file).evaluate(Parser.parseExpression(file), child)).isEqualTo(NumberValue.ofInt(3));
        assertThat(child.lookup("string_val")).isEqualTo(StringValue.of("hello"));
        assertThat(child.lookup("nope")).isNull();
    }

    @Test
    void missingKeysReadWithBracketsAreNull() throws Diagnostics {
        assertThat(eval("{ a = 1 }[\"b\"]")).isSameAs(NullValue.INSTANCE);
    }

    @Test
    void aBodyEvaluatesToAnObjectOfItsAttributes() throws Diagnostics {
        SourceFile file = SourceFile.of("main.alloy", "a = 1\nb = \"x\" + \"y\"\n");
        ObjectValue obj = new Evaluator(file).evaluateBody(Parser.parseFile(file).body(), SCOPE);
        assertThat(obj).isEqualTo(new ObjectValue(Map.of("a", NumberValue.ofInt(1), "b", StringValue.of("xy"))));
    }

    @Test
    void aBodyWithNestedBlocksIsRejected() throws Exception {
        SourceFile file = SourceFile.of("main.alloy", "a = 1\nb {\n}\n");
        assertThatThrownBy(() -> new Evaluator(file).evaluateBody(Parser.parseFile(file).body(), SCOPE))
                .isInstanceOf(Diagnostics.class)
                .hasMessage("main.alloy:2:1: nested blocks not supported here");
    }

    @Test
    void arraysAndObjectsEvaluateTheirElementsInOrder() throws Diagnostics {
        assertThat(eval("[1, \"a\", true, null]")).isEqualTo(ArrayValue.of(NumberValue.ofInt(1), StringValue.of("a"),
                BoolValue.TRUE, NullValue.INSTANCE));
        assertThat(ValuePrinter.print(eval("{ b = 1, \"a key\" = [2] }"))).isEqualTo("{\n\t\"a key\" = [2],\n\tb = 1,\n}");
    }

    @Test
    void theStandardLibraryPlugsInAsTheRootScope() throws Diagnostics {
        Scope root = Scope.root(io.jalloy.syntax.stdlib.Stdlib.globals(name -> name.equals("HOME") ? "/home/x" : null));
        Scope scope = root.child(Map.of("n", NumberValue.ofInt(3)));
        SourceFile ok = SourceFile.of("test", "string.format(\"%s-%d\", sys.env(\"HOME\"), n)");
        assertThat(new Evaluator(ok).evaluate(Parser.parseExpression(ok), scope))
                .isEqualTo(StringValue.of("/home/x-3"));
        SourceFile bad = SourceFile.of("test", "string.to_upper(true)");
        assertThatThrownBy(() -> new Evaluator(bad).evaluate(Parser.parseExpression(bad), scope))
                .hasMessage("test:1:17: true should be string, got bool");
    }

    @Test
    void capsulesWithAnObjectViewReadLikeObjects() throws Diagnostics {
        io.jalloy.syntax.value.ObjectConvertible target =
                () -> new ObjectValue(Map.of("__address__", StringValue.of("localhost:9090")));
        Scope scope = SCOPE.child(Map.of("t", new CapsuleValue(target)));
        SourceFile dot = SourceFile.of("test", "t.__address__ + t[\"__address__\"]");
        assertThat(new Evaluator(dot).evaluate(Parser.parseExpression(dot), scope))
                .isEqualTo(StringValue.of("localhost:9090localhost:9090"));
        SourceFile missing = SourceFile.of("test", "t.nope");
        assertThatThrownBy(() -> new Evaluator(missing).evaluate(Parser.parseExpression(missing), scope))
                .hasMessage("test:1:3: field \"nope\" does not exist");
    }
}
