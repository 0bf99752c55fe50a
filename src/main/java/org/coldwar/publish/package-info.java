/**
 * Publishing a release: dumps in six formats (each read back by RDF4J), the VoID + DCAT
 * description, the ontology, the JSON-LD context, the SHACL report and SHA256SUMS, staged and
 * swapped in atomically.
 */
package org.coldwar.publish;
