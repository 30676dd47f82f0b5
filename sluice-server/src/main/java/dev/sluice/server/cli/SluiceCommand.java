package dev.sluice.server.cli;

import dev.sluice.server.SluiceConfig;
import dev.sluice.server.SluiceStartException;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code sluice} command line: {@code up}, {@code status}, {@code events}, {@code logs}. */
@Command(
    name = "sluice",
    mixinStandardHelpOptions = true,
    versionProvider = SluiceVersion.class,
    description = "Event-driven data pipelines on your own machine, speaking the AWS APIs.")
public final class SluiceCommand implements Runnable {
  @Spec CommandSpec spec;

  public static void main(String[] args) throws InterruptedException {
    var environment = System.getenv();
    var quick = QuickUp.config(args, new Environment(environment));
    int exitCode = quick.isPresent() ? serve(quick.get()) : commandLine(environment).execute(args);
    System.exit(exitCode);
  }

  /** {@code sluice up} read by {@link QuickUp}; a refused start is one line, as below. */
  private static int serve(SluiceConfig config) throws InterruptedException {
    try {
      return ForegroundSluice.serve(config);
    } catch (SluiceStartException refused) {
      System.err.println("sluice: " + refused.getMessage());
      return 1;
    }
  }

  /** The command line with its subcommands, reading defaults from {@code environment}. */
  public static CommandLine commandLine(Map<String, String> environment) {
    var env = new Environment(environment);
    var cli = new CommandLine(new SluiceCommand());
    cli.addSubcommand("up", new UpCommand(env));
    cli.addSubcommand("status", new StatusCommand(env));
    cli.addSubcommand("events", new EventsCommand(env));
    cli.addSubcommand("mail", new MailCommand(env));
    cli.addSubcommand("logs", new LogsCommand(env));
    cli.addSubcommand("time", new TimeCommand(env));
    cli.addSubcommand("pipelines", PipelinesCommand.commandLine(env));
    cli.addSubcommand("train-aot", new TrainAotCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(SluiceCommand::badInput);
    cli.setExecutionExceptionHandler(SluiceCommand::failed);
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Bad flags or environment values: one line, exit code 1. */
  private static int badInput(CommandLine.ParameterException e, String[] args) {
    var command = e.getCommandLine().getCommandSpec().qualifiedName();
    e.getCommandLine().getErr().printf("sluice: %s (see '%s --help')%n", e.getMessage(), command);
    return 1;
  }

  /** A refused start (occupied port, insecure bind) is one line; anything else is a bug. */
  private static int failed(Exception e, CommandLine cli, CommandLine.ParseResult parsed)
      throws Exception {
    if (e instanceof SluiceStartException refused) {
      cli.getErr().println("sluice: " + refused.getMessage());
      return 1;
    }
    throw e;
  }

  static void fail(CommandLine cli, String message) {
    PrintWriter err = cli.getErr();
    err.println("sluice: " + message);
    err.flush();
  }
}
