package dev.jpve.guest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PendingChangesTest {
    private static Map<String, Boolean> parsed(String text) {
        return PendingDeletes.parse(text).entries();
    }

    private static GuestConfig conf(Map<String, String> main, Map<String, String> pending) {
        return GuestConfig.of(ConfigSection.of(main)).withPending(ConfigSection.of(pending));
    }

    @Test
    void parsesPendingDeleteListsAsSpec51() {
        assertThat(parsed("memory,cpu")).isEqualTo(Map.of("cpu", false, "memory", false));
        assertThat(parsed("memory;cpu,!mp0")).isEqualTo(Map.of("cpu", false, "memory", false, "mp0", true));
        assertThat(parsed("  memory ; cpu, !mp0, !mp1"))
                .isEqualTo(Map.of("cpu", false, "memory", false, "mp0", true, "mp1", true));
        assertThat(parsed("!!memory")).isEqualTo(Map.of("!memory", true));
        assertThat(parsed(" mem ory")).isEqualTo(Map.of("mem", false, "ory", false));
        assertThat(parsed(null)).isEmpty();
        assertThat(parsed(" , ")).isEmpty();
    }

    @Test
    void printsPendingDeleteListsAsSpec51() {
        assertThat(new PendingDeletes(new TreeMap<>(Map.of("cpu", false, "memory", false)))).hasToString("cpu,memory");
        assertThat(new PendingDeletes(new TreeMap<>(Map.of("!memory", true)))).hasToString("!!memory");
    }

    @Test
    void addsToThePendingDeleteListAsSpec51() {
        assertThat(PendingChanges.addToPendingDelete(conf(Map.of(), Map.of()), "memory", false).pending().properties())
                .isEqualTo(Map.of("delete", "memory"));
        GuestConfig cpu = conf(Map.of(), Map.of("delete", "cpu"));
        assertThat(PendingChanges.addToPendingDelete(cpu, "memory", true).pending().get("delete")).contains("cpu,!memory");
        assertThat(PendingChanges.addToPendingDelete(cpu, "cpu", true).pending().get("delete")).contains("!cpu");
        assertThat(PendingChanges.addToPendingDelete(cpu, "cpu", false).pending().get("delete")).contains("cpu");
    }

    @Test
    void removesFromThePendingDeleteListAsSpec51() {
        assertThat(PendingChanges.removeFromPendingDelete(conf(Map.of(), Map.of("delete", "memory")), "memory")
                .pending().properties()).isEmpty();
        assertThat(PendingChanges.removeFromPendingDelete(conf(Map.of(), Map.of("delete", "cpu,!memory")), "memory")
                .pending().get("delete")).contains("cpu");
        GuestConfig cpu = conf(Map.of(), Map.of("delete", "cpu"));
        assertThat(PendingChanges.removeFromPendingDelete(cpu, "memory")).isEqualTo(cpu);
    }

    @Test
    void cleansUpPendingChangesAsSpec51() {
        GuestConfig unset = conf(Map.of(), Map.of("delete", "memory"));
        GuestConfig cleaned = PendingChanges.cleanupPending(unset);
        assertThat(cleaned.pending().properties()).isEmpty();
        assertThat(PendingChanges.changed(unset, cleaned)).isTrue();

        GuestConfig set = conf(Map.of("memory", "128"), Map.of("delete", "memory"));
        assertThat(PendingChanges.cleanupPending(set)).isEqualTo(set);
        assertThat(PendingChanges.changed(set, PendingChanges.cleanupPending(set))).isFalse();

        GuestConfig same = conf(Map.of("memory", "128"), Map.of("memory", "128"));
        assertThat(PendingChanges.cleanupPending(same).pending().properties()).isEmpty();
        assertThat(PendingChanges.cleanupPending(same).main().properties()).isEqualTo(Map.of("memory", "128"));
        assertThat(PendingChanges.changed(same, PendingChanges.cleanupPending(same))).isTrue();
    }
}
