package dev.jpve.node.app;

import dev.jpve.guest.ConfigSection;
import dev.jpve.procfs.CpuInfo;
import dev.jpve.procfs.PidStat;
import dev.jpve.procfs.Uptime;
import java.io.IOException;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code status/current} and the list report of one app, in the shape of qemu-server's
 * {@code vmstatus}: {@code vmid}, {@code status} ({@code running}/{@code stopped}),
 * {@code qmpstatus} ({@code running}/{@code paused}/{@code stopped}), {@code pid},
 * {@code uptime}, {@code mem} (resident bytes), {@code maxmem}, {@code name}, {@code lock},
 * {@code tags}.
 */
public final class AppStatusReport {
    private AppStatusReport() {}

    /** The report, empty when the guest has no config. */
    public static Optional<ObjectNode> of(AppGuests apps, int vmid) {
        ConfigSection main;
        try {
            main = apps.configs().load(vmid).main();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        ObjectNode out = ApiParts.JSON.objectNode().put("vmid", vmid);
        Optional<PidStat> stat = apps.supervisor().stat(vmid);
        out.put("status", stat.isPresent() ? "running" : "stopped");
        out.put("qmpstatus", stat.map(s -> s.status().equals("T") ? "paused" : "running").orElse("stopped"));
        main.get("name").ifPresent(n -> out.put("name", n));
        main.get("lock").ifPresent(l -> out.put("lock", l));
        main.get("tags").ifPresent(t -> out.put("tags", t));
        main.get("memory").filter(m -> m.matches("\\d{1,9}"))
                .ifPresent(m -> out.put("maxmem", Long.parseLong(m) * 1024 * 1024));
        out.put("uptime", 0);
        stat.ifPresent(s -> {
            out.put("pid", s.pid());
            out.put("mem", s.rss());
            long started = s.starttime() / Math.max(1, CpuInfo.read().userHz());
            out.put("uptime", Math.max(0, Uptime.read().uptimeSeconds() - started));
        });
        return Optional.of(out);
    }
}
