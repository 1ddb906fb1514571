package dev.jpve.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminalOptionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            LANG=en_US.UTF-8                  | UTF-8
            LANG=de_AT.utf8                   | UTF-8
            LC_ALL=C.UTF-8 LANG=en_US.ISO-8859-1 | UTF-8
            LANG=en_US.ISO-8859-1             | ISO-8859-1
            LANG=C                            | ANSI_X3.4-1968
            LANG=                             | ANSI_X3.4-1968
            LC_CTYPE=sr_RS.UTF-8@latin        | UTF-8
            """)
    void theCodesetComesFromTheLocaleEnvironment(String env, String codeset) {
        Map<String, String> vars = new java.util.HashMap<>();
        for (String kv : env.split(" ")) {
            String[] p = kv.split("=", 2);
            vars.put(p[0], p.length > 1 ? p[1] : "");
        }
        assertThat(TerminalOptions.codeset(vars)).isEqualTo(codeset);
    }
}
