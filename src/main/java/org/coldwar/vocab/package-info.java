/**
 * Java constants mirroring the ontology and the standard vocabularies the release uses, and the
 * claim properties read from {@code ontology/coldwar.ttl} at run time.
 */
package org.coldwar.vocab;
