/**
 * Problems found in the input, each with the file and line it comes from. Every stage reports
 * into a {@link org.coldwar.problem.ProblemSink}; the CLI maps them to one line each and an exit code.
 */
package org.coldwar.problem;
