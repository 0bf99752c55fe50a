package org.coldwar.serve;

import org.coldwar.map.IriMinter;
import org.coldwar.vocab.Namespaces;

/**
 * Maps the dataset's IRIs to paths on this server and back, as Pubby maps {@code datasetBase}
 * to {@code webBase}: {@code <base>entity/x} is served at {@code /entity/x} whatever the
 * base's host. The ontology namespace is served at {@code /ontology}. A reverse proxy that
 * mounts the site below a prefix says so with {@code X-Forwarded-Prefix}.
 */
final class LocalPaths {

    private final String base;

    LocalPaths(IriMinter iris) {
        this.base = iris.base();
    }

    String base() {
        return base;
    }

    /** The IRI a request path (starting with '/', without suffix) stands for. */
    String iriOf(String path) {
        return base + path.substring(1);
    }

    /** The local path of an IRI of ours (fragment kept), or null if it is not one of ours. */
    String pathOf(String iri) {
        if (iri.startsWith(base)) {
            return "/" + iri.substring(base.length());
        }
        if (iri.startsWith(Namespaces.ONTOLOGY)) {
            return "/ontology" + iri.substring(Namespaces.ONTOLOGY.length());
        }
        return null;
    }

    /** A link target for an IRI: the local path under {@code prefix} if ours, else the IRI itself. */
    String href(String iri, String prefix) {
        String path = pathOf(iri);
        return path == null ? iri : prefix + path;
    }
}
