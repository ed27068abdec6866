package dev.dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.json.Records;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * dyad's embedded store: one DuckDB file holding documents, actors, per-article events and fused events
 * (the tables of the store contract, created and migrated here). Every document is written in one
 * transaction with its actors and events, and fusion rewrites what it touches in one transaction, so a
 * process killed at any moment leaves a store that opens and holds whole documents only.
 *
 * <p>A write that fails underneath (a full disk) is not left to the database alone: DuckDB can write part
 * of a commit it then reports failed to its write-ahead log and replay that part when the file is next
 * opened (seen with 1.4: a document row spliced from two, actors without their document). So each
 * document row records how many actor and event rows it was written with; a failed commit's log tail is
 * cut off when the store is closed; and opening a store for writing {@linkplain #repair() removes} every
 * document that is not whole, with its rows, so that the next ingest analyses it again.
 *
 * <p>DuckDB lets one process write a file at a time; a second writer waits a little, then gets a
 * {@link StoreException} saying who holds it. Not thread-safe: one thread uses one store.
 */
public final class EventStore implements AutoCloseable {
    /** The file a store lives in when none is given. */
    public static final String DEFAULT_FILE = "dyad.duckdb";

    private final Connection conn;
    private final String name;
    private final boolean readOnly;
    private PreparedStatement insertDocument;
    private PreparedStatement insertActor;
    private PreparedStatement insertEvent;
    private PreparedStatement findEvent;
    /** The write-ahead log's length before the commit that failed, or -1: nothing to cut off at close. */
    private long walBeforeFailure = -1;
    /** A write failed underneath (its commit, or a full disk): no more writes, and no commit at close. */
    private boolean broken;
    private Repair repaired = Repair.NONE;

    /**
     * What opening for writing removed: documents that were not whole, and actor and event rows of no
     * document, left by a write that failed part-way in an earlier run.
     */
    public record Repair(long documents, long actors, long events) {
        static final Repair NONE = new Repair(0, 0, 0);

        /** Whether anything was removed. */
        public boolean any() {
            return documents + actors + events > 0;
        }
    }

    private EventStore(Connection conn, String name, boolean readOnly) {
        this.conn = conn;
        this.name = name;
        this.readOnly = readOnly;
    }

    /** Opens (creating or migrating) a store for writing, waiting up to {@code wait} for another writer. */
    public static EventStore open(Path file, Duration wait) throws StoreException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException("cannot create the store " + file + ": no such directory " + parent);
        }
        EventStore store = new EventStore(connect(file, false, wait), file.toString(), false);
        try {
            store.migrate();
            store.repaired = store.repair();
        } catch (StoreException e) {
            store.abandon();
            throw e;
        }
        return store;
    }

    /** Opens an existing store for reading only. */
    public static EventStore openReadOnly(Path file, Duration wait) throws StoreException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("no store at " + file + " (run dyad ingest first, or name one with --db)");
        }
        EventStore store = new EventStore(connect(file, true, wait), file.toString(), true);
        try {
            store.checkVersion(store.version());
        } catch (StoreException e) {
            store.abandon();
            throw e;
        }
        return store;
    }

    /** A store in memory, for reading Parquet in place; gone when closed. */
    public static EventStore inMemory() throws StoreException {
        try {
            EventStore store = new EventStore(DriverManager.getConnection("jdbc:duckdb:"), "(memory)", false);
            store.migrate();
            return store;
        } catch (SQLException e) {
            throw new StoreException("cannot start an in-memory store: " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path file, boolean readOnly, Duration wait) throws StoreException {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            try {
                return DriverManager.getConnection("jdbc:duckdb:" + file, p);
            } catch (SQLException e) {
                String m = String.valueOf(e.getMessage());
                if (m.contains("Could not set lock") && Instant.now().isBefore(deadline)) {
                    sleep(200);
                    continue;
                }
                throw translate(file.toString(), "open", e);
            }
        }
    }

    private static void sleep(long ms) throws StoreException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store");
        }
    }

    /** A DuckDB error as a sentence about the store; the store is left as it was. */
    static StoreException translate(String file, String doing, SQLException e) {
        String m = String.valueOf(e.getMessage());
        String lower = m.toLowerCase(Locale.ROOT);
        String what;
        if (lower.contains("not a valid duckdb database file")) {
            what = file + " is not a dyad store (not a DuckDB database file); name another with --db";
        } else if (lower.contains("could not set lock")) {
            int pid = m.indexOf("(PID ");
            String holder = pid >= 0 ? m.substring(pid, m.indexOf(')', pid) + 1) : "";
            what = holdingServer(holder)
                    ? file + " is held by dyad serve " + holder + "; a store has one writer at a time, so stop dyad serve "
                            + "to ingest, and start it again after"
                    : file + " is in use by another process" + (holder.isEmpty() ? "" : " " + holder)
                            + "; DuckDB allows one writer at a time, so wait for it to finish";
        } else if (lower.contains("no space left") || lower.contains("disk quota") || lower.contains("file too large")) {
            what = "cannot " + doing + " the store " + file + ": the disk is full (" + firstLine(m) + "); nothing of the last document was kept";
        } else if (lower.contains("read-only file system") || lower.contains("permission denied")) {
            what = "cannot " + doing + " the store " + file + ": the location is not writable (" + firstLine(m) + ")";
        } else if (lower.contains("newer version") || lower.contains("serialization") && lower.contains("version")) {
            what = file + " was written by a newer DuckDB than this dyad reads (" + firstLine(m) + ")";
        } else {
            what = "cannot " + doing + " the store " + file + ": " + firstLine(m);
        }
        return new StoreException(what, e);
    }

    /** Whether the process DuckDB names as the lock's holder ("(PID 123)") is a dyad server, where that can be seen. */
    private static boolean holdingServer(String holder) {
        String digits = holder.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(digits)).flatMap(h -> h.info().arguments())
                    .map(a -> List.of(a).contains("serve") && List.of(a).stream().anyMatch(x -> x.contains("dyad")))
                    .orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).trim();
    }

    private int version() throws StoreException {
        try (Statement s = conn.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    try (ResultSet all = s.executeQuery("SELECT count(*) FROM information_schema.tables")) {
                        all.next();
                        if (all.getLong(1) > 0) {
                            throw new StoreException(name + " is a DuckDB database but not a dyad store (no meta table); name another with --db");
                        }
                    }
                    return 0;
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
                if (!rs.next()) {
                    throw new StoreException(name + " has no schema_version in its meta table; it is not a dyad store");
                }
                try {
                    return Integer.parseInt(rs.getString(1).trim());
                } catch (NumberFormatException e) {
                    throw new StoreException(name + " has a schema_version that is not a number: " + rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw translate(name, "read", e);
        }
    }

    private void checkVersion(int v) throws StoreException {
        if (v > Schema.VERSION) {
            throw new StoreException(name + " was written by a newer dyad (store schema " + v
                    + "); this dyad reads schemas up to " + Schema.VERSION + ": upgrade dyad, or name another store with --db");
        }
    }

    private void migrate() throws StoreException {
        int v = version();
        checkVersion(v);
        if (v == Schema.VERSION) {
            return;
        }
        try {
            conn.setAutoCommit(false);
            try (Statement s = conn.createStatement()) {
                for (int step = v; step < Schema.VERSION; step++) {
                    for (String sql : Schema.STEPS.get(step)) {
                        s.execute(sql);
                    }
                }
                s.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', '" + Schema.VERSION + "')");
            }
            conn.commit();
        } catch (SQLException e) {
            rollback();
            throw translate(name, "create", e);
        }
    }

    /**
     * Removes, in one transaction, every document that is not whole (its id is not its content hash, a
     * SHA-256 in hex, or it has fewer or more actor or event rows than it was written with) with its
     * rows, and every actor and event row whose document is not stored. The fused events of a type any
     * of whose fused events lost a member are removed and that type's events unfused, so that the next
     * {@link #fuse()} rebuilds them from what is stored. Run when a store is opened for writing; answers
     * what it removed.
     */
    Repair repair() throws StoreException {
        String broken = """
                SELECT d.doc_id FROM documents d
                LEFT JOIN (SELECT doc_id, count(*) AS n FROM actors GROUP BY doc_id) a ON a.doc_id = d.doc_id
                LEFT JOIN (SELECT doc_id, count(*) AS n FROM events GROUP BY doc_id) e ON e.doc_id = d.doc_id
                WHERE d.content_hash IS DISTINCT FROM d.doc_id OR NOT regexp_full_match(d.doc_id, '[0-9a-f]{64}')
                   OR d.actor_rows IS NOT NULL AND d.actor_rows <> coalesce(a.n, 0)
                   OR d.event_rows IS NOT NULL AND d.event_rows <> coalesce(e.n, 0)""";
        try (Statement s = conn.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM (" + broken + ")), "
                    + "(SELECT count(*) FROM actors WHERE doc_id NOT IN (SELECT doc_id FROM documents)), "
                    + "(SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT doc_id FROM documents)), "
                    + "(SELECT count(*) FROM (" + DANGLING_FUSED + "))")) {
                rs.next();
                if (rs.getLong(1) + rs.getLong(2) + rs.getLong(3) + rs.getLong(4) == 0) {
                    return Repair.NONE;
                }
            }
            conn.setAutoCommit(false);
            s.execute("CREATE TEMP TABLE broken_documents AS " + broken);
            long documents = s.executeUpdate("DELETE FROM documents WHERE doc_id IN (SELECT doc_id FROM broken_documents)");
            long actors = s.executeUpdate("DELETE FROM actors WHERE doc_id NOT IN (SELECT doc_id FROM documents)");
            long events = s.executeUpdate("DELETE FROM events WHERE doc_id NOT IN (SELECT doc_id FROM documents)");
            s.execute("CREATE TEMP TABLE broken_types AS " + DANGLING_FUSED);
            s.execute("DELETE FROM fused_events WHERE event IN (SELECT event FROM broken_types)");
            s.execute("DELETE FROM fused_dyads WHERE event IN (SELECT event FROM broken_types)");
            s.execute("UPDATE events SET fused_id = NULL WHERE event IN (SELECT event FROM broken_types)");
            s.execute("DROP TABLE broken_documents");
            s.execute("DROP TABLE broken_types");
            conn.commit();
            return new Repair(documents, actors, events);
        } catch (SQLException e) {
            rollback();
            throw translate(name, "repair", e);
        }
    }

    /** The event types of fused events that have a member no longer stored: their fusion is to be rebuilt. */
    private static final String DANGLING_FUSED = """
            SELECT DISTINCT event FROM (SELECT event, unnest(members) AS member FROM fused_events)
            WHERE member NOT IN (SELECT id FROM events)""";

    /** What opening this store for writing removed as not whole (nothing, for most stores). */
    public Repair repaired() {
        return repaired;
    }

    /** The schema version this build reads and writes. */
    public static int schemaVersion() {
        return Schema.VERSION;
    }

    /** The file (or "(memory)"). */
    public String name() {
        return name;
    }

    /** The JDBC connection, for the store's own readers in this package. */
    Connection connection() {
        return conn;
    }

    /** The number of rows of a table of the contract. */
    public long count(String table) throws StoreException {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw translate(name, "read", e);
        }
    }

    /** Content hashes of every document stored: what an ingest skips. */
    public Set<String> contentHashes() throws StoreException {
        Set<String> hashes = new HashSet<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT content_hash FROM documents")) {
            while (rs.next()) {
                hashes.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw translate(name, "read", e);
        }
        return hashes;
    }

    /**
     * Writes one document with its actors and events in one transaction. Answers false, writing
     * nothing, when a document with the same content hash is already stored.
     */
    public boolean write(StoredDocument doc) throws StoreException {
        if (readOnly) {
            throw new IllegalStateException("store opened read-only");
        }
        if (broken) {
            // after a failed commit DuckDB's state is not to be trusted: a further write can splice two
            // documents into one row; the store is closed and checked at its next opening instead
            throw new StoreException("cannot write the store " + name + " after a write failed; run the ingest again");
        }
        try {
            conn.setAutoCommit(false);
            prepare();
            insertDocument.setString(1, doc.docId());
            insertDocument.setString(2, doc.source());
            insertDocument.setString(3, doc.docId());
            insertDocument.setString(4, doc.url());
            insertDocument.setString(5, doc.title());
            insertDocument.setString(6, doc.published());
            insertDocument.setString(7, doc.rejection() == null ? null : doc.rejection().code());
            insertDocument.setString(8, doc.rejection() == null ? null : doc.rejection().message());
            insertDocument.setTimestamp(9, Timestamp.from(Instant.now()));
            insertDocument.setString(10, doc.record());
            insertDocument.setInt(11, doc.actors().size());
            insertDocument.setInt(12, doc.events().size());
            if (insertDocument.executeUpdate() == 0) {
                conn.rollback();
                return false;
            }
            int i = 0;
            for (ObjectNode a : doc.actors()) {
                insertActor.setString(1, doc.docId());
                insertActor.setString(2, doc.docId().substring(0, Math.min(16, doc.docId().length())) + "-" + i++);
                insertActor.setString(3, text(a, "name"));
                insertActor.setString(4, text(a, "code"));
                insertActor.setString(5, text(a, "sector"));
                insertActor.setString(6, text(a, "office"));
                insertActor.setInt(7, a.path("mentions").size());
                insertActor.setString(8, Records.line(a));
                insertActor.addBatch();
            }
            if (i > 0) {
                insertActor.executeBatch();
            }
            List<ObjectNode> events = distinctIds(doc);
            for (ObjectNode e : events) {
                EventRow.bind(insertEvent, conn, doc.docId(), e);
                insertEvent.addBatch();
            }
            if (!events.isEmpty()) {
                insertEvent.executeBatch();
            }
            long wal = walLength();
            try {
                conn.commit();
            } catch (SQLException e) {
                walBeforeFailure = wal;
                broken = true;
                throw e;
            }
            return true;
        } catch (SQLException e) {
            rollback();
            StoreException failure = translate(name, "write", e);
            broken |= failure.getMessage().contains("the disk is full");
            throw failure;
        }
    }

    /**
     * Event ids hash the source and offsets, so an edited file read again from the same path may give
     * an id the store already holds for its earlier version: such an event keeps its record but gets
     * the id suffixed with the new document's hash, and nothing is lost.
     */
    private List<ObjectNode> distinctIds(StoredDocument doc) throws SQLException {
        if (doc.events().isEmpty()) {
            return doc.events();
        }
        Set<String> taken = new HashSet<>();
        // one primary-key lookup per event: the store may hold millions
        if (findEvent == null) {
            findEvent = conn.prepareStatement("SELECT id FROM events WHERE id = ?");
        }
        for (ObjectNode e : doc.events()) {
            findEvent.setString(1, e.path("id").asText());
            try (ResultSet rs = findEvent.executeQuery()) {
                if (rs.next()) {
                    taken.add(rs.getString(1));
                }
            }
        }
        if (taken.isEmpty()) {
            return doc.events();
        }
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode e : doc.events()) {
            if (taken.contains(e.path("id").asText())) {
                e = e.deepCopy();
                e.put("id", e.path("id").asText() + "-" + doc.docId().substring(0, 8));
            }
            out.add(e);
        }
        return out;
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private void prepare() throws SQLException {
        if (insertDocument == null) {
            insertDocument = conn.prepareStatement("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::JSON, ?, ?) ON CONFLICT DO NOTHING");
            insertActor = conn.prepareStatement("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?::JSON)");
            insertEvent = conn.prepareStatement(EventRow.INSERT);
        }
    }

    private void rollback() {
        try {
            if (!conn.getAutoCommit()) {
                conn.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is gone; DuckDB discards the open transaction with it
        }
    }

    /**
     * Fuses every event not yet fused, with the fused events of its type, in one transaction. Answers
     * how many per-article events were new to fusion (0: nothing to do).
     */
    public int fuse() throws StoreException {
        if (broken) {
            throw new StoreException("cannot fuse the events of " + name + " after a write failed; run the ingest again");
        }
        long wal = walLength();
        try {
            return new FusionWriter(conn).fuse();
        } catch (SQLException e) {
            walBeforeFailure = wal;
            broken = true;
            rollback();
            throw translate(name, "write", e);
        }
    }

    /** Closes without committing: the store could not be used. */
    private void abandon() {
        try {
            conn.close();
        } catch (SQLException ignored) {
            // already failing with a clearer message
        }
    }

    /** The write-ahead log beside the file, whose length before a commit is kept in case the commit fails. */
    private Path wal() {
        return name.equals("(memory)") ? null : Path.of(name + ".wal");
    }

    private long walLength() {
        Path wal = wal();
        try {
            return wal == null || !Files.exists(wal) ? 0 : Files.size(wal);
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * After a commit failed, cuts the write-ahead log back to its length before that commit, so that
     * what the failed commit wrote of itself is never replayed; the connection is closed first, without
     * committing, so that nothing writes to the log meanwhile. A log that is already shorter (DuckDB
     * folded it into the file) is left alone; the repair at the next opening checks the rest.
     */
    private void cutFailedCommit() {
        Path wal = wal();
        if (wal == null || walBeforeFailure < 0) {
            return;
        }
        try (FileChannel ch = FileChannel.open(wal, StandardOpenOption.WRITE)) {
            if (ch.size() > walBeforeFailure) {
                ch.truncate(walBeforeFailure);
                ch.force(true);
            }
        } catch (IOException | RuntimeException ignored) {
            // no log, or not ours to cut: the next opening's repair removes what is not whole
        }
    }

    @Override
    public void close() throws StoreException {
        try {
            if (conn.isClosed()) {
                return; // closed already: a second close does nothing
            }
        } catch (SQLException e) {
            return;
        }
        if (broken) {
            abandon();
            cutFailedCommit();
            return;
        }
        try {
            if (!readOnly && !conn.getAutoCommit()) {
                conn.commit();
            }
        } catch (SQLException e) {
            throw translate(name, "close", e);
        } finally {
            abandon();
        }
    }
}
