"""Drives the coldwar server with third-party clients: SPARQLWrapper and rdflib.

Usage: python3 sparqlwrapper_rdflib.py BASE_URL   (e.g. http://127.0.0.1:3030/)

Prints one line per check, "ok <name>" or "FAIL <name>: <reason>", and exits 0 only if every
check passed; exits 3 if a client library is missing. Run by ThirdPartyClientTest.
"""
import sys
import traceback

try:
    import rdflib
    import SPARQLWrapper
    from SPARQLWrapper import SPARQLWrapper as Endpoint, JSON, XML, RDFXML, N3, TURTLE
except ImportError as e:
    print("missing client library: %s (Debian: apt-get install python3-rdflib python3-sparqlwrapper)" % e)
    sys.exit(3)

BASE = sys.argv[1].rstrip("/") + "/"
STALIN = rdflib.URIRef("https://w3id.org/coldwar/entity/joseph_stalin")
LABEL = rdflib.Literal("Joseph Stalin", lang="en")
RDFS_LABEL = rdflib.RDFS.label
failures = []


def check(name, function):
    try:
        function()
        print("ok " + name)
    except Exception as e:  # every failure is reported, then the next check runs
        failures.append(name)
        print("FAIL %s: %r" % (name, e))
        traceback.print_exc(file=sys.stdout)


def endpoint(query, return_format=None):
    sparql = Endpoint(BASE + "sparql")
    sparql.setQuery(query)
    if return_format is not None:
        sparql.setReturnFormat(return_format)
    return sparql.query()


def graph_of(result, syntax):
    """An rdflib graph from a CONSTRUCT/DESCRIBE result, whichever form SPARQLWrapper gives."""
    converted = result.convert()
    if isinstance(converted, rdflib.Graph):
        return converted
    graph = rdflib.Graph()
    graph.parse(data=converted, format=syntax)
    return graph


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


SELECT = "SELECT ?label WHERE { <%s> <%s> ?label }" % (STALIN, RDFS_LABEL)
ASK = "ASK { <%s> <%s> ?label }" % (STALIN, RDFS_LABEL)
CONSTRUCT = "CONSTRUCT WHERE { <%s> <%s> ?label }" % (STALIN, RDFS_LABEL)
DESCRIBE = "DESCRIBE <%s>" % STALIN


def select_default():
    document = endpoint(SELECT).convert()  # XML: a DOM
    literals = [n.firstChild.data for n in document.getElementsByTagName("literal")]
    expect("Joseph Stalin" in literals, literals)


def select_json():
    rows = endpoint(SELECT, JSON).convert()["results"]["bindings"]
    expect(any(r["label"]["value"] == "Joseph Stalin" for r in rows), rows)


def ask(return_format):
    def run():
        result = endpoint(ASK, return_format).convert()
        if return_format == JSON:
            expect(result["boolean"] is True, result)
        else:
            expect(result.getElementsByTagName("boolean")[0].firstChild.data == "true", result.toxml())
    return run


def graph_query(query, return_format, syntax, minimum):
    def run():
        graph = graph_of(endpoint(query, return_format), syntax)
        expect((STALIN, RDFS_LABEL, LABEL) in graph, graph.serialize(format="nt"))
        expect(len(graph) >= minimum, "only %d triples" % len(graph))
    return run


def entity_document(syntax):
    def run():
        graph = rdflib.Graph()
        if syntax is None:
            graph.parse(BASE + "entity/joseph_stalin")  # rdflib's own Accept header
        else:
            graph.parse(BASE + "entity/joseph_stalin", format=syntax)
        expect((STALIN, RDFS_LABEL, LABEL) in graph, "%d triples" % len(graph))
    return run


print("rdflib %s, SPARQLWrapper %s" % (rdflib.__version__, SPARQLWrapper.__version__))
check("select default format", select_default)
check("select json", select_json)
check("ask xml", ask(XML))
check("ask json", ask(JSON))
check("construct default format", graph_query(CONSTRUCT, None, "xml", 1))
check("construct rdf+xml", graph_query(CONSTRUCT, RDFXML, "xml", 1))
check("construct n3", graph_query(CONSTRUCT, N3, "n3", 1))
check("construct turtle", graph_query(CONSTRUCT, TURTLE, "turtle", 1))
check("describe default format", graph_query(DESCRIBE, None, "xml", 3))
check("describe rdf+xml", graph_query(DESCRIBE, RDFXML, "xml", 3))
check("describe n3", graph_query(DESCRIBE, N3, "n3", 3))
check("entity document negotiated by rdflib", entity_document(None))
check("entity document as turtle", entity_document("turtle"))
check("entity document as n-triples (text/plain)", entity_document("nt"))
check("entity document as n3", entity_document("n3"))
check("entity document as json-ld", entity_document("json-ld"))
check("entity document as rdf/xml", entity_document("xml"))
sys.exit(1 if failures else 0)
