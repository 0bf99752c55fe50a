/**
 * The SHACL gate: the shapes of {@code shapes/} applied to the whole graph, with every violation
 * traced back to the input row that produced it.
 */
package org.coldwar.validate;
