package dev.dyad.actors;

import static dev.dyad.actors.Words.withThe;

import dev.dyad.actors.Lexicon.Capital;
import dev.dyad.actors.Lexicon.ContextualName;
import dev.dyad.actors.Lexicon.CountryAdjective;
import dev.dyad.actors.Lexicon.CountryName;
import dev.dyad.model.Actor;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Countries named in the text: by name or capital, and by a name that stands for a state only in the
 * context of another ("the South" in an article about Korea).
 */
final class Countries implements MentionPass {
    /** Words before a capital that make it a party to what is done rather than a place. */
    private static final Set<String> PARTY_TO = Set.of("with", "against");

    private final Lexicon lexicon;

    Countries(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public boolean take(Resolution r, Item it) {
        Sentence s = r.sentence(it.sentence());
        if (it.known() instanceof Capital cap && cap.country().sovereign() == null && actsAlone(s, it)) {
            // "Beijing retaliated", "Tehran has denied": a capital that does or says something stands for the
            // state's government, as a seat of power does (a dependency's capital is too often a person's name)
            String code = Words.countryOf(it.known()).actorCode();
            Draft d = r.draft("g:" + code + "/GOV", Roles.groupName(lexicon, code, "GOV"), Actor.Kind.GROUP);
            d.code = code;
            d.sector = "GOV";
            d.add(r.mention(s, it.from(), it.to()));
            return true;
        }
        if (it.known() instanceof CountryAdjective ca && standsForSomeone(s, it)) {
            // "The Australian was carried out": the nationality of the person last named, where no word gave one
            Draft who = Words.lastPersonBefore(r.drafts, s, s.tokens().get(it.from()).start());
            if (who != null && who.code == null) {
                who.code = ca.country().actorCode();
                who.add(r.mention(s, it.from() - 1, it.to()));
                return true;
            }
        }
        if (it.known() instanceof CountryName && Organisations.beginsBodyName(s.tokens(), r.items(it.sentence()), it)) {
            return false; // "the Nigeria Labour Congress": the organisation's pass reads it with the name
        }
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

    /** "The Australian was ...": a nationality after "the" and before a verb, standing for a person. */
    private static boolean standsForSomeone(Sentence s, Item it) {
        List<Token> tokens = s.tokens();
        String pos = tokens.get(it.from()).pos();
        return it.from() > 0 && it.from() == it.to() && tokens.get(it.from() - 1).word().equalsIgnoreCase("the")
                && !pos.equals("NNS") && !pos.equals("NNPS") // "The Palestinians said": a people
                && it.to() + 1 < tokens.size()
                && (tokens.get(it.to() + 1).pos().startsWith("VB") || tokens.get(it.to() + 1).pos().equals("MD"));
    }

    /**
     * True where the name is a party to something ("talks with Beijing") or does something: a verb follows it
     * ("Beijing has retaliated", "Washington said"), and no preposition puts it in a place before it ("talks in
     * Beijing ended").
     */
    private static boolean actsAlone(Sentence s, Item it) {
        List<Token> tokens = s.tokens();
        if (it.from() > 0 && PARTY_TO.contains(tokens.get(it.from() - 1).word().toLowerCase(Locale.ROOT))) {
            return true; // "a deal with Beijing", "sanctions against Moscow": a party to something, not a place
        }
        if (it.to() + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(it.to() + 1).pos();
        String before = it.from() > 0 ? tokens.get(it.from() - 1).pos() : "";
        // after "and" only where a comma before it starts a clause ("..., and Washington said"), not a list of
        // places ("Beijing and Washington have agreed" leaves both as states)
        boolean clause = !before.equals("CC") || it.from() > 1 && tokens.get(it.from() - 2).word().equals(",");
        return (next.startsWith("VB") || next.equals("MD")) && !before.equals("IN") && !before.equals("TO") && clause
                && !(it.from() > 0 && tokens.get(it.from() - 1).word().equals(","));
    }
}
