package dev.dyad.actors;

import static dev.dyad.actors.Words.withThe;

import dev.dyad.actors.Lexicon.Capital;
import dev.dyad.actors.Lexicon.ContextualName;
import dev.dyad.actors.Lexicon.CountryName;
import dev.dyad.model.Sentence;

/**
 * Countries named in the text: by name or capital, and by a name that stands for a state only in the
 * context of another ("the South" in an article about Korea).
 */
final class Countries implements MentionPass {
    private final Lexicon lexicon;

    Countries(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public boolean take(Resolution r, Item it) {
        Sentence s = r.sentence(it.sentence());
        if (it.known() instanceof CountryName || it.known() instanceof Capital) {
            r.countryDraft(Words.countryOf(it.known())).add(r.mention(s, withThe(s, it.from()), it.to()));
            return true;
        }
        if (it.known() instanceof ContextualName cn) {
            boolean the = it.from() > 0 && s.tokens().get(it.from() - 1).word().equalsIgnoreCase("the");
            boolean inContext = cn.contextual().context().stream().anyMatch(r.contextCodes::contains);
            if (the && inContext) {
                lexicon.country(cn.contextual().code()).ifPresent(c ->
                        r.countryDraft(c).add(r.mention(s, it.from() - 1, it.to())));
            }
            return true;
        }
        return false;
    }
}
