/**
 * Reading TEI editions such as the Office of the Historian's FRUS volumes: one document div into a
 * {@link org.coldwar.source.tei.TeiDocument} (plain text, editors' spans, footnotes, blocks, all in
 * code-point offsets) with {@link org.coldwar.source.tei.TeiReader}, and the edition's List of
 * Persons into {@link org.coldwar.source.tei.ListedPerson}s with
 * {@link org.coldwar.source.tei.PersonsListReader}. The plain-text rule is the FRUS corpus's
 * {@code convert.py}; tests check the output against its files byte for byte.
 */
package org.coldwar.source.tei;
