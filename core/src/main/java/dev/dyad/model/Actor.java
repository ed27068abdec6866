package dev.dyad.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world person, group, organisation or country as an article refers to it.
 *
 * @param name     its canonical name ("Sergei Lavrov", "North Korea", "US officials")
 * @param kind     what it is
 * @param code     ISO 3166-1 alpha-3 country code, or PLOVER's {@code IGO}, {@code NGO}, {@code IMG}, {@code MNC};
 *                 null when the article does not say
 * @param sector   PLOVER sector ({@code GOV}, {@code MIL}, {@code REB}, …), or null
 * @param office   the office the article (or dyad's knowledge of office holders) gives it, or null
 * @param mentions every place the article refers to it, in text order
 * @param basis    what its code rests on: {@code list} (dyad's lists or the dictionaries know it), {@code text}
 *                 (the article says it: a title, a nationality, a name), {@code setting} (the state the
 *                 article reports the politics of), {@code place} (the state the article names most); null
 *                 where it has no code, or where no resolver said
 */
public record Actor(String name, Kind kind, String code, String sector, String office, List<Mention> mentions,
                    String basis) {
    /** What kind of actor. */
    public enum Kind { PERSON, GROUP, ORGANISATION, COUNTRY }

    /** An actor whose code's basis is not recorded. */
    public Actor(String name, Kind kind, String code, String sector, String office, List<Mention> mentions) {
        this(name, kind, code, sector, office, mentions, null);
    }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("actor without a name");
        }
        mentions = List.copyOf(mentions);
    }
}
