package dev.jpve.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {
    @Test
    void replacesPlaceholdersByTheirValues() {
        assertThat(Templates.replace("vm-{vmid}-{name}.conf", Map.of("vmid", "100", "name", "web")))
                .isEqualTo("vm-100-web.conf");
    }

    @Test
    void writesADashForMissingOrPerlFalseValues() {
        assertThat(Templates.replace("{a}/{b}/{c}", Map.of("b", "", "c", "0"))).isEqualTo("-/-/-");
    }

    @Test
    void keepsOtherBracesAndReplacementCharacters() {
        assertThat(Templates.replace("{} {x", Map.of())).isEqualTo("{} {x");
        assertThat(Templates.replace("{a}", Map.of("a", "$1\\"))).isEqualTo("$1\\");
    }
}
