package dev.jpve.bench;

import dev.jpve.schema.Schema;
import dev.jpve.section.PluginOption;
import dev.jpve.section.SectionConfig;
import dev.jpve.section.SectionConfigData;
import dev.jpve.section.SectionPlugin;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parsing and writing a 1,000-section {@code storage.cfg}-like file (dir, nfs, lvmthin and rbd
 * sections, 4-7 properties each, every value schema-checked).
 *
 * <p>Baseline: {@link #lexOnly}, splitting the same text into lines and matching each line
 * against the property regex, the floor any parser of this syntax pays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SectionConfigBench {
    private static final Pattern PROPERTY = Pattern.compile("^\\s+(\\S+)(\\s+(.*\\S))?\\s*$");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SectionConfig config;
    private String text;
    private SectionConfigData parsed;

    /** Builds the plugin set and the file once. */
    @Setup
    public void setup() {
        config = storageConfig();
        text = storageFile(1000);
        parsed = config.parse("storage.cfg", text, false);
        if (!parsed.warnings().isEmpty() || parsed.ids().size() != 1000) {
            throw new IllegalStateException("bad bench input: " + parsed.warnings());
        }
    }

    /** Baseline: split into lines and match every line against the property regex. */
    @Benchmark
    public int lexOnly() {
        int n = 0;
        for (String line : text.split("\n")) {
            if (PROPERTY.matcher(line).matches()) {
                n++;
            }
        }
        return n;
    }

    /** Parse the 1,000 sections (with digest and every value checked). */
    @Benchmark
    public SectionConfigData parse() {
        return config.parse("storage.cfg", text, false);
    }

    /** Write the 1,000 parsed sections back. */
    @Benchmark
    public String write() {
        return config.write("storage.cfg", parsed, false);
    }

    private static Schema schema(String json) {
        return Schema.fromJson(JSON.readTree(json.replace('\'', '"')));
    }

    static SectionConfig storageConfig() {
        return SectionConfig.builder()
                .property("type", schema("{'description':'Storage type.'}"))
                .property("storage", schema("{'type':'string','format':'pve-storage-id'}"))
                .property("nodes", schema("{'type':'string','format':'pve-node-list','optional':1}"))
                .property("content", schema("{'type':'string','pattern':'[a-z,]+','optional':1}"))
                .property("disable", schema("{'type':'boolean','optional':1}"))
                .property("shared", schema("{'type':'boolean','optional':1}"))
                .property("prune-backups", schema("{'type':'string','optional':1,'format':{"
                        + "'keep-all':{'type':'boolean','optional':1},"
                        + "'keep-last':{'type':'integer','minimum':1,'optional':1},"
                        + "'keep-daily':{'type':'integer','minimum':1,'optional':1}}}"))
                .plugin(SectionPlugin.builder("dir")
                        .property("path", schema("{'type':'string','maxLength':4096}"))
                        .option("path", PluginOption.FIXED).option("content", PluginOption.OPTIONAL)
                        .option("nodes", PluginOption.OPTIONAL).option("shared", PluginOption.OPTIONAL)
                        .option("disable", PluginOption.OPTIONAL).option("prune-backups", PluginOption.OPTIONAL)
                        .build())
                .plugin(SectionPlugin.builder("nfs")
                        .property("server", schema("{'type':'string','format':'address'}"))
                        .property("export", schema("{'type':'string'}"))
                        .option("server", PluginOption.FIXED).option("export", PluginOption.FIXED)
                        .option("path", PluginOption.FIXED).option("content", PluginOption.OPTIONAL)
                        .option("nodes", PluginOption.OPTIONAL).option("prune-backups", PluginOption.OPTIONAL)
                        .build())
                .plugin(SectionPlugin.builder("lvmthin")
                        .property("vgname", schema("{'type':'string','pattern':'[a-zA-Z0-9.+_][a-zA-Z0-9.+_-]+'}"))
                        .property("thinpool", schema("{'type':'string'}"))
                        .option("vgname", PluginOption.FIXED).option("thinpool", PluginOption.FIXED)
                        .option("content", PluginOption.OPTIONAL).option("nodes", PluginOption.OPTIONAL)
                        .build())
                .plugin(SectionPlugin.builder("rbd")
                        .property("pool", schema("{'type':'string'}"))
                        .property("krbd", schema("{'type':'boolean','optional':1}"))
                        .property("username", schema("{'type':'string','optional':1}"))
                        .option("pool", PluginOption.OPTIONAL).option("krbd", PluginOption.OPTIONAL)
                        .option("username", PluginOption.OPTIONAL).option("content", PluginOption.OPTIONAL)
                        .option("nodes", PluginOption.OPTIONAL)
                        .build())
                .build();
    }

    static String storageFile(int sections) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sections; i++) {
            sb.append(switch (i % 4) {
                case 0 -> "dir: local" + i + "\n\tpath /var/lib/vz" + i + "\n\tcontent iso,vztmpl,backup\n"
                        + "\tshared 0\n\tprune-backups keep-all=1\n";
                case 1 -> "nfs: nfs" + i + "\n\texport /srv/export" + i + "\n\tpath /mnt/pve/nfs" + i
                        + "\n\tserver 10.0." + (i % 250) + ".1\n\tcontent images,iso\n\tnodes node1,node2\n"
                        + "\tprune-backups keep-last=3,keep-daily=7\n";
                case 2 -> "lvmthin: thin" + i + "\n\tthinpool data\n\tvgname pve" + i + "\n\tcontent rootdir,images\n";
                default -> "rbd: ceph" + i + "\n\tcontent images\n\tkrbd 1\n\tpool rbd" + i + "\n\tusername admin\n";
            }).append('\n');
        }
        return sb.toString();
    }
}
