package dev.dyad.store;

import dev.dyad.actors.Lexicon;
import dev.dyad.text.DataFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The FIPS 10-4 country code of each country dyad knows by its ISO 3166-1 alpha-3 code, as GDELT writes a
 * place's country ({@code ActionGeo_CountryCode}); read from {@code fips-countries.tsv}, whose header names its
 * source, and checked as it is read: both codes well formed, each ISO code one of dyad's countries, no code of
 * either kind twice. Immutable.
 */
public final class FipsCodes {
    private static final Pattern ISO = Pattern.compile("[A-Z]{3}");
    private static final Pattern FIPS = Pattern.compile("[A-Z]{2}");
    private static final String FILE = "/dev/dyad/store/fips-countries.tsv";
    private static volatile FipsCodes builtIn;

    private final Map<String, String> byIso;

    private FipsCodes(Map<String, String> byIso) {
        this.byIso = Map.copyOf(byIso);
    }

    /** The table shipped with dyad, read once. */
    public static FipsCodes builtIn() {
        FipsCodes f = builtIn;
        if (f == null) {
            try (InputStream in = FipsCodes.class.getResourceAsStream(FILE)) {
                if (in == null) {
                    throw new IllegalStateException(FILE + " is missing from the jar");
                }
                Set<String> countries = new HashSet<>();
                for (DataFile.Line l : DataFile.load(Lexicon.class, "countries.tsv", 2, 6)) {
                    countries.add(l.field(0));
                }
                f = read("fips-countries.tsv", in, countries);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            builtIn = f;
        }
        return f;
    }

    /**
     * Reads a table of lines {@code iso3 fips name}; {@code countries} are the ISO codes it may name.
     *
     * @throws IllegalArgumentException naming the file and line of the first fault
     */
    static FipsCodes read(String name, InputStream in, Set<String> countries) throws IOException {
        Map<String, String> byIso = new HashMap<>();
        Set<String> fips = new HashSet<>();
        List<DataFile.Line> lines = DataFile.parse(name, in, 2, 3);
        for (DataFile.Line l : lines) {
            String iso = l.field(0);
            String code = l.field(1);
            if (!ISO.matcher(iso).matches()) {
                throw l.error("not an ISO 3166-1 alpha-3 code: " + iso);
            }
            if (!FIPS.matcher(code).matches()) {
                throw l.error("not a FIPS 10-4 country code (two capital letters): " + code);
            }
            if (!countries.contains(iso)) {
                throw l.error(iso + " is none of the countries dyad knows (countries.tsv)");
            }
            if (byIso.put(iso, code) != null) {
                throw l.error(iso + " is listed twice");
            }
            if (!fips.add(code)) {
                throw l.error("FIPS code " + code + " is given to two countries");
            }
        }
        return new FipsCodes(byIso);
    }

    /** The FIPS 10-4 code of a country by its ISO alpha-3 code; empty for none or a country without one of its own. */
    public Optional<String> find(String iso3) {
        return iso3 == null ? Optional.empty() : Optional.ofNullable(byIso.get(iso3));
    }

    public int size() {
        return byIso.size();
    }
}
