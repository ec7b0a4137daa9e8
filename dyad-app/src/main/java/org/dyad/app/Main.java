package org.dyad.app;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code dyad} command line. Exit status: 0 success, 1 failure (some document could not be
 * processed, or an operation failed), 2 usage error (malformed flags or settings).
 */
@Command(
    name = "dyad",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Reads diplomatic news and press releases and extracts who met, called, visited,",
      "signed with or aided whom, when, where, about what and for how much."
    },
    subcommands = {
      ExtractCommand.class,
      IngestCommand.class,
      EventsCommand.class,
      SearchCommand.class,
      ActorsCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      KbCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      LoadTestCommand.class,
      HelpCommand.class
    })
public final class Main implements Callable<Integer> {
  /** Exit status of a usage error. */
  public static final int USAGE = 2;

  /** Exit status of a failure. */
  public static final int FAILURE = 1;

  @Spec CommandSpec spec;

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    quietCoreNlp();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int status = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * The configured command line, writing to the given streams; tests call {@code execute} on it.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(Main::usageError);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          if (ex instanceof AppException e) {
            cmd.getErr().println("dyad: " + e.getMessage());
            return e.status();
          }
          // a bug, not a user error: one line naming where it happened
          cmd.getErr().println("dyad: internal error: " + Failures.describe(ex));
          return FAILURE;
        });
    return cl;
  }

  private static int usageError(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    err.println(name + ": " + ex.getMessage());
    err.println("Try '" + name + " --help' for more information.");
    return USAGE;
  }

  /** CoreNLP announces every model it loads on stderr; keep stderr for errors only. */
  static void quietCoreNlp() {
    RedwoodConfiguration.errorLevel().apply();
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command: extract, ingest, events, search, actors, eval, bench, kb, export, serve, loadtest or help");
  }

  /** The project version, from the filtered {@code version.properties}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"dyad " + p.getProperty("version", "unknown")};
    }
  }
}
