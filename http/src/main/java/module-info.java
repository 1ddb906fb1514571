/**
 * jpve's HTTP API server: Proxmox VE's URL layout, wire format, tickets, CSRF tokens, API tokens
 * and permission checks, on Jetty 12's core Handler API.
 */
module dev.jpve.http {
    requires java.net.http;
    requires transitive dev.jpve.common;
    requires transitive org.eclipse.jetty.server;

    exports dev.jpve.http;
    exports dev.jpve.access;
}
