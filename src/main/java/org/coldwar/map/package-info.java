/**
 * Claims and their sources to RDF: one mapper per kind of record, each writing quads into a
 * Jena {@link org.apache.jena.riot.system.StreamRDF}; IRIs minted under one base by
 * {@link org.coldwar.map.IriMinter}.
 */
package org.coldwar.map;
