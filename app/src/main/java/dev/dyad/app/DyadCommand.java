package dev.dyad.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command: subcommands parse arguments and call the core; nothing else lives here. */
@Command(name = "dyad",
        mixinStandardHelpOptions = true,
        versionProvider = DyadCommand.Version.class,
        description = "Political events from news articles: who did what to whom, when, where, and the sentence that says so.",
        subcommands = {ExtractCommand.class, ActorsCommand.class, EventsCommand.class, IngestCommand.class,
                QueryCommand.class, ExportCommand.class, SqlCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class DyadCommand implements Runnable {
    /** Exit codes of the record formats. */
    public static final int OK = 0;
    public static final int SOME_REJECTED = 1;
    public static final int USAGE = 2;
    public static final int NOTHING_PROCESSED = 3;

    @Override
    public void run() {
        CommandLine.usage(this, System.err);
    }

    public static void main(String[] args) {
        Output.useDescriptor();
        System.exit(run(args));
    }

    /** Runs the command line and answers its exit code; used by tests too. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new DyadCommand());
        if (args.length > 0 && !args[0].startsWith("-") && !cl.getSubcommands().containsKey(args[0])) {
            cl.getErr().println("dyad: no command '" + args[0] + "'" + nearest(args[0], cl.getSubcommands().keySet())
                    + " (dyad --help lists them)");
            return USAGE;
        }
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("dyad: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            // a bad lexicon file or an unreadable option value: say what and where, exit as bad usage
            if (ex instanceof IllegalArgumentException || ex instanceof java.io.IOException) {
                c.getErr().println("dyad: " + ex.getMessage());
                return USAGE;
            }
            // records that could not be written (a reader gone, a full disk) were not delivered: the
            // command stops at once, says so in one line and exits as when nothing could be processed
            if (ex instanceof Output.Failed) {
                c.getErr().println("dyad: " + ex.getMessage());
                return NOTHING_PROCESSED;
            }
            if (ex instanceof java.io.UncheckedIOException u) {
                c.getErr().println("dyad: cannot write: " + u.getCause().getMessage());
                return NOTHING_PROCESSED;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    /** ", did you mean X?" for the command nearest a mistyped one (at most two edits away), else "". */
    static String nearest(String typed, java.util.Collection<String> commands) {
        String best = null;
        int bestDistance = 3;
        for (String c : commands) {
            int d = distance(typed.toLowerCase(java.util.Locale.ROOT), c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    /** Edits (insert, delete, substitute, swap two neighbours) between two words. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** The version, from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dyad " + version()};
        }
    }

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = DyadCommand.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
