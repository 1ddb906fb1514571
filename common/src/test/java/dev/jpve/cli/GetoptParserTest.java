package dev.jpve.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class GetoptParserTest {
    private static final GetoptParser PARSER = GetoptParser.of(List.of(
            new OptionSpec("flag", OptionSpec.Arity.OPTIONAL_VALUE),
            new OptionSpec("force", OptionSpec.Arity.OPTIONAL_VALUE),
            new OptionSpec("vmid", OptionSpec.Arity.MANDATORY_VALUE),
            new OptionSpec("vmname", OptionSpec.Arity.MANDATORY_VALUE),
            new OptionSpec("arr", OptionSpec.Arity.REPEATABLE)));

    @Test
    void permutesOptionsAndPositionalArguments() throws Exception {
        GetoptParser.Result r = PARSER.parse(List.of("a", "--vmid", "1", "b", "-arr", "x", "--arr=y", "c"));
        assertThat(r.values()).isEqualTo(Map.of("vmid", "1", "arr", List.of("x", "y")));
        assertThat(r.positional()).containsExactly("a", "b", "c");
    }

    @Test
    void anExactNameWinsOverLongerNamesItPrefixes() throws Exception {
        GetoptParser exact = GetoptParser.of(List.of(new OptionSpec("net", OptionSpec.Arity.MANDATORY_VALUE),
                new OptionSpec("net0", OptionSpec.Arity.MANDATORY_VALUE)));
        assertThat(exact.parse(List.of("--NET", "x")).values()).isEqualTo(Map.of("net", "x"));
    }

    @Test
    void refusalsCarryGetoptsWarning() {
        assertThatThrownBy(() -> PARSER.parse(List.of("--bogus"))).hasMessage("Unknown option: bogus");
        assertThatThrownBy(() -> PARSER.parse(List.of("--f"))).hasMessage("Option f is ambiguous (flag, force)");
        assertThatThrownBy(() -> PARSER.parse(List.of("--vm", "1"))).hasMessage("Option vm is ambiguous (vmid, vmname)");
        assertThatThrownBy(() -> PARSER.parse(List.of("--vmid"))).hasMessage("Option vmid requires an argument");
    }

    @Test
    void anOptionalValueStopsAtWhatLooksLikeAnOption() throws Exception {
        assertThat(PARSER.parse(List.of("--flag", "--force")).values()).isEqualTo(Map.of("flag", "", "force", ""));
        assertThat(PARSER.parse(List.of("--flag", "--")).positional()).isEmpty();
        assertThat(PARSER.parse(List.of("--flag", "-")).values()).isEqualTo(Map.of("flag", "-"));
        assertThat(PARSER.parse(List.of("--flag", "no")).values()).isEqualTo(Map.of("flag", "no"));
    }

    @Property(tries = 300)
    void randomCommandLinesParseOrAreRefusedNeverAnythingElse(
            @ForAll @Size(max = 8) List<@StringLength(max = 6) String> argv) {
        try {
            GetoptParser.Result r = PARSER.parse(argv);
            assertThat(r.positional().size()).isLessThanOrEqualTo(argv.size());
        } catch (GetoptException e) {
            assertThat(e.getMessage()).isNotEmpty();
        }
    }
}
