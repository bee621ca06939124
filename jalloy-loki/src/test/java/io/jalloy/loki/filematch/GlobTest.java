package io.jalloy.loki.filematch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /var/log/*.log            | /var/log/a.log           | true
            /var/log/*.log            | /var/log/.hidden.log     | true
            /var/log/*.log            | /var/log/sub/a.log       | false
            /var/log/**/*.log         | /var/log/a.log           | true
            /var/log/**/*.log         | /var/log/x/y/z/a.log     | true
            /var/log/**               | /var/log                 | true
            /var/log/**               | /var/log/x/y             | true
            /var/log/a?c.log          | /var/log/abc.log         | true
            /var/log/a?c.log          | /var/log/a/c.log         | false
            /var/log/[a-c]x.log       | /var/log/bx.log          | true
            /var/log/[!a-c]x.log      | /var/log/bx.log          | false
            /var/log/[^a-c]x.log      | /var/log/dx.log          | true
            /var/log/{nginx,apache}/*.{log,txt} | /var/log/apache/e.txt | true
            /var/log/{nginx,apache}/*.{log,txt} | /var/log/caddy/e.txt  | false
            /var/log/{a,b/c}/x        | /var/log/b/c/x           | true
            /var/log/\\*.log          | /var/log/*.log           | true
            /var/log/\\*.log          | /var/log/a.log           | false
            /var/log/*                | /var/log/ünïcödé         | true
            /var/log/??.log           | /var/log/ü1.log          | true
            /var//log/./x.log         | /var/log/x.log           | true
            """)
    void patternsMatchAsDoublestarDoes(String pattern, String path, boolean expected) {
        assertThat(Glob.compile(pattern).matches(path)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /var/log/[a.log
            /var/log/{a,b.log
            /var/log/a\\
            """)
    void malformedPatternsAreRejected(String pattern) {
        assertThatThrownBy(() -> Glob.compile(pattern)).hasMessageContaining("syntax error in pattern");
    }
}
