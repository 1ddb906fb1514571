package dev.jpve.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UserCfgTest {
    private static final String WRITTEN = """
            user:alice@pve:1:0:Al%3Aice:Sm%C3%B6rg:alice@example.com:ops lead:x:
            token:alice@pve!ci:1700000000:1:build%3Abot:
            user:root@pam:1:0:::root@example.com:::
            
            group:admins:alice@pve,bob@pve:the admins:
            group:empty:::
            
            pool:web:front:100,99:local,nfs:
            
            role:Watcher:Sys.Audit,VM.Audit:
            
            acl:1:/:@admins:PVEAuditor:
            acl:0:/access/groups:@admins:PVEUserAdmin:
            acl:1:/access/groups:alice@pve:NoAccess,Watcher:
            acl:0:/vms/100:alice@pve,alice@pve!ci:PVEVMAdmin:
            acl:1:/vms/100:@admins:PVEVMUser:
            acl:1:/vms-x:alice@pve:Watcher:
            """;

    @Test
    void aWrittenConfigurationReadsBackToTheSameBytes() {
        assertThat(UserCfg.write(UserCfg.parse(WRITTEN))).isEqualTo(WRITTEN);
    }

    @Test
    void parsingDecodesTextFieldsAndKeepsTokensGroupsPoolsRolesAndAcl() {
        UserConfig cfg = UserCfg.parse(WRITTEN);
        User alice = cfg.users().get("alice@pve");
        assertThat(alice.firstname()).isEqualTo("Al:ice");
        assertThat(alice.lastname()).isEqualTo("Smörg");
        assertThat(alice.comment()).isEqualTo("ops lead");
        assertThat(alice.tokens().get("ci")).isEqualTo(new User.Token("ci", 1700000000, true, "build:bot"));
        assertThat(cfg.groups().get("admins").members()).containsExactly("alice@pve", "bob@pve");
        assertThat(cfg.groups().get("empty").members()).isEmpty();
        assertThat(cfg.pools().get("web").vms()).containsExactly("100", "99");
        assertThat(cfg.customRoles()).containsOnlyKeys("Watcher");
        assertThat(cfg.aclEntries()).contains(new AclEntry("/vms/100", "alice@pve!ci", "PVEVMAdmin", false),
                new AclEntry("/access/groups", "alice@pve", "NoAccess", true));
    }

    @Test
    void anEmptyConfigurationHasOnlyRootAndFiveSections() {
        assertThat(UserCfg.write(UserCfg.parse(""))).isEqualTo("user:root@pam:1:0::::::\n\n\n\n\n");
        assertThat(UserCfg.write(UserConfig.empty())).isEqualTo("user:root@pam:1:0::::::\n\n\n\n\n");
    }

    @Test
    void parsingSkipsWhatUpstreamSkips() {
        UserConfig cfg = UserCfg.parse("""
                user:bad user@pve:1:0:
                user:carol@pve:1:soon:
                user:dave@pve:0:
                token:nobody@pve!t:0:1:
                group:bad group:dave@pve:
                role:Odd:VM.Audit,No.Such.Priv:
                acl:1:/vms:dave@pve:Later:
                acl:1:/vms:dave@pve!missing:PVEVMUser:
                acl:1:/bad path:dave@pve:PVEVMUser:
                acl:0:/vms//7/:dave@pve,@nogroup:Odd:
                role:Later:VM.Audit:
                # comment
                """);
        assertThat(cfg.users()).containsOnlyKeys("dave@pve", "root@pam");
        assertThat(cfg.users().get("dave@pve").enable()).isFalse();
        assertThat(cfg.groups()).isEmpty();
        assertThat(cfg.customRoles().get("Odd")).containsExactly("VM.Audit");
        assertThat(cfg.aclEntries()).containsExactly(new AclEntry("/vms/7", "@nogroup", "Odd", false),
                new AclEntry("/vms/7", "dave@pve", "Odd", false));
    }

    @Test
    void rootsOwnAclEntriesAndBuiltInRolesAreNotWritten() {
        UserConfig cfg = UserConfig.empty().withAcl(new AclEntry("/", "root@pam", "Administrator", true))
                .withRole("PVEAdmin", List.of("VM.Audit"));
        assertThat(UserCfg.write(cfg)).isEqualTo("user:root@pam:1:0::::::\n\n\n\n\n");
    }

    @Test
    void removingAUserDropsItsMembershipsAndItsAndItsTokensAcl() {
        UserConfig cfg = UserCfg.parse(WRITTEN).withoutUser("alice@pve");
        assertThat(cfg.groups().get("admins").members()).containsExactly("bob@pve");
        assertThat(cfg.aclEntries()).extracting(AclEntry::member).containsOnly("@admins");
    }

    @Test
    void textFieldsAreEscapedLikeUpstreamEncodeText() {
        assertThat(UserCfg.encode("a:b c\té%")).isEqualTo("a%3Ab c%09%C3%A9%");
        assertThat(UserCfg.decode("a%3Ab%zz%C3%A9")).isEqualTo("a:b%zzé");
    }
}
