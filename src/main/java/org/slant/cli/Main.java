package org.slant.cli;

import org.slant.failure.UsageException;
import org.slant.failure.InputException;
import org.slant.failure.OutputLockedException;
import org.slant.failure.RejectRatioException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The single entry point for {@code bin/slant} and {@code spark-submit}. Only this class ends the
 * process, with the contract's exit code for the kind of error that stopped the command.
 */
@Command(name = "slant", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Measures sentiment, stance and framing of news outlets per outlet and date.",
        subcommands = {AnalyzeCommand.class, EvaluateCommand.class, TrainCommand.class, ReportCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        // Messages quote user files and arguments; they reach the terminal only through StderrText.
        cli.setExecutionExceptionHandler((error, commandLine, parseResult) -> {
            int code = ExitCodes.of(error);
            commandLine.getErr().println(StderrText.line("slant: " + describe(error, code)));
            if (code == ExitCodes.FAILURE) {
                commandLine.getErr().println(StderrText.trace(error));
            }
            return code;
        });
        cli.setParameterExceptionHandler((error, args1) -> {
            error.getCommandLine().getErr().println(StderrText.line("slant: " + wording(error.getMessage())));
            // The top-level command is itself named "slant": its hint must not say "slant slant".
            CommandLine failed = error.getCommandLine();
            String command = failed.getParent() == null ? "slant" : "slant " + failed.getCommandName();
            failed.getErr().println(StderrText.line("Try '" + command + " --help'."));
            return ExitCodes.USAGE;
        });
        return cli.execute(args);
    }

    /**
     * picocli's message for a malformed map value reads "Value for option option '--field' ..." (it
     * prefixes "option" to a description that already starts with it); said once here.
     */
    static String wording(String message) {
        return message == null ? "" : message.replace("option option '", "option '");
    }

    private static String describe(Throwable error, int code) {
        if (code == ExitCodes.FAILURE) {
            return String.valueOf(error.getMessage() == null ? error : error.getMessage());
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UsageException || t instanceof InputException || t instanceof RejectRatioException
                    || t instanceof OutputLockedException) {
                return t.getMessage();
            }
        }
        return String.valueOf(error.getMessage());
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
        throw new UsageException("a command is required: analyze, evaluate, train, report");
    }
}
