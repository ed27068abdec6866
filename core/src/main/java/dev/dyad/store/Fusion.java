package dev.dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.json.Records;
import dev.dyad.text.DataFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Cross-article fusion: per-article events that report the same real-world event become one fused
 * event. Two events fuse when they have the same type and modality, come from different documents,
 * their dates overlap at their precision, their parties overlap (either way round for reciprocal
 * types) and their places agree. Events are taken finest date first, so a coarse date ("in June")
 * joins the day it overlaps instead of chaining two different days into one event. A planned event
 * and the report that it happened stay two fused events, each listing the other in {@code linked}.
 *
 * <p>The outcome depends on the set of events only, not on the order they were ingested in.
 * Stateless and thread-safe.
 */
public final class Fusion {
    private static final Set<String> RECIPROCAL = loadReciprocal();

    private Fusion() {
    }

    private static Set<String> loadReciprocal() {
        Set<String> types = new HashSet<>();
        for (DataFile.Line l : DataFile.load(Fusion.class, "/dev/dyad/store/reciprocal.tsv", 2, 2)) {
            if (!l.field(0).equals("reciprocal")) {
                throw l.error("expected 'reciprocal', found " + l.field(0));
            }
            if (!dev.dyad.model.Event.TYPES.contains(l.field(1))) {
                throw l.error("not a PLOVER event type: " + l.field(1));
            }
            types.add(l.field(1));
        }
        return Set.copyOf(types);
    }

    /** Whether the sides of an event type act together. */
    public static boolean reciprocal(String type) {
        return RECIPROCAL.contains(type);
    }

    /**
     * One per-article event as fusion reads it.
     *
     * @param record    the event's {@code dyad events} line
     * @param docId     its document
     * @param published its document's publication date, or null
     */
    public record Member(ObjectNode record, String docId, String published) {
        public Member {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(docId, "docId");
        }

        String id() {
            return record.path("id").asText();
        }

        String type() {
            return record.path("event").asText();
        }

        String modality() {
            return record.path("modality").asText();
        }

        LocalDate start() {
            String s = EventRow.text(record.path("date"), "start");
            return s == null ? null : LocalDate.parse(s);
        }

        LocalDate end() {
            String s = EventRow.text(record.path("date"), "end");
            return s == null ? null : LocalDate.parse(s);
        }

        long span() {
            LocalDate s = start();
            return s == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(s, end());
        }

        double confidence() {
            return record.path("confidence").asDouble(0);
        }

        Set<String> parties(String side) {
            Set<String> out = new LinkedHashSet<>();
            for (JsonNode p : record.path(side)) {
                String code = EventRow.text(p, "code");
                String name = EventRow.text(p, "name");
                if (code != null) {
                    out.add(code);
                } else if (name != null) {
                    out.add("name:" + name.toLowerCase(Locale.ROOT));
                }
            }
            return out;
        }

        String country() {
            return EventRow.text(record.path("location"), "country");
        }

        String place() {
            String n = EventRow.text(record.path("location"), "name");
            return n == null ? null : n.toLowerCase(Locale.ROOT);
        }
    }

    /** A fused event: its members (the representative first) and the fused events it is linked to. */
    public static final class Cluster {
        private final List<Member> members = new ArrayList<>();
        private final Set<String> linked = new LinkedHashSet<>();
        private final Set<String> docs = new HashSet<>();
        private String id;

        Cluster(Member core) {
            add(core);
        }

        private void add(Member m) {
            members.add(m);
            docs.add(m.docId());
        }

        public List<Member> members() {
            return List.copyOf(members);
        }

        Member core() {
            return members.get(0);
        }

        /** The fused event's id: named after its smallest member id, so the same members give the same id. */
        public String id() {
            if (id == null) {
                String min = members.stream().map(Member::id).min(Comparator.naturalOrder()).orElseThrow();
                id = "f-" + sha(min).substring(0, 16);
            }
            return id;
        }

        public Set<String> linked() {
            return Set.copyOf(linked);
        }
    }

    /** Fuses a set of per-article events (any types and modalities). */
    public static List<Cluster> fuse(List<Member> events) {
        Map<String, List<Member>> byGroup = new TreeMap<>();
        for (Member m : events) {
            byGroup.computeIfAbsent(m.type() + "\u0000" + m.modality(), k -> new ArrayList<>()).add(m);
        }
        Map<String, List<Cluster>> byType = new TreeMap<>();
        List<Cluster> all = new ArrayList<>();
        for (List<Member> group : byGroup.values()) {
            List<Cluster> clusters = cluster(group);
            all.addAll(clusters);
            byType.computeIfAbsent(group.get(0).type(), k -> new ArrayList<>()).addAll(clusters);
        }
        for (List<Cluster> clusters : byType.values()) {
            link(clusters);
        }
        return all;
    }

    /** Events of one type and modality into clusters, finest date first. */
    private static List<Cluster> cluster(List<Member> group) {
        List<Member> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparingLong(Member::span)
                .thenComparing(m -> m.start() == null ? LocalDate.MAX : m.start())
                .thenComparing(Comparator.comparingDouble(Member::confidence).reversed())
                .thenComparing(Member::id));
        List<Cluster> clusters = new ArrayList<>();
        NavigableMap<LocalDate, List<Cluster>> byStart = new TreeMap<>();
        List<Cluster> undated = new ArrayList<>();
        long widest = 0;
        for (Member m : sorted) {
            Cluster best = null;
            for (Cluster c : candidates(m, byStart, undated, widest)) {
                if (!c.docs.contains(m.docId()) && agree(c.core(), m)
                        && (best == null || c.members.size() > best.members.size())) {
                    best = c;
                }
            }
            if (best != null) {
                best.add(m);
                continue;
            }
            Cluster c = new Cluster(m);
            clusters.add(c);
            if (m.start() == null) {
                undated.add(c);
            } else {
                byStart.computeIfAbsent(m.start(), k -> new ArrayList<>()).add(c);
                widest = Math.max(widest, m.span());
            }
        }
        return clusters;
    }

    private static List<Cluster> candidates(Member m, NavigableMap<LocalDate, List<Cluster>> byStart,
                                            List<Cluster> undated, long widest) {
        if (m.start() == null) {
            return undated;
        }
        List<Cluster> out = new ArrayList<>();
        for (List<Cluster> cs : byStart.subMap(m.start().minusDays(widest), true, m.end(), true).values()) {
            for (Cluster c : cs) {
                if (!c.core().end().isBefore(m.start())) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Links clusters of one type and different modalities that describe the same event. */
    private static void link(List<Cluster> clusters) {
        List<Cluster> dated = new ArrayList<>();
        List<Cluster> undated = new ArrayList<>();
        for (Cluster c : clusters) {
            (c.core().start() == null ? undated : dated).add(c);
        }
        dated.sort(Comparator.comparing((Cluster c) -> c.core().start()));
        linkPairs(dated, true);
        linkPairs(undated, false);
    }

    /** Pairs of clusters whose dates overlap; {@code sorted} ones are in order of their start. */
    private static void linkPairs(List<Cluster> clusters, boolean sorted) {
        for (int i = 0; i < clusters.size(); i++) {
            Cluster a = clusters.get(i);
            for (int j = i + 1; j < clusters.size(); j++) {
                Cluster b = clusters.get(j);
                if (sorted && b.core().start().isAfter(a.core().end())) {
                    break;
                }
                if (!a.core().modality().equals(b.core().modality()) && datesOverlap(a.core(), b.core())
                        && agree(a.core(), b.core())) {
                    a.linked.add(b.id());
                    b.linked.add(a.id());
                }
            }
        }
    }

    private static boolean datesOverlap(Member a, Member b) {
        if (a.start() == null || b.start() == null) {
            return a.start() == null && b.start() == null;
        }
        return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
    }

    /** Parties and places agree (dates are checked by the caller). */
    static boolean agree(Member a, Member b) {
        return parties(a, b) && places(a, b);
    }

    static boolean parties(Member a, Member b) {
        Set<String> aa = a.parties("actor");
        Set<String> ar = a.parties("recipient");
        Set<String> ba = b.parties("actor");
        Set<String> br = b.parties("recipient");
        if (reciprocal(a.type())) {
            Set<String> p = new HashSet<>(aa);
            p.addAll(ar);
            Set<String> q = new HashSet<>(ba);
            q.addAll(br);
            int need = Math.min(2, Math.min(p.size(), q.size()));
            p.retainAll(q);
            return need > 0 && p.size() >= need;
        }
        return overlap(aa, ba) && (ar.isEmpty() || br.isEmpty() || overlap(ar, br));
    }

    private static boolean overlap(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Places agree when either is unknown, or they lie in the same country (or have the same name). */
    static boolean places(Member a, Member b) {
        if (a.place() == null || b.place() == null) {
            return true;
        }
        if (a.country() != null && b.country() != null) {
            return a.country().equals(b.country());
        }
        return a.place().equals(b.place());
    }

    /**
     * The fused event's record: the representative's fields (its date is the finest), parties of every
     * member, and {@code reports}, {@code sources}, {@code members}, {@code first_reported},
     * {@code last_reported}, {@code linked}.
     */
    public static ObjectNode record(Cluster c) {
        Member core = c.core();
        ObjectNode o = Records.mapper().createObjectNode();
        o.put("id", c.id());
        ObjectNode r = core.record();
        for (String f : List.of("event", "mode", "context", "modality", "historical", "date")) {
            o.set(f, r.get(f));
        }
        if (o.path("mode").isNull()) {
            c.members.stream().map(m -> EventRow.text(m.record(), "mode")).filter(Objects::nonNull).findFirst()
                    .ifPresent(mode -> o.put("mode", mode));
        }
        ArrayNode actor = o.putArray("actor");
        ArrayNode recipient = o.putArray("recipient");
        Set<String> seenA = new HashSet<>();
        Set<String> seenR = new HashSet<>();
        boolean reciprocal = reciprocal(core.type());
        Set<String> coreActors = core.parties("actor");
        for (Member m : c.members) {
            boolean swap = reciprocal && m != core && !overlap(m.parties("actor"), coreActors)
                    && overlap(m.parties("recipient"), coreActors);
            addParties(swap ? recipient : actor, swap ? seenR : seenA, m.record().path("actor"));
            addParties(swap ? actor : recipient, swap ? seenA : seenR, m.record().path("recipient"));
        }
        JsonNode location = r.get("location");
        for (Member m : c.members) {
            if (location != null && !location.isNull()) {
                break;
            }
            location = m.record().get("location");
        }
        o.set("location", location);
        o.set("evidence", r.get("evidence"));
        o.set("quad_class", r.get("quad_class"));
        o.set("intensity", r.get("intensity"));
        o.put("confidence", c.members.stream().mapToDouble(Member::confidence).max().orElse(0));
        o.put("reports", c.members.size());
        ArrayNode sources = o.putArray("sources");
        new LinkedHashSet<>(c.members.stream().map(m -> m.record().path("source").asText()).toList()).forEach(sources::add);
        ArrayNode members = o.putArray("members");
        c.members.forEach(m -> members.add(m.id()));
        String first = null;
        String last = null;
        for (Member m : c.members) {
            if (m.published() == null) {
                continue;
            }
            if (first == null || instant(m.published()).compareTo(instant(first)) < 0) {
                first = m.published();
            }
            if (last == null || instant(m.published()).compareTo(instant(last)) > 0) {
                last = m.published();
            }
        }
        o.put("first_reported", first);
        o.put("last_reported", last);
        ArrayNode linked = o.putArray("linked");
        c.linked.stream().sorted().forEach(linked::add);
        return o;
    }

    private static void addParties(ArrayNode into, Set<String> seen, JsonNode parties) {
        for (JsonNode p : parties) {
            String key = EventRow.text(p, "code") + "\u0000" + EventRow.text(p, "name");
            if (seen.add(key)) {
                into.add(p);
            }
        }
    }

    /** A publication date, comparable whether it is a date or a date-time with offset. */
    private static String instant(String published) {
        try {
            return OffsetDateTime.parse(published).toInstant().toString();
        } catch (DateTimeParseException e) {
            return published.length() >= 10 ? published.substring(0, 10) + "T12:00:00Z" : published;
        }
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
