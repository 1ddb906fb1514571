package dev.jpve.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ApiPathTest {
    /** Upstream's pattern, the reference the hand-written scanner must agree with. */
    private static final Pattern UPSTREAM = Pattern.compile("^/api2/+([a-z][a-z0-9]+)(/.*)?$", Pattern.DOTALL);

    @Test
    void splitsTheFormatFromTheRelativeUri() {
        assertThat(ApiAdapter.ApiPath.parse("/api2/json/version")).contains(new ApiAdapter.ApiPath("json", "/version"));
        assertThat(ApiAdapter.ApiPath.parse("/api2//extjs")).contains(new ApiAdapter.ApiPath("extjs", "/"));
        assertThat(ApiAdapter.ApiPath.parse("/api2/j")).isEmpty();
        assertThat(ApiAdapter.ApiPath.parse("/api2/Json/x")).isEmpty();
    }

    @Test
    void agreesWithUpstreamsPatternOnEveryShortPath() {
        List<String> pieces = List.of("/", "a", "z", "0", "A", "-", "\n");
        for (String tail : words(pieces, 6)) {
            String path = "/api2" + tail;
            Matcher m = UPSTREAM.matcher(path);
            Optional<ApiAdapter.ApiPath> expected = m.matches()
                    ? Optional.of(new ApiAdapter.ApiPath(m.group(1), m.group(2) == null ? "/" : m.group(2)))
                    : Optional.empty();
            assertThat(ApiAdapter.ApiPath.parse(path)).as(path).isEqualTo(expected);
        }
    }

    /** Every concatenation of up to {@code max} pieces. */
    static List<String> words(List<String> pieces, int max) {
        List<String> all = new java.util.ArrayList<>(List.of(""));
        List<String> last = List.of("");
        for (int n = 1; n <= max; n++) {
            List<String> next = new java.util.ArrayList<>();
            for (String w : last) {
                for (String p : pieces) {
                    next.add(w + p);
                }
            }
            all.addAll(next);
            last = next;
        }
        return all;
    }
}
