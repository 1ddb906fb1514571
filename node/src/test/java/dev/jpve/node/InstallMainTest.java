package dev.jpve.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallMainTest {
    @TempDir
    Path dir;

    @Test
    void linksTheLaunchersAndWritesCompletionsThatCallTheToolsByName() throws IOException {
        Path home = Files.createDirectories(dir.resolve("checkout"));
        for (String tool : InstallMain.TOOLS) {
            Files.writeString(home.resolve(tool), "#!/bin/sh\n");
            Files.setPosixFilePermissions(home.resolve(tool), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path prefix = dir.resolve("prefix");

        InstallMain.install(home, prefix);
        InstallMain.install(home, prefix); // again: replaces, does not fail

        assertThat(Files.readSymbolicLink(prefix.resolve("bin/jpvesh"))).isEqualTo(home.resolve("jpvesh"));
        assertThat(Files.readSymbolicLink(prefix.resolve("bin/jpve-app"))).isEqualTo(home.resolve("jpve-app"));
        assertThat(prefix.resolve("share/bash-completion/completions/jpvesh"))
                .content().endsWith("complete -o default -C 'jpvesh bashcomplete' jpvesh\n");
        assertThat(prefix.resolve("share/zsh/site-functions/_jpve-app")).content().startsWith("#compdef _jpve-app jpve-app");
    }

    @Test
    void refusesADirectoryThatIsNoCheckout() {
        assertThatThrownBy(() -> InstallMain.install(dir, dir.resolve("prefix")))
                .isInstanceOf(IOException.class).hasMessageContaining("is jpve.home a jpve checkout?");
    }
}
