package org.coldwar.federate;

import org.apache.jena.query.QueryExecException;

/**
 * A SERVICE call that ends its query for a reason HTTP can name: a target the policy refuses or
 * a spent budget (the client's doing: 4xx), or a remote endpoint that failed (502, 503, 504). The
 * query processor answers with {@link #status()} and the message.
 */
public final class FederationException extends QueryExecException {

    private final int status;

    public FederationException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** A refusal of the query as asked: 400. */
    public static FederationException refused(String message) {
        return new FederationException(400, message);
    }

    /** A remote call that failed (502), could not be sent yet (503) or was not answered in time (504). */
    public static FederationException remote(RemoteSparql.RemoteException e) {
        return new FederationException(e.status(), e.getMessage());
    }

    /** The HTTP status the query is answered with. */
    public int status() {
        return status;
    }
}
