package dev.jpve.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirGlobTest {
    @TempDir
    Path dir;

    @Test
    void visitsEveryEntryWhoseWholeNameMatches() throws IOException {
        touch("qemu-100.conf", "qemu-200.conf", "qemu-100.conf.bak", "lxc-300.conf");
        List<String> ids = new ArrayList<>();
        DirGlob.forEach(dir, Pattern.compile("qemu-(\\d+)\\.conf"), m -> ids.add(m.groups().get(0).orElseThrow()));
        assertThat(ids).containsExactlyInAnyOrder("100", "200");
    }

    @Test
    void findsTheFirstMatchWithItsGroups() throws IOException {
        touch("a-1");
        Optional<DirGlob.Match> match = DirGlob.first(dir, Pattern.compile("(a)-(\\d)(x)?"));
        assertThat(match).contains(new DirGlob.Match("a-1",
                List.of(Optional.of("a"), Optional.of("1"), Optional.empty())));
    }

    @Test
    void reportsTheDotEntriesWhenThePatternAcceptsThem() {
        List<String> names = new ArrayList<>();
        DirGlob.forEach(dir, Pattern.compile("\\.+"), m -> names.add(m.name()));
        assertThat(names).containsExactly(".", "..");
    }

    @Test
    void yieldsNothingForAMissingDirectory() {
        assertThat(DirGlob.first(dir.resolve("nope"), Pattern.compile(".*"))).isEmpty();
        List<String> names = new ArrayList<>();
        DirGlob.forEach(dir.resolve("nope"), Pattern.compile(".*"), m -> names.add(m.name()));
        assertThat(names).isEmpty();
    }

    private void touch(String... names) throws IOException {
        for (String name : names) {
            Files.createFile(dir.resolve(name));
        }
    }
}
