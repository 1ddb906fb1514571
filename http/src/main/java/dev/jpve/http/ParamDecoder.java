package dev.jpve.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request parameters as upstream decodes them ({@code decode_urlencoded}, {@code extract_params}).
 *
 * <p>Pairs are split on {@code &} or {@code ;}; {@code +} is a space and {@code %XX} a byte;
 * values are UTF-8. A key repeated N times becomes an array of N strings; a key without
 * {@code =} has an undefined (null) value.
 */
final class ParamDecoder {
    private ParamDecoder() {}

    /** Decodes an {@code application/x-www-form-urlencoded} text (a query string or a body). */
    static ObjectNode urlencoded(String data) {
        ObjectNode res = JsonNodeFactory.instance.objectNode();
        if (data == null || data.isEmpty()) {
            return res;
        }
        for (String kv : data.split("[&;]")) {
            if (kv.isEmpty()) {
                continue;
            }
            int eq = kv.indexOf('=');
            String key = unescape(eq < 0 ? kv : kv.substring(0, eq));
            if (eq < 0) {
                res.putNull(key);
            } else {
                add(res, key, unescape(kv.substring(eq + 1)));
            }
        }
        return res;
    }

    private static void add(ObjectNode res, String key, String value) {
        JsonNode old = res.get(key);
        if (old == null || old.isNull()) {
            res.put(key, value);
        } else if (old.isArray()) {
            ((ArrayNode) old).add(value);
        } else {
            ArrayNode list = res.putArray(key);
            list.add(old.asString());
            list.add(value);
        }
    }

    /** {@code +} to space, {@code %XX} to a byte, the bytes read as UTF-8. */
    static String unescape(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            byte b = in[i];
            if (b == '+') {
                out.write(' ');
            } else if (b == '%' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                out.write(hex(in[i + 1]) * 16 + hex(in[i + 2]));
                i += 2;
            } else {
                out.write(b);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Percent-decoding only ({@code +} stays): how credentials in cookies are read. */
    static String uriUnescape(String s) {
        return unescape(s.replace("+", "%2B"));
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    /**
     * The request parameters: the body's (JSON object or form), then the query's on top (a query
     * key replaces a body key), without the ExtJS cache buster {@code _dc}.
     */
    static ObjectNode merge(ObjectNode body, ObjectNode query) {
        query.properties().forEach(e -> body.set(e.getKey(), e.getValue()));
        body.remove("_dc");
        return body;
    }
}
