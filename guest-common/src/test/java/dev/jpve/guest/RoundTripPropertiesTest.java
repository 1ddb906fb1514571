package dev.jpve.guest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RoundTripPropertiesTest {
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void whatTheVmWriterProducesParsesBackAndIsWrittenIdentically(@ForAll("vmConfigs") GuestConfig conf) {
        roundTrip(ConfigCodec.qemu(), conf);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void whatTheContainerWriterProducesParsesBackAndIsWrittenIdentically(@ForAll("ctConfigs") GuestConfig conf) {
        roundTrip(ConfigCodec.lxc(), conf);
    }

    private static void roundTrip(ConfigCodec codec, GuestConfig conf) {
        String text = codec.write(conf);
        ParsedConfig parsed = codec.parse(100, text.getBytes(StandardCharsets.UTF_8), true);
        assertThat(parsed.warnings()).isEmpty();
        assertThat(codec.write(parsed.config())).isEqualTo(text);
        assertThat(parsed.config().snapshots().keySet()).isEqualTo(conf.snapshots().keySet());
    }

    @Provide
    Arbitrary<GuestConfig> vmConfigs() {
        return configs(false);
    }

    @Provide
    Arbitrary<GuestConfig> ctConfigs() {
        return configs(true);
    }

    private static Arbitrary<GuestConfig> configs(boolean ct) {
        Arbitrary<Map<String, ConfigSection>> snapshots = Arbitraries.maps(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8)
                        .filter(n -> !n.equals("pending")), section(ct)).ofMaxSize(4);
        return Combinators.combine(section(ct), section(ct), snapshots).as((main, pending, snaps) ->
                new GuestConfig(main, pending, new TreeMap<>(snaps), new TreeMap<>(), ""));
    }

    private static Arbitrary<ConfigSection> section(boolean ct) {
        Arbitrary<String> word = Arbitraries.strings().withChars("abcxyz019=,;:/.-_ ").ofMinLength(1).ofMaxLength(12)
                .map(String::strip).filter(s -> !s.isEmpty());
        Arbitrary<Map<String, String>> props = Combinators.combine(
                Arbitraries.integers().between(0, 64).optional(), Arbitraries.of("0", "1").optional(),
                word.optional(), word.optional(), Arbitraries.of("0.5", "2", "10.25").optional())
                .as((cores, onboot, ostype, lock, cpulimit) -> {
                    Map<String, String> m = new TreeMap<>();
                    cores.ifPresent(c -> m.put("cores", c.toString()));
                    onboot.ifPresent(o -> m.put("onboot", o));
                    ostype.ifPresent(o -> m.put("ostype", o));
                    lock.ifPresent(l -> m.put("lock", l));
                    cpulimit.ifPresent(c -> m.put("cpulimit", c));
                    return m;
                });
        Arbitrary<Optional<String>> description = Arbitraries.strings().all().ofMaxLength(20)
                .list().ofMinSize(1).ofMaxSize(3)
                .map(pieces -> String.join("\n", pieces) + "x")
                .filter(d -> !d.contains("\r") || ct)
                .optional();
        Arbitrary<List<LxcEntry>> lxc = ct ? Arbitraries.of(new LxcEntry("lxc.cap.drop", "sys_admin"),
                new LxcEntry("lxc.mount.entry", "/a b none bind 0 0"), new LxcEntry("lxc.cgroup2.cpu.max", "1"))
                .list().ofMaxSize(3) : Arbitraries.just(List.of());
        Arbitrary<List<String>> env = ct ? word.map(w -> "K=" + w).list().ofMaxSize(2) : Arbitraries.just(List.of());
        return Combinators.combine(description, props, lxc, env).as((d, p, l, e) ->
                new ConfigSection(d, new TreeMap<>(p), l, e));
    }
}
