/**
 * Automatic extraction from running text: name forms from a List of Persons ({@link
 * org.coldwar.extract.auto.NameForms}), a gazetteer tagger that finds mentions and new-entity
 * candidates ({@link org.coldwar.extract.auto.Gazetteer}), and the records they produce. Everything
 * here is machine-made and says by which rule ({@link org.coldwar.extract.auto.TagRule}).
 */
package org.coldwar.extract.auto;
