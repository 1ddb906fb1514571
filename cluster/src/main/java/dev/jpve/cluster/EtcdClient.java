package dev.jpve.cluster;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * etcd v3 through its JSON gRPC gateway ({@code POST /v3/kv/range} and friends, keys and values in
 * base64). Requests go to the endpoint that answered last; when it refuses the connection the next
 * one is tried, so one live member of the cluster is enough. A request that reached an endpoint is
 * never repeated elsewhere: a transaction must not run twice.
 */
final class EtcdClient implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /** One key's stored state. */
    record KeyValue(String key, byte[] value, long createRevision, long modRevision) {
    }

    /** A transaction's outcome: whether the comparisons held, and the responses of the branch that ran. */
    record TxnResult(boolean succeeded, List<JsonNode> responses) {
    }

    private final List<URI> endpoints;
    private final HttpClient http;
    private final AtomicInteger current = new AtomicInteger();

    EtcdClient(List<URI> endpoints) {
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("no etcd endpoint given");
        }
        this.endpoints = List.copyOf(endpoints);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT).build();
    }

    List<URI> endpoints() {
        return endpoints;
    }

    Optional<KeyValue> get(String key) {
        ObjectNode body = JSON.createObjectNode().put("key", encode(key));
        JsonNode kvs = call("/v3/kv/range", body).path("kvs");
        return kvs.isEmpty() ? Optional.empty() : Optional.of(keyValue(kvs.get(0)));
    }

    /** The keys starting with {@code prefix}, in byte order. */
    List<String> keys(String prefix) {
        ObjectNode body = JSON.createObjectNode().put("key", encode(prefix)).put("range_end", prefixEnd(prefix))
                .put("keys_only", true);
        List<String> keys = new ArrayList<>();
        call("/v3/kv/range", body).path("kvs").forEach(kv -> keys.add(decodeText(kv.path("key"))));
        return keys;
    }

    void put(String key, byte[] value) {
        call("/v3/kv/put", putRequest(key, value, 0));
    }

    /** Runs {@code success} when every comparison holds, else {@code failure}, atomically. */
    TxnResult txn(List<ObjectNode> compare, List<ObjectNode> success, List<ObjectNode> failure) {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("compare").addAll(compare);
        body.putArray("success").addAll(success);
        body.putArray("failure").addAll(failure);
        JsonNode answer = call("/v3/kv/txn", body);
        List<JsonNode> responses = new ArrayList<>();
        answer.path("responses").forEach(responses::add);
        return new TxnResult(answer.path("succeeded").asBoolean(false), responses);
    }

    /** A lease that expires after {@code ttl} unless revoked first. */
    long grantLease(Duration ttl) {
        JsonNode answer = call("/v3/lease/grant", JSON.createObjectNode().put("TTL", ttl.toSeconds()));
        return Long.parseLong(answer.path("ID").asString());
    }

    void revokeLease(long id) {
        call("/v3/lease/revoke", JSON.createObjectNode().put("ID", Long.toString(id)));
    }

    /** The comparison {@code create_revision(key) == revision}; 0 means the key does not exist. */
    static ObjectNode createRevisionIs(String key, long revision) {
        return compare(key, "CREATE").put("create_revision", Long.toString(revision));
    }

    /** The comparison {@code mod_revision(key) == revision}: the key is unchanged since it was read. */
    static ObjectNode modRevisionIs(String key, long revision) {
        return compare(key, "MOD").put("mod_revision", Long.toString(revision));
    }

    static ObjectNode putOp(String key, byte[] value, long lease) {
        return JSON.createObjectNode().set("request_put", putRequest(key, value, lease));
    }

    static ObjectNode deleteOp(String key) {
        return JSON.createObjectNode().set("request_delete_range", JSON.createObjectNode().put("key", encode(key)));
    }

    static ObjectNode getOp(String key) {
        return JSON.createObjectNode().set("request_range", JSON.createObjectNode().put("key", encode(key)));
    }

    /** The key-values of a {@link #getOp} response. */
    static Optional<KeyValue> rangeResult(JsonNode response) {
        JsonNode kvs = response.path("response_range").path("kvs");
        return kvs.isEmpty() ? Optional.empty() : Optional.of(keyValue(kvs.get(0)));
    }

    private static ObjectNode compare(String key, String target) {
        return JSON.createObjectNode().put("key", encode(key)).put("result", "EQUAL").put("target", target);
    }

    private static ObjectNode putRequest(String key, byte[] value, long lease) {
        ObjectNode put = JSON.createObjectNode().put("key", encode(key))
                .put("value", Base64.getEncoder().encodeToString(value));
        if (lease != 0) {
            put.put("lease", Long.toString(lease));
        }
        return put;
    }

    private static KeyValue keyValue(JsonNode kv) {
        return new KeyValue(decodeText(kv.path("key")), Base64.getDecoder().decode(kv.path("value").asString("")),
                kv.path("create_revision").asLong(0), kv.path("mod_revision").asLong(0));
    }

    private static String encode(String key) {
        return Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeText(JsonNode base64) {
        return new String(Base64.getDecoder().decode(base64.asString("")), StandardCharsets.UTF_8);
    }

    /** etcd's range end for "every key with this prefix": the prefix with its last byte incremented. */
    private static String prefixEnd(String prefix) {
        byte[] end = prefix.getBytes(StandardCharsets.UTF_8);
        for (int i = end.length - 1; i >= 0; i--) {
            if (end[i] != (byte) 0xff) {
                end[i]++;
                return Base64.getEncoder().encodeToString(Arrays.copyOf(end, i + 1));
            }
        }
        return Base64.getEncoder().encodeToString(new byte[] {0});
    }

    private JsonNode call(String api, ObjectNode body) {
        byte[] request = JSON.writeValueAsBytes(body);
        int first = current.get();
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < endpoints.size(); i++) {
            int index = (first + i) % endpoints.size();
            URI endpoint = endpoints.get(index);
            try {
                JsonNode answer = send(endpoint, api, request);
                current.set(index);
                return answer;
            } catch (ConnectException | HttpConnectTimeoutException e) {
                refused.add(endpoint + " (" + describe(e) + ")");
            }
        }
        throw new StoreException("cannot connect to etcd: " + String.join(", ", refused));
    }

    private JsonNode send(URI endpoint, String api, byte[] request) throws ConnectException, HttpConnectTimeoutException {
        HttpRequest post = HttpRequest.newBuilder(endpoint.resolve(api)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(post, HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw e;
        } catch (IOException e) {
            throw new StoreException("etcd at " + endpoint + " failed: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for etcd at " + endpoint, e);
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new StoreException("etcd at " + endpoint + " answered " + api + " with HTTP " + response.statusCode()
                    + " and no JSON", e);
        }
        if (response.statusCode() != 200) {
            String message = answer.path("message").asString(answer.path("error").asString("HTTP " + response.statusCode()));
            throw new StoreException("etcd at " + endpoint + " refused " + api + ": " + message);
        }
        return answer;
    }

    private static String describe(IOException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void close() {
        http.close();
    }
}
