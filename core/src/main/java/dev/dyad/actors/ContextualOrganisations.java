package dev.dyad.actors;

import dev.dyad.actors.Lexicon.ContextualOrganisation;
import dev.dyad.actors.Lexicon.OrgName;
import dev.dyad.model.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Short names that stand for a party in the reports of its own state ("Congress" in an Indian report,
 * "Labour" in a British one; {@code contextual-organisations.tsv}): the name the tagger or a list found is
 * read as that party where the article is set in one of the phrase's states, or names one of them (or one
 * of its other parties) and not the state of the body the name otherwise stands for; also where the tagger
 * tagged the capitalised phrase as no name at all. Runs after the countries are counted.
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
                List<Token> tokens = r.sentence(si).tokens();
                for (int from = it.from() - 1; from >= Math.max(0, it.from() - 2); from--) {
                    // "the Christian Democrats", where the tagger or a list took "Democrats" alone: the longer
                    // phrase, where it is one and reads as a party of the article's state
                    if (!tokens.get(from).isCapitalised() || Words.itemAt(items, from) != null
                            || Words.DETERMINERS.contains(tokens.get(from).word().toLowerCase(Locale.ROOT))) {
                        break;
                    }
                    Item longer = new Item(it.sentence(), from, it.to(), Item.Kind.ORG_NAME, null, null);
                    ContextualOrganisation chosen = choose(r, parties,
                            lexicon.contextualOrganisations(r.sentence(si).span(from, it.to())), longer);
                    if (chosen != null) {
                        it = new Item(it.sentence(), from, it.to(), Item.Kind.KNOWN, new OrgName(chosen.organisation()), null);
                        items.set(i, it);
                        break;
                    }
                }
                List<ContextualOrganisation> readings =
                        lexicon.contextualOrganisations(r.sentence(si).span(it.from(), it.to()));
                ContextualOrganisation chosen = choose(r, parties, readings, it);
                if (chosen != null) {
                    items.set(i, new Item(it.sentence(), it.from(), it.to(), Item.Kind.KNOWN,
                            new OrgName(chosen.organisation()), null));
                }
            }
            untagged(r, parties, si);
        }
    }

    /**
     * The phrases the tagger left out of any name ("The Conservatives pledged": a proper noun it tagged as no
     * organisation), read the same way where every word is a capitalised proper noun.
     */
    private void untagged(Resolution r, Set<String> parties, int si) {
        List<Item> items = r.items(si);
        List<Token> tokens = r.sentence(si).tokens();
        List<Item> found = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            if (Words.itemAt(items, k) != null || !tokens.get(k).pos().startsWith("NNP")) {
                continue;
            }
            for (int to = Math.min(tokens.size() - 1, k + 2); to >= k; to--) {
                boolean proper = true;
                for (int j = k; j <= to; j++) {
                    proper &= tokens.get(j).pos().startsWith("NNP") && Words.itemAt(items, j) == null;
                }
                if (!proper) {
                    continue;
                }
                List<ContextualOrganisation> readings = lexicon.contextualOrganisations(r.sentence(si).span(k, to));
                Item candidate = new Item(si, k, to, Item.Kind.ORG_NAME, null, null);
                ContextualOrganisation chosen = readings.isEmpty() ? null : choose(r, parties, readings, candidate);
                if (chosen != null) {
                    found.add(new Item(si, k, to, Item.Kind.KNOWN, new OrgName(chosen.organisation()), null));
                    k = to;
                    break;
                }
            }
        }
        if (!found.isEmpty()) {
            items.addAll(found);
            items.sort(Comparator.comparingInt(Item::from));
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
