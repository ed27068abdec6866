package dev.dyad.actors;

import dev.dyad.model.Actor;
import dev.dyad.model.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** An actor under construction, mutable while the passes of one article run. */
final class Draft {
    /** Sectors a title gives that say someone no longer holds the office the lists know: former, in opposition. */
    private static final Set<String> OUT_OF_OFFICE = Set.of("ELI", "OPP");
    final String key;
    String name;
    final Actor.Kind kind;
    String code;
    String sector;
    String office;
    boolean known;
    /** Known only from the dictionaries, which give no office: what the article says of them wins. */
    boolean dictionary;
    boolean head;
    int fullMentions;
    /** The sector its name's head word gives a state's body ("Department of ..."), once a state is known. */
    String stateBody;
    /** The office is held in a body of no sector dyad knows: no official's sector by default. */
    boolean ofBody;
    /** What the code rests on, where a list or the article's setting gave it (see {@link Actor#basis()}); null: the text. */
    String basis;
    final List<Mention> mentions = new ArrayList<>();

    Draft(String key, String name, Actor.Kind kind) {
        this.key = key;
        this.name = name;
        this.kind = kind;
    }

    void add(Mention m) {
        for (Mention x : mentions) {
            if (x.field().equals(m.field()) && x.start() == m.start() && x.end() == m.end()) {
                return;
            }
        }
        mentions.add(m);
    }

    /** Takes what a title or apposition says, where dyad's own lists do not know better. */
    void apply(Description desc) {
        boolean sure = known && !dictionary;
        if (desc.code() != null && (!sure || code == null)) {
            // for someone dyad's own lists know in office, their record of whom they serve wins over a stray word
            code = desc.code();
        }
        if (desc.sector() != null && (sector == null || desc.code() != null || !sure || OUT_OF_OFFICE.contains(desc.sector()))) {
            // "former President Barack Obama", "opposition leader Raila Odinga": out of the office the lists know
            sector = desc.sector();
        }
        if (desc.ofBody() && !sure) {
            ofBody = true;
        }
        if (desc.office() != null && (office == null || !sure)) {
            office = desc.office();
            head |= Words.HEAD_OFFICES.contains(desc.office().toLowerCase(Locale.ROOT));
        }
    }
}
