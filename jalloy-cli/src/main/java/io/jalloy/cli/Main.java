package io.jalloy.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jalloy} command: runs, formats and validates Alloy configuration files. */
@Command(name = "jalloy", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A JVM telemetry collector that runs Grafana Alloy configuration files unchanged.",
        subcommands = {CommandLine.HelpCommand.class, RunCommand.class, ValidateCommand.class, FmtCommand.class})
public final class Main implements Runnable {

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"jalloy " + (v == null ? "dev" : v)};
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
