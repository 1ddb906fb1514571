package dev.jpve.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The pure helpers of upstream's {@code PVE::GuestHelpers} (spec guest.md 3.1, 2.7). */
class GuestHelpersTest {
    @Test
    void safeComparisonsTreatUndefAsEqualOnlyToUndef() {
        assertThat(SafeCompare.numNe(null, null)).isFalse();
        assertThat(SafeCompare.numNe(null, "0")).isTrue();
        assertThat(SafeCompare.numNe("1.0", "1")).isFalse();
        assertThat(SafeCompare.numNe("2", "1")).isTrue();
        assertThat(SafeCompare.stringNe("1.0", "1")).isTrue();
        assertThat(SafeCompare.stringNe("a", null)).isTrue();
        assertThat(SafeCompare.booleanNe(null, "0")).isFalse();
        assertThat(SafeCompare.booleanNe("", "1")).isTrue();
    }

    @Test
    void typesafeNeDispatchesOnTheTypeAndRejectsOthersWithUpstreamsText() {
        assertThat(SafeCompare.typesafeNe("1", "1.00", "integer")).isFalse();
        assertThat(SafeCompare.typesafeNe("1", "1.00", "string")).isTrue();
        assertThat(SafeCompare.typesafeNe("0", "", "boolean")).isFalse();
        assertThat(SafeCompare.typesafeNe(null, "x", "object")).isTrue();
        assertThatThrownBy(() -> SafeCompare.typesafeNe("a", "b", "object"))
                .hasMessage("internal error: can't compare a and b with type object");
    }

    private static SnapshotTree.Entry entry(String name, String parent, Long snaptime, String description) {
        return new SnapshotTree.Entry(name, Optional.ofNullable(parent),
                snaptime == null ? OptionalLong.empty() : OptionalLong.of(snaptime), Optional.ofNullable(description));
    }

    @Test
    void theSnapshotTreeIsPrintedByAgeWithCurrentLastAndOneMoreSpacePerLevel() {
        List<SnapshotTree.Entry> list = List.of(
                entry("current", "snap2", null, "You are here!"),
                entry("snap2", "snap1", 1234567990L, null),
                entry("snap1", null, 1234567890L, "first\nsecond line"),
                entry("other", "gone", 1234560000L, "0"));
        assertThat(SnapshotTree.render(list, ZoneOffset.UTC)).isEqualTo(
                "`-> other" + " ".repeat(22) + " 2009-02-13 21:20:00    " + " no-description\n"
                + "`-> snap1" + " ".repeat(22) + " 2009-02-13 23:31:30    " + " first\n"
                + " `-> snap2" + " ".repeat(21) + " 2009-02-13 23:33:10    " + " no-description\n"
                + "  `-> current" + " ".repeat(18) + " " + " ".repeat(23) + " You are here!\n");
    }

    @Test
    void aLongNameIsNotCutAndDeepLevelsStopPadding() {
        String name = "n".repeat(40);
        assertThat(SnapshotTree.render(List.of(entry(name, null, 0L, "d")), ZoneOffset.ofHours(1)))
                .isEqualTo("`-> " + name + " 1970-01-01 01:00:00     d\n");
    }

    private static GuestConfig pendingConfig() {
        ConfigSection main = ConfigSection.of(new TreeMap<>(Map.of("cores", "2", "memory", "512")))
                .withDescription("a b\nc");
        ConfigSection pending = ConfigSection.of(Map.of("cores", "4", "net0", "x", "delete", "memory,!swap,cpu"));
        return new GuestConfig(main, pending, new TreeMap<>(), new TreeMap<>(), "abc");
    }

    @Test
    void configWithPendingArrayReportsDeletionsOfUnsetOptionsAsForcedLikeUpstream() {
        GuestConfig conf = pendingConfig();
        List<PendingView.Item> items = PendingView.configWithPendingArray(conf, PendingChanges.deletes(conf));
        assertThat(items).containsExactly(
                new PendingView.Item("cores", Optional.of("2"), Optional.of("4"), OptionalInt.empty()),
                new PendingView.Item("description", Optional.of("a b\nc"), Optional.empty(), OptionalInt.empty()),
                new PendingView.Item("digest", Optional.of("abc"), Optional.empty(), OptionalInt.empty()),
                new PendingView.Item("memory", Optional.of("512"), Optional.empty(), OptionalInt.of(1)),
                new PendingView.Item("net0", Optional.empty(), Optional.of("x"), OptionalInt.empty()),
                new PendingView.Item("cpu", Optional.empty(), Optional.empty(), OptionalInt.of(2)),
                new PendingView.Item("swap", Optional.empty(), Optional.empty(), OptionalInt.of(2)));
        assertThat(PendingView.asApiResult(items).get(3)).containsExactly(Map.entry("key", "memory"),
                Map.entry("value", "512"), Map.entry("delete", 1));
    }

    @Test
    void formatPendingPrintsCurrentNewAndDeletedValuesByKey() {
        GuestConfig conf = pendingConfig();
        String text = PendingView.formatPending(PendingView.configWithPendingArray(conf, PendingChanges.deletes(conf)));
        assertThat(text).isEqualTo("cur cores: 2\nnew cores: 4\ncur description: a b%0Ac\ndel memory: 512\n"
                + "new net0: x\n");
    }

    @Test
    void uniqueTagsAreDeduplicatedLowerCasedAndSortedUnlessConfiguredOtherwise() {
        String tags = "b;A,c a  B";
        assertThat(GuestTags.joined(tags, false, false)).isEqualTo("a;b;c");
        assertThat(GuestTags.joined(tags, true, false)).isEqualTo("A;B;a;b;c");
        assertThat(GuestTags.joined(tags, false, true)).isEqualTo("b;a;c");
        assertThat(GuestTags.joined(tags, true, true)).isEqualTo("b;A;c;a;B");
        assertThat(GuestTags.joined(null, false, false)).isEmpty();
        assertThat(GuestTags.uniqueTags("", false, false)).isEmpty();
    }
}
