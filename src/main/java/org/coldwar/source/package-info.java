/**
 * Reading the seeds: source texts (strict UTF-8, checked against their recorded SHA-256) and
 * CSV files whose rows keep their line numbers.
 */
package org.coldwar.source;
