package dev.jpve.cluster;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Opens the {@link ConfigStore} a configuration string names. */
public final class ConfigStores {
    private static final String ETCD = "etcd:";
    private static final String PREFIX_OPTION = "prefix=";

    private ConfigStores() {
    }

    /**
     * The store {@code spec} names: empty or {@code local} for a {@link LocalConfigStore} under
     * {@code localRoot}; {@code etcd:<url>[,<url>...][?prefix=/x/]} for an {@link EtcdConfigStore}
     * at those client URLs (prefix {@value EtcdConfigStore#DEFAULT_PREFIX} by default).
     *
     * @throws IllegalArgumentException for any other spec
     */
    public static ConfigStore open(String spec, Path localRoot, String node) {
        String text = spec == null ? "" : spec.strip();
        if (text.isEmpty() || text.equals("local")) {
            return LocalConfigStore.open(localRoot, node);
        }
        if (!text.startsWith(ETCD)) {
            throw new IllegalArgumentException("unknown config store '" + spec + "' (expected 'local' or 'etcd:<url>,...')");
        }
        String urls = text.substring(ETCD.length());
        String prefix = EtcdConfigStore.DEFAULT_PREFIX;
        int query = urls.indexOf('?');
        if (query >= 0) {
            String option = urls.substring(query + 1);
            if (!option.startsWith(PREFIX_OPTION)) {
                throw new IllegalArgumentException("unknown etcd option '" + option + "' in '" + spec + "'");
            }
            prefix = option.substring(PREFIX_OPTION.length());
            urls = urls.substring(0, query);
        }
        List<URI> endpoints = Arrays.stream(urls.split(",")).map(String::strip).filter(u -> !u.isEmpty())
                .map(ConfigStores::endpoint).toList();
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("no etcd endpoint in '" + spec + "'");
        }
        return EtcdConfigStore.open(endpoints, prefix, node);
    }

    private static URI endpoint(String url) {
        URI uri = URI.create(url);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("invalid etcd endpoint '" + url + "' (expected http://host:port)");
        }
        return uri;
    }
}
