package dev.jpve.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrivilegesTest {
    private static String role(String name) {
        return String.join(",", Privileges.builtInRoles().get(name));
    }

    @Test
    void builtInRolesHaveUpstreamsPrivilegeLists() {
        assertThat(Privileges.builtInRoles().keySet()).containsExactly("Administrator", "NoAccess", "PVEAdmin",
                "PVEAuditor", "PVEDatastoreAdmin", "PVEDatastoreUser", "PVEMappingAdmin", "PVEMappingUser",
                "PVEPoolAdmin", "PVEPoolUser", "PVESDNAdmin", "PVESDNUser", "PVESysAdmin", "PVETemplateUser",
                "PVEUserAdmin", "PVEVMAdmin", "PVEVMUser");
        assertThat(role("NoAccess")).isEmpty();
        assertThat(role("PVEAuditor")).isEqualTo("Datastore.Audit,Mapping.Audit,Pool.Audit,SDN.Audit,Sys.Audit,VM.Audit");
        assertThat(role("PVEVMUser"))
                .isEqualTo("VM.Audit,VM.Backup,VM.Config.CDROM,VM.Config.Cloudinit,VM.Console,VM.PowerMgmt");
        assertThat(role("PVEVMAdmin")).isEqualTo("VM.Allocate,VM.Audit,VM.Backup,VM.Clone,VM.Config.CDROM,"
                + "VM.Config.CPU,VM.Config.Cloudinit,VM.Config.Disk,VM.Config.HWType,VM.Config.Memory,"
                + "VM.Config.Network,VM.Config.Options,VM.Console,VM.Migrate,VM.Monitor,VM.PowerMgmt,"
                + "VM.Snapshot,VM.Snapshot.Rollback");
        assertThat(role("PVEDatastoreUser")).isEqualTo("Datastore.AllocateSpace,Datastore.Audit");
        assertThat(role("PVEDatastoreAdmin"))
                .isEqualTo("Datastore.Allocate,Datastore.AllocateSpace,Datastore.AllocateTemplate,Datastore.Audit");
        assertThat(role("PVEUserAdmin")).isEqualTo("Group.Allocate,Realm.AllocateUser,User.Modify");
        assertThat(role("PVEPoolAdmin")).isEqualTo("Pool.Allocate,Pool.Audit");
        assertThat(role("PVESysAdmin")).isEqualTo("Sys.Audit,Sys.Console,Sys.Syslog");
        assertThat(role("PVETemplateUser")).isEqualTo("VM.Audit,VM.Clone");
        assertThat(role("PVESDNUser")).isEqualTo("SDN.Audit,SDN.Use");
    }

    @Test
    void pveAdminHasEveryAdminPrivilegeButNoRootOnesNorMappingModify() {
        assertThat(Privileges.builtInRoles().get("PVEAdmin")).contains("VM.Allocate", "Sys.Console", "User.Modify",
                "Mapping.Use").doesNotContain("Mapping.Modify", "Sys.PowerMgmt", "Sys.Modify", "Realm.Allocate",
                "Permissions.Modify");
        assertThat(Privileges.builtInRoles().get("Administrator")).isEqualTo(Privileges.all()).hasSize(41);
    }
}
