package dev.jpve.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiExceptionTest {
    @Test
    void paramExceptionTextHasErrorsThenUsage() {
        ApiException e = ApiException.param(Map.of("vmid", "bad"), "usage: qm start <vmid>");
        assertThat(e.toText()).isEqualTo("400 Parameter verification failed.\nvmid: bad\nusage: qm start <vmid>\n");
        assertThat(e.isParamException()).isTrue();
        assertThat(e.getMessage()).isEqualTo(e.toText());
    }

    @Test
    void messageWithoutNewlineGetsOne() {
        assertThat(ApiException.of(500, "with code nonl").toText()).isEqualTo("500 with code nonl\n");
        assertThat(ApiException.of(0, "no code\n").toText()).isEqualTo("no code\n");
    }

    @Test
    void errorsKeepInsertionOrder() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("z", "1");
        errors.put("a", "2");
        assertThat(ApiException.param(errors).toText()).isEqualTo("400 Parameter verification failed.\nz: 1\na: 2\n");
    }

    @Test
    void permissionExceptions() {
        assertThat(ApiException.permission().toText()).isEqualTo("403 Permission check failed\n");
        assertThat(ApiException.permission("/vms/100, VM.Audit").toText())
                .isEqualTo("403 Permission check failed (/vms/100, VM.Audit)\n");
        assertThat(ApiException.permission().isParamException()).isFalse();
    }
}
