package dev.jpve.conformance;

import tools.jackson.databind.node.ObjectNode;

/** A failed case whose result fields ({@code msg}, {@code errors}, {@code code}, {@code error}) are given exactly. */
public final class CaseFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ObjectNode fields;

    /** @param fields the fields to merge into the result line beside {@code "ok": false} */
    public CaseFailure(ObjectNode fields) {
        super(fields.toString(), null, false, false);
        this.fields = fields;
    }

    /** The failure fields. */
    public ObjectNode fields() {
        return fields;
    }
}
