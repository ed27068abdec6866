package dev.dyad.actors;

import dev.dyad.model.Actor;
import java.util.HashSet;
import java.util.Set;

/**
 * People the article names who also wrote it, by its byline: reporters in their own story ("Pineda asked
 * Al-Ibrahim ..."), journalists (JRN) where nothing else gives them a sector. Runs after every other pass.
 */
final class Bylines implements ResolverPass {
    @Override
    public void run(Resolution r) {
        Set<String> authors = new HashSet<>();
        for (String a : r.article.article().authors()) {
            String name = a.strip().replaceFirst("(?i)^by\\s+", "");
            int comma = name.indexOf(',');
            name = comma > 0 ? name.substring(0, comma) : name;
            String key = Lexicon.key(name);
            if (key.contains(" ")) {
                authors.add(key); // a full name: one word ("Staff", "Reuters") says nothing of whom
            }
        }
        if (authors.isEmpty()) {
            return;
        }
        for (Draft d : r.drafts.values()) {
            if (d.kind == Actor.Kind.PERSON && d.sector == null && authors.contains(Lexicon.key(d.name))) {
                d.sector = "JRN";
            }
        }
    }
}
