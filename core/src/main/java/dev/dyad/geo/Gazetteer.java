package dev.dyad.geo;

import dev.dyad.text.DataFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Places by name: cities of GeoNames (population 15,000 or more, and every national capital) and
 * places news names that are not cities (the DMZ, Gaza Strip, Crimea), from {@code places.tsv}.
 * Where several places share a name, the national capital wins, then the most populous.
 *
 * <p>Loaded once; immutable and thread-safe.
 */
public final class Gazetteer {
    /** One place: its name, country code (ISO 3166-1 alpha-3) and coordinates. */
    public record Entry(String name, String country, double lat, double lon, long population, boolean capital) {
    }

    private static volatile Gazetteer builtIn;

    private final Map<String, Entry> byName;
    /** Every place of a name several places share, the one {@link #find} gives first. */
    private final Map<String, List<Entry>> shared;

    private Gazetteer(Map<String, Entry> byName, Map<String, List<Entry>> shared) {
        this.byName = byName;
        this.shared = shared;
    }

    public static Gazetteer builtIn() {
        Gazetteer g = builtIn;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = builtIn;
                if (g == null) {
                    g = load();
                    builtIn = g;
                }
            }
        }
        return g;
    }

    private static Gazetteer load() {
        Map<String, Entry> m = new HashMap<>(64_000);
        Map<String, List<Entry>> all = new HashMap<>();
        for (DataFile.Line l : DataFile.load(Gazetteer.class, "places.tsv", 1, 7)) {
            if (l.fields().size() != 7) {
                throw l.error("expected 7 fields (name, ascii, country, lat, lon, population, capital)");
            }
            Entry e;
            try {
                double lat = Double.parseDouble(l.field(3));
                double lon = Double.parseDouble(l.field(4));
                if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
                    throw l.error("coordinates out of range");
                }
                e = new Entry(l.field(0), l.field(2), lat, lon, Long.parseLong(l.field(5)), l.field(6).equals("1"));
            } catch (NumberFormatException ex) {
                throw l.error("bad number: " + ex.getMessage());
            }
            if (!e.country().matches("[A-Z]{3}")) {
                throw l.error("not a country code: " + e.country());
            }
            put(m, all, l.field(0), e);
            // GeoNames writes "New York City", "Mexico City"; news writes "New York" (a country of the
            // same name is found before any place, so "Mexico" stays the country)
            if (l.field(0).endsWith(" City") && l.field(0).length() > 8) {
                put(m, all, l.field(0).substring(0, l.field(0).length() - 5), e);
            }
            if (!l.field(1).isEmpty()) {
                put(m, all, l.field(1), e);
            }
        }
        Map<String, List<Entry>> shared = new HashMap<>();
        all.forEach((key, entries) -> {
            if (entries.size() > 1) {
                List<Entry> sorted = new ArrayList<>(entries);
                sorted.sort((a, b) -> better(a, b) ? -1 : better(b, a) ? 1 : 0);
                shared.put(key, List.copyOf(sorted));
            }
        });
        return new Gazetteer(Map.copyOf(m), Map.copyOf(shared));
    }

    private static void put(Map<String, Entry> m, Map<String, List<Entry>> all, String name, Entry e) {
        String key = key(name);
        Entry old = m.get(key);
        if (old == null || better(e, old)) {
            m.put(key, e);
        }
        if (old != null) {
            List<Entry> same = all.computeIfAbsent(key, k -> new ArrayList<>(List.of(old)));
            if (!same.contains(e)) {
                same.add(e);
            }
        }
    }

    private static boolean better(Entry a, Entry b) {
        if (a.capital() != b.capital()) {
            return a.capital();
        }
        return a.population() > b.population();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('-', ' ').strip();
    }

    /** The place a name stands for, if dyad knows one. */
    public Optional<Entry> find(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** Every place of this name, the one {@link #find} gives first; empty if dyad knows none. */
    public List<Entry> findAll(String name) {
        String key = key(name);
        List<Entry> several = shared.get(key);
        if (several != null) {
            return several;
        }
        Entry one = byName.get(key);
        return one == null ? List.of() : List.of(one);
    }

    public int size() {
        return byName.size();
    }

}
