package dev.dyad.actors;

import dev.dyad.actors.Lexicon.ContextualOrganisation;
import dev.dyad.actors.Lexicon.OrgName;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Short names that stand for a party in the reports of its own state ("Congress" in an Indian report,
 * "Labour" in a British one; {@code contextual-organisations.tsv}): the name the tagger or a list found is
 * read as that party where the article is set in one of the phrase's states, or names one of them (or one
 * of its other parties) and not the state of the body the name otherwise stands for. Runs after the countries
 * are counted.
 */
final class ContextualOrganisations implements ResolverPass {
    private final Lexicon lexicon;

    ContextualOrganisations(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void run(Resolution r) {
        // the states of the parties the article names otherwise ("the BJP"): its politics are theirs too
        Set<String> parties = new HashSet<>();
        for (List<Item> items : r.items) {
            for (Item it : items) {
                if (it.known() instanceof OrgName on && "PTY".equals(on.organisation().actorSector())
                        && lexicon.contextualOrganisations(on.organisation().name()).isEmpty()) {
                    parties.add(on.organisation().actorCode());
                }
            }
        }
        for (int si = 0; si < r.items.size(); si++) {
            List<Item> items = r.items(si);
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                boolean body = it.kind() == Item.Kind.ORG_NAME || it.known() instanceof OrgName;
                if (!body) {
                    continue;
                }
                List<ContextualOrganisation> readings =
                        lexicon.contextualOrganisations(r.sentence(si).span(it.from(), it.to()));
                ContextualOrganisation chosen = choose(r, parties, readings, it);
                if (chosen != null) {
                    items.set(i, new Item(it.sentence(), it.from(), it.to(), Item.Kind.KNOWN,
                            new OrgName(chosen.organisation()), null));
                }
            }
        }
    }

    private static ContextualOrganisation choose(Resolution r, Set<String> parties, List<ContextualOrganisation> readings,
                                                 Item it) {
        for (ContextualOrganisation c : readings) {
            if (r.dominant != null && c.context().contains(r.dominant)) {
                return c; // "Congress" in a report set in India
            }
        }
        String usual = it.known() instanceof OrgName on ? on.organisation().actorCode() : null;
        if (usual != null && (r.contextCodes.contains(usual) || parties.contains(usual))) {
            return null; // the United States are named too: "Congress" may be theirs
        }
        for (ContextualOrganisation c : readings) {
            if (c.context().stream().anyMatch(x -> r.contextCodes.contains(x) || parties.contains(x))) {
                return c;
            }
        }
        return null;
    }
}
