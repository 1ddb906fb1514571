/**
 * The HTTP API server: {@link dev.jpve.http.ApiAdapter} turns requests into calls of
 * {@link dev.jpve.rest.ApiMethod}s exactly as Proxmox's pveproxy does, {@link dev.jpve.http.Server}
 * runs it on a port, and the authentication pieces ({@link dev.jpve.http.Tickets},
 * {@link dev.jpve.http.CsrfTokens}, {@link dev.jpve.http.Realm}, {@link dev.jpve.http.ApiTokens})
 * decide who calls.
 */
package dev.jpve.http;
