package dev.dyad.actors;

import dev.dyad.geo.Gazetteer;
import dev.dyad.model.Actor;
import dev.dyad.model.ParsedArticle;
import java.util.List;

/**
 * Finds who is who in a parsed article: people, groups, organisations and countries, each resolved
 * to a country (or IGO) code, a PLOVER sector and an office, with every mention that refers to them.
 *
 * <p>Evidence, strongest first: what the article says next to a name (titles and nationality before
 * it, an apposition after it, "of Japan"), then dyad's knowledge of office holders at the article's
 * date. Short forms ("Mr Lavrov", "Lavrov", "Mr Kim") join the person of the article they name, the
 * most prominent one where several share a surname. Role phrases ("Russia's foreign minister", "the
 * North Korean leader") join the person who holds that office, in the article or in dyad's knowledge.
 * An unknown person stays an actor with what the article says of them, never a guess. Groups are
 * placed where they live: a people by the state among its homelands that the article names, a nation's
 * minority by the other state it names, a role by the city or region beside it ("Karachi police").
 *
 * <p>The work is done by small passes over one {@link Resolution} per article, in the order declared
 * here: each pass reads what those before it left. Stateless apart from the lexicon and the gazetteer,
 * both immutable; thread-safe.
 */
public final class ActorResolver {
    /**
     * Article-level passes, in order: items, the dateline's state, namesakes, country counts, short names of
     * one state's parties, peoples settled, full names, short names.
     */
    private final List<ResolverPass> namePasses;
    /**
     * Offered each item not yet consumed, sentence by sentence in text order, the first that takes it
     * wins. One walk for all of them, not one per pass: a role phrase consumes the nationality before it
     * that an organisation after it would otherwise take ("the Ukrainian energy company Burisma").
     */
    private final List<MentionPass> mentionPasses;
    /** After the walk: the drafts of one organisation joined. */
    private final ResolverPass joins = new OrganisationMentions();
    /** After the joins: the families of heads of state and government. */
    private final ResolverPass families;
    /** After the families: what the text says a body no list placed has or is ("Meetup's customers"). */
    private final ResolverPass bodyCues = new BodyCues();
    /** Then: sectors shared between people and the bodies they work at. */
    private final ResolverPass employers = new Employers();
    /** Then: the people a body is said to be led by. */
    private final ResolverPass ledBy = new LedBy();
    /** Then: what people do, where a clause after their name says it. */
    private final ResolverPass occupations = new Occupations();
    /** Then: people the text says were convicted. */
    private final ResolverPass convictions = new Convictions();
    /** Last: people who wrote the article, by its byline. */
    private final ResolverPass bylines = new Bylines();
    private final Assembly assembly;

    /** A resolver with dyad's built-in list of places for the cities and regions an article names. */
    public ActorResolver(Lexicon lexicon) {
        this(lexicon, Gazetteer.builtIn());
    }

    public ActorResolver(Lexicon lexicon, Gazetteer gazetteer) {
        KnownPeople people = new KnownPeople(lexicon);
        OrganisationNames organisationNames = new OrganisationNames(lexicon);
        Titles titles = new Titles(lexicon, organisationNames);
        Peoples peoples = new Peoples(lexicon);
        Places places = new Places(lexicon, gazetteer);
        this.families = new Families(lexicon);
        this.assembly = new Assembly(lexicon);
        this.namePasses = List.of(
                new SentenceItems(lexicon, places),
                new Acronyms(),
                new Datelines(places),
                new Namesakes(lexicon),
                new CountryCounts(lexicon),
                new ContextualOrganisations(lexicon),
                peoples,
                new FullNames(people, titles),
                new ShortNames(people, titles));
        this.mentionPasses = List.of(
                new Roles(lexicon, people),
                new Organisations(lexicon, organisationNames, places),
                new Countries(lexicon),
                peoples);
    }

    public List<Actor> resolve(ParsedArticle article) {
        Resolution r = new Resolution(article);
        for (ResolverPass pass : namePasses) {
            pass.run(r);
        }
        for (List<Item> items : r.items) {
            for (Item it : items) {
                if (r.consumed.contains(it)) {
                    continue;
                }
                for (MentionPass pass : mentionPasses) {
                    if (pass.take(r, it)) {
                        break;
                    }
                }
            }
        }
        joins.run(r);
        families.run(r);
        bodyCues.run(r);
        employers.run(r);
        ledBy.run(r);
        occupations.run(r);
        convictions.run(r);
        bylines.run(r);
        return assembly.actors(r);
    }
}
