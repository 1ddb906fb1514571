/**
 * jpve's access model, upstream's user.cfg: {@link dev.jpve.access.UserConfig} (users, API tokens,
 * groups, pools, roles, ACL) in its file format ({@link dev.jpve.access.UserCfg}) and on disk
 * ({@link dev.jpve.access.UserConfigStore}), the built-in roles ({@link dev.jpve.access.Privileges}),
 * and the privilege computation ({@link dev.jpve.access.Permissions}) that
 * {@link dev.jpve.http.CheckExpressions} evaluates method permissions against.
 */
package dev.jpve.access;
