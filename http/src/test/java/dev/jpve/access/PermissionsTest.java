package dev.jpve.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PermissionsTest {
    private static final String CFG = """
            user:root@pam:1:0:::::::
            user:alice@pve:1:0:::::::
            token:alice@pve!full:0:0::
            token:alice@pve!sep:0:1::
            user:bob@pve:1:0:::::::
            token:root@pam!sep:0:1::

            group:ops:alice@pve,bob@pve::

            pool:web::200,201:local:

            role:Watcher:VM.Audit,Sys.Audit:

            acl:1:/:@ops:PVEAuditor:
            acl:1:/vms:alice@pve:PVEVMUser:
            acl:0:/vms/100:alice@pve:PVEVMAdmin:
            acl:1:/vms/101:@ops:NoAccess:
            acl:1:/vms/102:alice@pve:NoAccess:
            acl:1:/vms/102:@ops:PVEVMAdmin:
            acl:1:/storage:bob@pve:Watcher:
            acl:1:/vms:alice@pve!sep:PVEVMAdmin:
            acl:1:/nodes:alice@pve!sep:PVEAuditor:
            acl:1:/nodes:root@pam!sep:PVEAuditor:
            acl:1:/pool/web:bob@pve:PVEVMUser:
            acl:1:/vms/201:bob@pve:NoAccess:
            """;

    private final Permissions perms = new Permissions(UserCfg.parse(CFG));

    @Test
    void aGroupRoleOnTheRootPropagatesToEveryPath() {
        assertThat(perms.privileges("bob@pve", "/nodes/n1")).containsExactly("Datastore.Audit", "Mapping.Audit",
                "Pool.Audit", "SDN.Audit", "Sys.Audit", "VM.Audit");
    }

    @Test
    void theUsersOwnEntryOnAMoreSpecificPathReplacesTheInheritedGroupRole() {
        assertThat(perms.privileges("alice@pve", "/vms/999")).containsExactly("VM.Audit", "VM.Backup",
                "VM.Config.CDROM", "VM.Config.Cloudinit", "VM.Console", "VM.PowerMgmt")
                .doesNotContain("Sys.Audit");
    }

    @Test
    void aNonPropagatingEntryAppliesOnlyOnItsOwnPath() {
        assertThat(perms.has("alice@pve", "/vms/100", "VM.Allocate")).isTrue();
        assertThat(perms.has("alice@pve", "/vms/100/disk", "VM.Allocate")).isFalse();
        assertThat(perms.has("alice@pve", "/vms/100/disk", "VM.Console")).isTrue();
    }

    @Test
    void noAccessOfAGroupRemovesEverythingInherited() {
        assertThat(perms.privileges("bob@pve", "/vms/101")).isEmpty();
        assertThat(perms.privileges("bob@pve", "/vms/101/x")).isEmpty();
    }

    @Test
    void theUsersOwnEntryWinsOverItsGroupsOnTheSameLevel() {
        assertThat(perms.privileges("alice@pve", "/vms/102")).isEmpty();
        assertThat(perms.has("bob@pve", "/vms/102", "VM.Allocate")).isTrue();
    }

    @Test
    void aCustomRoleGivesItsPrivileges() {
        assertThat(perms.privileges("bob@pve", "/storage/nfs")).containsExactly("Sys.Audit", "VM.Audit");
        assertThat(perms.privileges("bob@pve", "/storage/local")).contains("Sys.Audit", "VM.Console");
    }

    @Test
    void rootHoldsEveryPrivilegeEverywhere() {
        assertThat(perms.privileges("root@pam", "/nowhere")).isEqualTo(Privileges.all())
                .contains("Permissions.Modify", "Realm.Allocate", "Sys.PowerMgmt");
    }

    @Test
    void unknownOrInvalidCallersHoldNothing() {
        assertThat(perms.privileges("carol@pve", "/vms/100")).isEmpty();
        assertThat(perms.privileges("not a user", "/")).isEmpty();
        assertThat(perms.privileges("alice@pve!missing", "/")).isEmpty();
    }

    @Test
    void aTokenWithoutPrivilegeSeparationHasItsUsersPrivileges() {
        assertThat(perms.privileges("alice@pve!full", "/vms/100"))
                .isEqualTo(perms.privileges("alice@pve", "/vms/100"));
    }

    @Test
    void aPrivilegeSeparatedTokenGetsTheIntersectionWithItsUser() {
        assertThat(perms.privileges("alice@pve!sep", "/vms/999")).containsExactly("VM.Audit", "VM.Backup",
                "VM.Config.CDROM", "VM.Config.Cloudinit", "VM.Console", "VM.PowerMgmt");
        assertThat(perms.privileges("alice@pve!sep", "/nodes")).containsExactly("Datastore.Audit",
                "Mapping.Audit", "Pool.Audit", "SDN.Audit", "Sys.Audit", "VM.Audit");
        assertThat(perms.privileges("alice@pve!sep", "/storage")).isEmpty();
    }

    @Test
    void privilegeSeparatedTokensOfRootAreNotCapped() {
        assertThat(perms.privileges("root@pam!sep", "/nodes")).contains("Sys.Audit").doesNotContain("Sys.Modify");
        assertThat(perms.privileges("root@pam!sep", "/vms")).isEmpty();
    }

    @Test
    void poolRolesApplyToThePoolsGuestsUnlessTheGuestHasNoAccess() {
        assertThat(perms.has("bob@pve", "/vms/200", "VM.Console")).isTrue();
        assertThat(perms.has("bob@pve", "/vms/200", "Sys.Audit")).isTrue();
        assertThat(perms.privileges("bob@pve", "/vms/201")).isEmpty();
        assertThat(perms.has("bob@pve", "/vms/300", "VM.Console")).isFalse();
    }

    @Test
    void rolesReportsPropagationAndNoAccessAlone() {
        assertThat(perms.roles("alice@pve", "/vms/100")).containsExactly(
                java.util.Map.entry("PVEVMAdmin", false));
        assertThat(perms.roles("alice@pve", "/vms/102")).containsExactly(java.util.Map.entry("NoAccess", true));
        assertThat(perms.roles("root@pam", "/")).containsExactly(java.util.Map.entry("Administrator", true));
    }

    @Test
    void effectivePermissionsListOnlyPathsWithPrivileges() {
        var eff = perms.effective("bob@pve");
        assertThat(eff).containsKeys("/", "/vms/200", "/storage").doesNotContainKeys("/vms/101", "/vms/201");
        assertThat(perms.effective("carol@pve")).isEmpty();
    }
}
