package dev.jpve.guest.replication;

import dev.jpve.guest.GuestConfigException;
import dev.jpve.schema.BooleanSchema;
import dev.jpve.schema.NumberSchema;
import dev.jpve.schema.PerlScalar;
import dev.jpve.schema.StringSchema;
import dev.jpve.section.PluginOption;
import dev.jpve.section.SectionConfig;
import dev.jpve.section.SectionConfigData;
import dev.jpve.section.SectionHeader;
import dev.jpve.section.SectionHooks;
import dev.jpve.section.SectionPlugin;
import dev.jpve.tools.TextEncoding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The parsed {@code /etc/pve/replication.cfg} (upstream {@code PVE::ReplicationConfig}, spec
 * guest.md 3.2): the jobs in file order, the digest of the text read and the warnings upstream
 * prints while reading. Immutable; the {@code with}/{@code without} methods return changed copies
 * whose new jobs go last.
 *
 * {@snippet :
 * ReplicationConfig cfg = ReplicationConfig.parse("local: 100-0\n\ttarget pve2\n");
 * cfg.findLocalReplicationJob(100, "pve2");   // Optional[ReplicationJob[... target=pve2 ...]]
 * cfg.write();                                // "local: 100-0\n\ttarget pve2\n\n"
 * }
 *
 * @param jobs section ID to job, in the order they are written
 * @param digest SHA-1 hex of the text read; empty for a config not read from a file
 * @param warnings what upstream warns about while reading, each without the trailing newline
 */
public record ReplicationConfig(Map<String, ReplicationJob> jobs, String digest, List<String> warnings) {
    /** The store path of the file. */
    public static final String FILENAME = "replication.cfg";

    private static final Pattern JOB_HEADER = Pattern.compile("^(\\S+):\\s*(\\d+)-(\\d+)\\s*$");
    private static final Pattern JOB_ID = Pattern.compile("^(\\d+)-(\\d+)$");
    private static final SectionConfig SECTIONS = sections();

    /** Copies the arguments. */
    public ReplicationConfig {
        jobs = Collections.unmodifiableMap(new LinkedHashMap<>(jobs));
        Objects.requireNonNull(digest, "digest");
        warnings = List.copyOf(warnings);
    }

    /** A config without jobs. */
    public static ReplicationConfig empty() {
        return new ReplicationConfig(Map.of(), "", List.of());
    }

    /** The section config of the file: the base properties and the one type {@code local}. */
    public static SectionConfig sectionConfig() {
        return SECTIONS;
    }

    private static SectionConfig sections() {
        return SectionConfig.builder()
                .property("type", StringSchema.builder().description("Section type.").build())
                .property("id", StringSchema.builder().pattern("[1-9][0-9]{2,8}-\\d{1,9}")
                        .description("Replication Job ID. The ID is composed of a Guest ID and a job number, "
                                + "separated by a hyphen, i.e. '<GUEST>-<JOBNUM>'.").build())
                .property("disable", BooleanSchema.builder().optional()
                        .description("Flag to disable/deactivate the entry.").build())
                .property("comment", StringSchema.builder().optional().maxLength(4096)
                        .description("Description.").build())
                .property("remove_job", StringSchema.builder().optional().enumValues("local", "full")
                        .description("Mark the replication job for removal. The job will remove all local"
                                + " replication snapshots. When set to 'full', it also tries to remove replicated"
                                + " volumes on the target. The job then removes itself from the configuration file.")
                        .build())
                .property("rate", NumberSchema.builder().optional().minimum(1)
                        .description("Rate limit in mbps (megabytes per second) as floating point number.").build())
                .property("schedule", StringSchema.builder().optional().format("pve-calendar-event").maxLength(128)
                        .defaultValue("*/15").description("Storage replication schedule. The format is a subset of "
                                + "`systemd` calendar events.").build())
                .property("source", StringSchema.builder().optional().format("pve-node")
                        .description("For internal use, to detect if the guest was stolen.").build())
                .plugin(SectionPlugin.builder("local")
                        .property("target", StringSchema.builder().format("pve-node").description("Target node.")
                                .build())
                        .option("target", PluginOption.FIXED)
                        .option("disable", PluginOption.OPTIONAL).option("comment", PluginOption.OPTIONAL)
                        .option("rate", PluginOption.OPTIONAL).option("schedule", PluginOption.OPTIONAL)
                        .option("remove_job", PluginOption.OPTIONAL).option("source", PluginOption.OPTIONAL)
                        .build())
                .hooks(new Hooks())
                .build();
    }

    /** Upstream's header syntax: the ID is rebuilt from the two integers; guest IDs below 100 skip the section. */
    private static final class Hooks implements SectionHooks {
        @Override
        public Optional<SectionHeader> parseHeader(String line) {
            Matcher m = JOB_HEADER.matcher(line);
            if (!m.matches()) {
                return Optional.empty();
            }
            String id = new java.math.BigInteger(m.group(2)) + "-" + new java.math.BigInteger(m.group(3));
            Optional<String> error = Optional.empty();
            try {
                parseJobId(id);
            } catch (GuestConfigException e) {
                error = Optional.of(e.upstreamText());
            }
            return Optional.of(new SectionHeader(m.group(1).toLowerCase(java.util.Locale.ROOT), id, error,
                    JsonNodeFactory.instance.objectNode()));
        }
    }

    /**
     * Upstream's {@code parse_replication_job_id}: the guest and job number of an ID.
     *
     * @throws GuestConfigException {@code invalid replication job id '<id>'}, with
     *     {@code  (guest IDs < 100 are reserved)} appended for a guest below 100
     */
    public static JobId parseJobId(String id) {
        Matcher m = JOB_ID.matcher(id);
        String msg = "invalid replication job id '" + id + "'";
        if (!m.matches()) {
            throw new GuestConfigException(msg);
        }
        long guest = saturated(m.group(1));
        if (guest < 100) {
            throw new GuestConfigException(msg + " (guest IDs < 100 are reserved)");
        }
        return new JobId(guest, saturated(m.group(2)));
    }

    /**
     * A parsed job ID.
     *
     * @param guest the guest ID
     * @param jobnum the job number
     */
    public record JobId(long guest, long jobnum) {}

    private static long saturated(String digits) {
        var n = new java.math.BigInteger(digits);
        return n.bitLength() < 63 ? n.longValue() : Long.MAX_VALUE;
    }

    /**
     * Upstream's {@code parse_config} of the file: sections with bad headers or values are skipped
     * with a warning, and of several jobs of one guest to one target only the first (by ID,
     * bytewise) is kept: {@code delete job <id>: replication job for guest '<vmid>' to target
     * '<tid>' already exists}.
     */
    public static ReplicationConfig parse(String raw) {
        SectionConfigData data = SECTIONS.parse(FILENAME, raw, false);
        List<String> warnings = new ArrayList<>();
        data.warnings().forEach(w -> warnings.add(w.endsWith("\n") ? w.substring(0, w.length() - 1) : w));
        Set<String> kept = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (String id : new TreeSet<>(data.ids().keySet())) {
            ObjectNode section = data.ids().get(id);
            if (section == null) {
                continue;
            }
            ReplicationJob job = job(id, section);
            if (!seen.add(job.guest() + "\0" + job.uniqueTargetId())) {
                warnings.add("delete job " + id + ": replication job for guest '" + job.guest() + "' to target '"
                        + job.uniqueTargetId() + "' already exists");
                continue;
            }
            kept.add(id);
        }
        Map<String, ReplicationJob> jobs = new LinkedHashMap<>();
        data.order().entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .filter(kept::contains).forEach(id -> jobs.put(id, job(id, data.ids().get(id))));
        return new ReplicationConfig(jobs, data.digest(), warnings);
    }

    private static ReplicationJob job(String id, ObjectNode s) {
        JobId parsed = parseJobId(id);
        return new ReplicationJob(text(s, "type").orElseThrow(), parsed.guest(), parsed.jobnum(),
                text(s, "target").orElseThrow(), text(s, "schedule"), text(s, "rate"),
                text(s, "comment").map(TextEncoding::decode), PerlScalar.isTruthy(s.get("disable")),
                text(s, "remove_job"), text(s, "source"));
    }

    private static Optional<String> text(ObjectNode s, String key) {
        JsonNode v = s.get(key);
        return PerlScalar.isUndefined(v) ? Optional.empty() : Optional.of(v.isBoolean()
                ? (v.booleanValue() ? "1" : "0") : PerlScalar.text(v));
    }

    /**
     * Upstream's {@code write_config}: header, {@code comment} (encoded) when truthy, {@code disable}
     * when set, {@code target}, then the other set options sorted; an empty line after each job.
     *
     * @throws GuestConfigException {@code property 'guest' has wrong value} for an ID that does not
     *     start with {@code <guest>-}, or {@code replication job for guest '<vmid>' to target
     *     '<tid>' already exists}
     */
    public String write() {
        Set<String> seen = new HashSet<>();
        Map<String, ObjectNode> ids = new LinkedHashMap<>();
        Map<String, Integer> order = new LinkedHashMap<>();
        for (var e : jobs.entrySet()) {
            ReplicationJob job = e.getValue();
            if (!e.getKey().startsWith(job.guest() + "-")) {
                throw new GuestConfigException("property 'guest' has wrong value");
            }
            if (!seen.add(job.guest() + "\0" + job.uniqueTargetId())) {
                throw new GuestConfigException("replication job for guest '" + job.guest() + "' to target '"
                        + job.uniqueTargetId() + "' already exists");
            }
            ids.put(e.getKey(), section(job));
            order.put(e.getKey(), order.size() + 1);
        }
        return SECTIONS.write(FILENAME, SectionConfigData.of(ids, order), false);
    }

    private static ObjectNode section(ReplicationJob job) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.put("type", job.type());
        s.put("target", job.target());
        job.schedule().ifPresent(v -> s.set("schedule", StringNode.valueOf(v)));
        job.rate().ifPresent(v -> s.set("rate", StringNode.valueOf(v)));
        job.comment().ifPresent(v -> s.set("comment", StringNode.valueOf(TextEncoding.encode(v))));
        if (job.disable()) {
            s.put("disable", 1);
        }
        job.removeJob().ifPresent(v -> s.set("remove_job", StringNode.valueOf(v)));
        job.source().ifPresent(v -> s.set("source", StringNode.valueOf(v)));
        return s;
    }

    /**
     * Upstream's {@code check_for_existing_jobs}: whether the guest has any job.
     *
     * @param noerr answer instead of failing
     * @throws GuestConfigException {@code There is a replication job '<id>' for guest '<vmid>' -
     *     Please remove that first.} unless {@code noerr}
     */
    public boolean checkForExistingJobs(int vmid, boolean noerr) {
        for (var e : jobs.entrySet()) {
            if (e.getValue().guest() == vmid) {
                if (noerr) {
                    return true;
                }
                throw new GuestConfigException("There is a replication job '" + e.getKey() + "' for guest '" + vmid
                        + "' - Please remove that first.");
            }
        }
        return false;
    }

    /** Upstream's {@code find_local_replication_job}: the guest's local job to that target. */
    public Optional<ReplicationJob> findLocalReplicationJob(int vmid, String target) {
        return jobs.values().stream()
                .filter(j -> j.type().equals("local") && j.guest() == vmid && j.target().equals(target)).findFirst();
    }

    /** Upstream's {@code list_guests_local_replication_jobs}: the guest's local jobs (in file order). */
    public List<ReplicationJob> listGuestsLocalReplicationJobs(int vmid) {
        return jobs.values().stream().filter(j -> j.type().equals("local") && j.guest() == vmid).toList();
    }

    /**
     * Upstream's {@code switch_replication_job_target_nolock} without the write: every local job of
     * the guest gets {@code source = oldTarget}, and the one whose target was {@code oldTarget}
     * gets {@code newTarget}. After a migration from A to B it is called with (B, A).
     */
    public ReplicationConfig switchReplicationJobTarget(int vmid, String oldTarget, String newTarget) {
        Map<String, ReplicationJob> out = new LinkedHashMap<>();
        jobs.forEach((id, j) -> {
            if (j.guest() == vmid && j.type().equals("local")) {
                j = (j.target().equals(oldTarget) ? j.withTarget(newTarget) : j).withSource(oldTarget);
            }
            out.put(id, j);
        });
        return new ReplicationConfig(out, digest, List.of());
    }

    /** A copy with the job added (last) or replaced (in place) under its ID. */
    public ReplicationConfig with(ReplicationJob job) {
        return with(job.id(), job);
    }

    /** A copy with the job under this section ID, which {@link #write()} checks against the job's guest. */
    public ReplicationConfig with(String id, ReplicationJob job) {
        Map<String, ReplicationJob> out = new LinkedHashMap<>(jobs);
        out.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(job, "job"));
        return new ReplicationConfig(out, digest, List.of());
    }

    /** A copy without the job. */
    public ReplicationConfig without(String id) {
        Map<String, ReplicationJob> out = new LinkedHashMap<>(jobs);
        out.remove(id);
        return new ReplicationConfig(out, digest, List.of());
    }

    /** A copy without any job of the guest. */
    public ReplicationConfig withoutGuest(int vmid) {
        Map<String, ReplicationJob> out = new LinkedHashMap<>(jobs);
        out.values().removeIf(j -> j.guest() == vmid);
        return new ReplicationConfig(out, digest, List.of());
    }
}
