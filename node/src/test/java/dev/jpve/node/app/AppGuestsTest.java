package dev.jpve.node.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppGuestsTest {
    @TempDir
    Path data;

    private AppGuests apps;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        apps = AppGuests.open(data, "n1", Optional.empty());
    }

    @AfterEach
    void stop() {
        for (int vmid : new int[] {100, 101, 102}) {
            apps.supervisor().stop(vmid);
        }
    }

    private Path configFile() {
        return data.resolve("etc/nodes/n1/app/100.conf");
    }

    private void create(Map<String, String> values) throws IOException {
        apps.reserve(100);
        apps.create(100, values, log::add);
    }

    @Test
    void aFailedCreateReportsItsOwnErrorNotTheCleanupsAndFreesWhatItAllocated() {
        assertThatThrownBy(() -> apps.create(100, Map.of("cmd", "true", "rootfs", "local:dir"), log::add))
                .hasMessageContaining("does not exist")
                .satisfies(e -> assertThat(e.getSuppressed()).isNotEmpty());
        assertThat(apps.storage().exists("local:100/vm-100-disk-0")).isFalse();
    }

    @Test
    void theConfigIsWrittenInPveContainersStyleWithTheAppsKeys() throws IOException {
        create(Map.of("cmd", "sleep 600", "env", "A=1;B=two words", "rootfs", "local:dir", "memory", "64",
                "description", "my app"));

        assertThat(configFile()).hasContent("""
                #my app
                cmd: sleep 600
                env: A=1;B=two words
                memory: 64
                rootfs: local:100/vm-100-disk-0""");
        assertThat(log).containsExactly("rootfs: allocated volume 'local:100/vm-100-disk-0'");
        assertThat(apps.list()).containsExactly(100);
    }

    @Test
    void theProcessSeesItsEnvironmentAndRunsInItsRootVolume() throws IOException {
        create(Map.of("cmd", "sh -c 'echo \"$A $JPVE_VMID $(pwd)\" > out.txt; exec sleep 600'", "env", "A=hello",
                "rootfs", "local:dir"));
        apps.start(100, log::add);
        Path out = apps.storage().path("local:100/vm-100-disk-0").resolve("out.txt");
        Await.until("the app wrote its line", () -> Files.exists(out) && out.toFile().length() > 0);
        assertThat(out).hasContent("hello 100 " + out.getParent());
    }

    @Test
    void aReplacedVolumeBecomesUnusedAndIsFreedWithTheGuest() throws IOException {
        create(Map.of("cmd", "sleep 600", "rootfs", "local:dir"));

        apps.update(100, new AppConfigChange(Map.of("rootfs", "local:dir"), List.of(), List.of(), Optional.empty()),
                log::add);

        String text = Files.readString(configFile());
        assertThat(text).contains("rootfs: local:100/vm-100-disk-1", "unused0: local:100/vm-100-disk-0");
        apps.destroy(100, true, log::add);
        assertThat(data.resolve("storage/images/100")).doesNotExist();
        assertThat(configFile()).doesNotExist();
    }

    @Test
    void aStaleDigestIsRefused() throws IOException {
        create(Map.of("cmd", "sleep 600"));
        AppConfigChange change = new AppConfigChange(Map.of("name", "x"), List.of(), List.of(), Optional.of("0".repeat(40)));
        assertThatThrownBy(() -> apps.update(100, change, log::add))
                .hasMessage("detected modified configuration - file changed by other user? Try again.");
    }

    @Test
    void aSecondCreateOfTheSameVmidIsRefused() throws IOException {
        create(Map.of("cmd", "sleep 600"));
        assertThatThrownBy(() -> apps.reserve(100)).hasMessage("app 100 already exists on node 'n1'");
    }

    @Test
    void anAppWithoutCommandCannotStart() throws IOException {
        create(Map.of("name", "idle"));
        assertThatThrownBy(() -> apps.start(100, log::add)).hasMessage("unable to start app 100: no 'cmd' configured");
    }

    @Test
    void aLockedAppCannotStart() throws IOException {
        create(Map.of("cmd", "sleep 600"));
        apps.configs().setLock(100, "backup");
        assertThatThrownBy(() -> apps.start(100, log::add)).hasMessage("app is locked (backup)");
    }

    @Test
    void startOnBootStartsTheOnbootAppsByTheirStartupOrder() throws IOException {
        for (int vmid : new int[] {100, 101, 102}) {
            apps.reserve(vmid);
        }
        apps.create(100, Map.of("cmd", "sleep 600", "onboot", "1"), log::add);
        apps.create(101, Map.of("cmd", "sleep 600", "onboot", "1", "startup", "order=1"), log::add);
        apps.create(102, Map.of("cmd", "sleep 600"), log::add);
        log.clear();

        assertThat(apps.startOnBoot(log::add)).isZero();

        assertThat(log).hasSize(2);
        assertThat(log.get(0)).startsWith("app 101 started with pid ");
        assertThat(log.get(1)).startsWith("app 100 started with pid ");
        assertThat(apps.isRunning(102)).isFalse();
    }

    @Test
    void aVolumeOfAnotherGuestCannotBeAttached() throws IOException {
        create(Map.of("cmd", "sleep 600"));
        AppConfigChange change = new AppConfigChange(Map.of("mp0", "local:101/vm-101-disk-0"), List.of(), List.of(),
                Optional.empty());
        assertThatThrownBy(() -> apps.update(100, change, log::add))
                .hasMessage("volume 'local:101/vm-101-disk-0' does not belong to app 100");
    }
}
