package io.jalloy.syntax.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.File;
import io.jalloy.syntax.decode.Fixtures.Args;
import io.jalloy.syntax.decode.Fixtures.BasicAuth;
import io.jalloy.syntax.decode.Fixtures.Endpoint;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.value.ByteSize;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecoderTest {
    private static final Scope SCOPE = Scope.root(Map.of(
            "secret_val", new CapsuleValue(new Secret("s3cr3t")),
            "n", NumberValue.ofInt(5)));

    static <T> T decode(String src, Class<T> type) throws Diagnostics {
        SourceFile file = SourceFile.of("main.alloy", src);
        File parsed = Parser.parseFile(file);
        return new Decoder(new Evaluator(file)).decodeBlock((BlockStmt) parsed.body().get(0), type, SCOPE);
    }

    static List<String> errors(String src, Class<?> type) {
        try {
            decode(src, type);
            throw new AssertionError("expected errors");
        } catch (Diagnostics d) {
            return d.list().stream().map(Diagnostic::toString).toList();
        }
    }

    @Test
    void aFullBlockDecodesWithDefaultsForWhatIsLeftOut() throws Diagnostics {
        Args args = decode("""
                test {
                  forward_to = ["a", "b"]
                  ratio      = "0.25"
                  max_size   = "10MiB"
                  token      = secret_val
                  raw        = { x = 1 }
                  retries    = 7
                  endpoint "first" {
                    url = "http://a"
                    basic_auth {
                      username = "u"
                      password = "p"
                    }
                  }
                  endpoint "second" {
                    url     = "http://b"
                    timeout = "1m30s"
                    headers = { "X-Key" = 1 }
                  }
                  extra {
                    k = n * 2
                  }
                  a.b {
                    expression = ".*"
                  }
                  stage.regex {
                    expression = "x"
                  }
                  stage.json {
                    expressions = { a = "b" }
                  }
                }
                """, Args.class);
        assertThat(args.forwardTo()).containsExactly("a", "b");
        assertThat(args.encoding()).isEqualTo("utf-8");
        assertThat(args.ratio()).isEqualTo(0.25);
        assertThat(args.maxSize()).isEqualTo(new ByteSize(10L << 20));
        assertThat(args.token()).contains(new Secret("s3cr3t"));
        assertThat(args.raw()).isNotNull();
        assertThat(args.common()).isEqualTo(new Fixtures.Common(7, true));
        assertThat(args.endpoints()).containsExactly(
                new Endpoint("first", "http://a", Duration.ofSeconds(10), Map.of(), new BasicAuth("u", new Secret("p"))),
                new Endpoint("second", "http://b", Duration.ofSeconds(90), Map.of("X-Key", "1"), null));
        assertThat(args.extra()).containsEntry("k", NumberValue.ofInt(10));
        assertThat(args.dotted()).isEqualTo(new Fixtures.RegexStage(".*"));
        assertThat(args.stages()).hasSize(2);
        assertThat(args.stages().get(0).regex()).isEqualTo(new Fixtures.RegexStage("x"));
        assertThat(args.stages().get(0).json()).isNull();
        assertThat(args.stages().get(1).json().expressions()).containsEntry("a", "b");
    }

    @Test
    void everyProblemInABodyIsReportedInOrderThenMissingFields() {
        assertThat(errors("""
                test {
                  forward_to = "wrong"
                  unknown    = 1
                  encoding   = true
                  encoding   = "x"
                  endpoint = 1
                  forward_to {
                  }
                  nope {
                  }
                }
                """, Args.class)).containsExactly(
                "main.alloy:2:16: expected array, got string",
                "main.alloy:3:3: unrecognized attribute name \"unknown\"",
                "main.alloy:4:16: expected string, got bool",
                "main.alloy:5:3: attribute \"encoding\" may only be provided once",
                "main.alloy:6:3: \"endpoint\" must be a block, but is used as an attribute",
                "main.alloy:7:3: \"forward_to\" must be an attribute, but is used as a block",
                "main.alloy:9:3: unrecognized block name \"nope\"",
                "main.alloy:1:1: missing required block \"endpoint\"");
    }

    @Test
    void missingRequiredAttributesAreReportedOnTheBlock() {
        SourceFile file = SourceFile.of("main.alloy", "test {\n  endpoint \"x\" {\n  }\n}\n");
        Diagnostics d = catchDiagnostics(file, Args.class);
        assertThat(d.list()).extracting(Diagnostic::toString).containsExactly(
                "main.alloy:2:3: missing required attribute \"url\"",
                "main.alloy:1:1: missing required attribute \"forward_to\"");
        Diagnostic outer = d.list().get(1);
        assertThat(outer.end().line()).isEqualTo(4);
        assertThat(outer.end().column()).isEqualTo(1);
    }

    private static Diagnostics catchDiagnostics(SourceFile file, Class<?> type) {
        try {
            File parsed = Parser.parseFile(file);
            new Decoder(new Evaluator(file)).decodeBlock((BlockStmt) parsed.body().get(0), type, SCOPE);
            throw new AssertionError("expected errors");
        } catch (Diagnostics d) {
            return d;
        }
    }

    @Test
    void singleBlocksMayOnlyBeWrittenOnce() {
        assertThat(errors("""
                test {
                  forward_to = []
                  endpoint "a" {
                    url = "u"
                    basic_auth {
                      username = "a"
                    }
                    basic_auth {
                      username = "b"
                    }
                  }
                }
                """, Args.class)).containsExactly(
                "main.alloy:5:5: block \"basic_auth\" may only be specified once",
                "main.alloy:8:5: block \"basic_auth\" may only be specified once");
    }

    @Test
    void labelsAreCheckedAgainstTheRecord() {
        assertThat(errors("test {\n  forward_to = []\n  endpoint {\n    url = \"u\"\n  }\n}\n", Args.class))
                .containsExactly("main.alloy:3:3: block \"endpoint\" requires non-empty label");
        assertThat(errors("test {\n  forward_to = []\n  endpoint \"e\" {\n    url = \"u\"\n"
                + "    basic_auth \"x\" {\n      username = \"a\"\n    }\n  }\n}\n", Args.class))
                .containsExactly("main.alloy:5:5: block \"basic_auth\" does not support specifying labels");
        assertThat(errors("test \"label\" {\n}\n", Fixtures.Headers.class))
                .containsExactly("main.alloy:1:1: block \"test\" does not support specifying labels");
        assertThat(errors("test {\n  forward_to = []\n  endpoint \"a\" {\n    url = \"u\"\n  }\n  extra \"l\" {\n  }\n}\n",
                Args.class)).containsExactly("main.alloy:6:3: block \"extra\" requires empty label");
    }

    @Test
    void typeErrorsInsideLiteralsPointAtTheElement() {
        assertThat(errors("""
                test {
                  forward_to = ["a", true]
                  endpoint "a" {
                    url     = "u"
                    headers = { a = "x", b = [1] }
                    timeout = 5
                  }
                }
                """, Args.class)).containsExactly(
                "main.alloy:2:22: expected string, got bool",
                "main.alloy:5:30: expected string, got array",
                "main.alloy:6:15: time: missing unit in duration \"5\"");
    }

    @Test
    void evaluationErrorsAreReportedAlongsideDecodingErrors() {
        assertThat(errors("test {\n  forward_to = [missing]\n  ratio = 1 / 0\n}\n", Args.class)).containsExactly(
                "main.alloy:2:17: identifier \"missing\" does not exist",
                "main.alloy:3:15: 0 divide by zero error",
                "main.alloy:1:1: missing required block \"endpoint\"");
    }

    @Test
    void validationRunsAfterDecodingAndBlamesTheBlock() {
        assertThat(errors("test {\n  forward_to = []\n  ratio = 2\n  endpoint \"a\" {\n    url = \"u\"\n  }\n}\n",
                Args.class)).containsExactly("main.alloy:1:1: ratio must be at most 1, got 2.0");
    }

    @Test
    void secretsNeverDecodeIntoStrings() {
        assertThat(errors("test {\n  forward_to = [secret_val]\n}\n", Args.class)).first()
                .isEqualTo("main.alloy:2:17: secrets may not be converted into strings");
        assertThatThrownBy(() -> Decoder.decodeValue(new CapsuleValue(new Secret("x")), String.class))
                .isInstanceOf(ValueException.class)
                .hasMessage("secrets may not be converted into strings");
    }

    @Test
    void valuesDecodeWithAlloysImplicitConversions() throws ValueException {
        assertThat(Decoder.decodeValue(StringValue.of("12"), int.class)).isEqualTo(12);
        assertThat(Decoder.decodeValue(NumberValue.ofInt(12), String.class)).isEqualTo("12");
        assertThat(Decoder.decodeValue(NumberValue.ofFloat(3.9), String.class)).isEqualTo("3.9");
        assertThat(Decoder.decodeValue(StringValue.of("x"), Secret.class)).isEqualTo(new Secret("x"));
        assertThat(Decoder.decodeValue(StringValue.of("1h"), Duration.class)).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> Decoder.decodeValue(StringValue.of("x"), int.class))
                .hasMessage("expected number, got string");
        assertThatThrownBy(() -> Decoder.decodeValue(NumberValue.ofInt(1), Secret.class))
                .hasMessage("expected capsule, got number");
        assertThatThrownBy(() -> Decoder.decodeValue(StringValue.of("x"), Runnable.class))
                .hasMessage("expected capsule, got string");
        Runnable r = () -> { };
        assertThat(Decoder.decodeValue(new CapsuleValue(r), Runnable.class)).isSameAs(r);
        assertThat(Decoder.decodeValue(io.jalloy.syntax.value.NullValue.INSTANCE, String.class)).isEqualTo("");
        assertThat(Decoder.decodeValue(io.jalloy.syntax.value.NullValue.INSTANCE, Optional.class)).isNull();
    }

    record Receivers(@Attr("forward_to") List<Runnable> forwardTo) {
        Receivers {
            forwardTo = List.copyOf(forwardTo);
        }
    }

    @Test
    void aNullInAListOfCapsulesIsATypeErrorAtItsElement() {
        assertThat(errors("test {\n  forward_to = [null]\n}\n", Receivers.class))
                .singleElement().asString().contains("main.alloy:2:").contains("expected capsule, got null");
    }

    @Test
    void objectValuesDecodeIntoRecordsAndRejectUnknownKeys() throws Exception {
        SourceFile file = SourceFile.of("e", "{ username = \"u\", password = \"p\" }");
        var v = new Evaluator(file).evaluate(Parser.parseExpression(file), SCOPE);
        assertThat(Decoder.decodeValue(v, BasicAuth.class)).isEqualTo(new BasicAuth("u", new Secret("p")));
        SourceFile bad = SourceFile.of("e", "{ user = \"u\" }");
        var bv = new Evaluator(bad).evaluate(Parser.parseExpression(bad), SCOPE);
        assertThatThrownBy(() -> Decoder.decodeValue(bv, BasicAuth.class)).hasMessage("key \"user\" does not exist");
    }

    @Test
    void aBodyCanBeDecodedWithoutItsBlock() throws Diagnostics {
        SourceFile file = SourceFile.of("main.alloy", "header {\n  key = \"k\"\n  action = \"insert\"\n}\n");
        var headers = new Decoder(new Evaluator(file)).decodeBody(Parser.parseFile(file).body(), null,
                Fixtures.Headers.class, SCOPE);
        assertThat(headers.headers()).containsExactly(new Fixtures.Header("k", "", Fixtures.Action.INSERT));
    }

    @Test
    void optionalBlocksAreEmptyUnlessWritten() throws Diagnostics {
        assertThat(decode("test {\n}\n", Fixtures.WithOptionalBlock.class).auth()).isEmpty();
        assertThat(decode("test {\n  auth {\n    username = \"u\"\n  }\n}\n", Fixtures.WithOptionalBlock.class).auth())
                .contains(new BasicAuth("u", null));
    }
}
