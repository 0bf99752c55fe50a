/**
 * Federation with Wikidata: the SERVICE allow-list and the polite remote client behind our
 * endpoint, and the checking of our Wikidata links against a Wikidata endpoint.
 */
package org.coldwar.federate;
