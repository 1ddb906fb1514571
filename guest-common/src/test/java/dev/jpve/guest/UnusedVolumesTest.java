package dev.jpve.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UnusedVolumesTest {
    @Test
    void addTakesTheLowestFreeSlotAndSkipsDuplicates() {
        ConfigSection conf = ConfigSection.of(Map.of("unused0", "a", "unused1", "0", "unused3", "c"));
        UnusedVolumes.Added added = UnusedVolumes.add(conf, "d", 256).orElseThrow();
        assertThat(added.key()).isEqualTo("unused1");
        assertThat(added.section().get("unused1")).contains("d");
        assertThat(UnusedVolumes.add(conf, "c", 256)).isEmpty();
        assertThat(UnusedVolumes.unused(added.section()).keySet()).containsExactly(0, 1, 3);
    }

    @Test
    void addFailsWhenEverySlotIsTaken() {
        ConfigSection full = ConfigSection.of(Map.of("unused0", "a", "unused1", "b"));
        assertThatThrownBy(() -> UnusedVolumes.add(full, "c", 2))
                .hasMessage("Too many unused volumes - please delete them first.");
    }

    @Test
    void templateMeansNumericallyOne() {
        assertThat(UnusedVolumes.isTemplate(ConfigSection.of(Map.of("template", "1")))).isTrue();
        assertThat(UnusedVolumes.isTemplate(ConfigSection.of(Map.of("template", "1.0")))).isTrue();
        assertThat(UnusedVolumes.isTemplate(ConfigSection.of(Map.of("template", "0")))).isFalse();
        assertThat(UnusedVolumes.isTemplate(ConfigSection.of(Map.of("template", "yes")))).isFalse();
        assertThat(UnusedVolumes.isTemplate(ConfigSection.empty())).isFalse();
    }
}
