/** The jpve node: the API daemon over every layer, started by {@code ./jpve start}. */
module dev.jpve.node {
    requires dev.jpve.common;
    requires dev.jpve.http;
    requires dev.jpve.guest;
    requires dev.jpve.cluster;
    requires java.net.http;
    requires org.slf4j;

    exports dev.jpve.node;
    exports dev.jpve.node.app;
    exports dev.jpve.node.shell;
}
