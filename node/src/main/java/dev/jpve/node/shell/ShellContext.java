package dev.jpve.node.shell;

import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.HandlerMatch;
import dev.jpve.rest.RestEnvironment;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What jpvesh's commands work on.
 *
 * @param exe the executable's name, used in usages
 * @param apiTree the node's API tree, built on first use
 * @param nodename the local node's name
 * @param noproxy whether proxying to another node is disabled ({@code --noproxy})
 * @param nooutput whether results are not printed (a leading {@code --nooutput})
 * @param remote the node calls go to over HTTPS; empty: the local tree, in-process
 */
record ShellContext(String exe, Supplier<ApiHandler> apiTree, String nodename, boolean noproxy, boolean nooutput,
        Optional<RemoteApi> remote) {

    /** The node's API tree. */
    ApiHandler api() {
        return apiTree.get();
    }

    /**
     * Runs the method found at {@code path}: in-process with the path's parameters merged in, or
     * on the remote node.
     *
     * @param noproxyOption whether {@code --noproxy} was given after the path
     */
    JsonNode call(HandlerMatch m, String path, ObjectNode params, RestEnvironment env, boolean noproxyOption) {
        if (remote.isPresent()) {
            return remote.get().call(m.method().method(), path, params);
        }
        checkProxy(m, noproxyOption);
        m.uriParams().forEach(params::put);
        return m.handler().handle(m.method(), params, env, false);
    }

    /**
     * Upstream's {@code check_proxyto}: a method proxied to another node cannot run here.
     *
     * @param noproxyOption whether {@code --noproxy} was given after the path
     *
     * @throws ShellException {@code proxy loop detected - aborting} with {@code --noproxy}, else
     *     upstream's {@code unable to get IP for node 'X' - node offline?} (jpvesh has no cluster)
     */
    void checkProxy(HandlerMatch m, boolean noproxyOption) {
        Optional<String> node = m.method().proxyTo().map(p -> m.uriParams().get(p));
        if (node.isEmpty() || node.get() == null || node.get().equals("localhost") || node.get().equals(nodename)) {
            return;
        }
        if (noproxy || noproxyOption) {
            throw new ShellException("proxy loop detected - aborting\n");
        }
        throw new ShellException("unable to get IP for node '" + node.get() + "' - node offline?\n");
    }
}
