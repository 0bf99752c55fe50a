package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.coldwar.federate.RemoteSparql;
import org.coldwar.federate.ServicePolicy;
import org.junit.jupiter.api.Test;

/** The polite remote client and the allow-list, against the Wikidata stand-in. */
class RemoteSparqlTest {

    private final WikidataStandIn wikidata = TestServer.get().wikidata;

    @Test
    void answersOverTheRowCapAreRefused() {
        String endpoint = WikidataStandIn.endpoint(wikidata.wikidata);
        RemoteSparql capped = new RemoteSparql(ServicePolicy.defaults().allowing(List.of(endpoint)).withMaxRows(5));
        RemoteSparql.RemoteException e = assertThrows(RemoteSparql.RemoteException.class,
                () -> capped.select(endpoint, "SELECT * WHERE { ?s ?p ?o }"));
        assertTrue(e.getMessage().contains("more than 5 rows"), e.getMessage());
        assertEquals(3, capped.select(endpoint, "SELECT * WHERE { ?s ?p ?o } LIMIT 3").size());
    }

    @Test
    void nothingOffTheListIsContacted() {
        RemoteSparql remote = new RemoteSparql(ServicePolicy.defaults());
        assertThrows(RemoteSparql.RemoteException.class, () -> remote.select(wikidata.canaryEndpoint(), "ASK {}"));
        assertEquals(0, wikidata.canaryConnections.get());
    }

    @Test
    void theAllowListComparesNormalizedUrlsAndRejectsTricks() {
        ServicePolicy policy = ServicePolicy.defaults();
        assertTrue(policy.allows("https://query.wikidata.org/sparql"));
        assertTrue(policy.allows("HTTPS://Query.Wikidata.org:443/sparql"));
        assertFalse(policy.allows("https://query.wikidata.org/sparql/../admin"));
        assertFalse(policy.allows("https://query.wikidata.org@127.0.0.1/sparql"));
        assertFalse(policy.allows("https://query.wikidata.org.evil.example/sparql"));
        assertFalse(policy.allows("http://query.wikidata.org/sparql"), "the scheme counts");
        assertFalse(policy.allows("file:///etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> policy.allowing(List.of("ftp://example.org/sparql")));
    }
}
