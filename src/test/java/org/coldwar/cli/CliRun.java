package org.coldwar.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process with captured output, as picocli's examples test commands. */
public record CliRun(int exitCode, String out, String err) {

    /**
     * Builds the small valid seeds of the error cases ({@code cases/errors/base/seeds}, copied
     * into {@code temp/seeds}) into {@code temp/dist} with {@code coldwar build}; the run is returned.
     */
    public static CliRun buildBaseRelease(java.nio.file.Path temp) {
        java.nio.file.Path seeds = temp.resolve("seeds");
        org.coldwar.TestFiles.copyTree(org.coldwar.TestFiles.resource("cases/errors/base/seeds"), seeds);
        return of("build", "--seeds", seeds.toString(), "--out", temp.resolve("dist").toString());
    }

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ColdwarCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    public String firstErrorLine() {
        return err.lines().findFirst().orElse("");
    }
}
