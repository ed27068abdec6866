package dev.dyad.actors;

import dev.dyad.actors.Lexicon.Country;
import dev.dyad.model.Actor;
import dev.dyad.model.Mention;
import dev.dyad.model.ParsedArticle;
import dev.dyad.model.Sentence;
import dev.dyad.text.DateParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The working set of one article while the actors passes run over it: the items found in each sentence,
 * what the article names of countries, and the actors drafted so far with the items they have used.
 * Each pass reads what the passes before it left and adds its own; one per article, never shared.
 */
final class Resolution {
    final ParsedArticle article;
    /** The article's date, or null where it has none. */
    final LocalDate day;
    final List<Sentence> sentences;
    /** The items of each sentence, in sentence order and within one by their first token. */
    final List<List<Item>> items = new ArrayList<>();

    /** Codes of every country the article names. */
    final Set<String> contextCodes = new HashSet<>();
    /** Mentions per country code, as a name, adjective or capital (or, where none, by its cities and regions). */
    final Map<String, Integer> countryCounts = new LinkedHashMap<>();
    /** States named as places: by name or capital, then those named only by their cities and regions. */
    final Map<String, Integer> placeCounts = new LinkedHashMap<>();
    /** States of the cities and regions named. */
    final Map<String, Integer> cityCounts = new LinkedHashMap<>();
    /** Mentions per country code by name, adjective or capital, and by its cities and regions, summed. */
    final Map<String, Integer> namedCounts = new LinkedHashMap<>();
    /** The country the article names most, for "the city's police"; null where it names none. */
    String dominant;
    /** The state of the place a wire story's dateline names ("KYIV, Ukraine (AP) -"); null where it has none. */
    String datelineCode;

    /** Actors under construction by key, in the order they were first drafted. */
    final Map<String, Draft> drafts = new LinkedHashMap<>();
    /** Items that a title, apposition or role phrase has taken in, and which stand for no actor of their own. */
    final Set<Item> consumed = new HashSet<>();
    /** Short forms the article defines, standing for an organisation no list knows: the name they stand for. */
    final Map<Item, String> namedAs = new HashMap<>();
    /** Names of one word no list knows, left for the short names pass. */
    final List<Item> shortNames = new ArrayList<>();

    Resolution(ParsedArticle article) {
        this.article = article;
        this.day = DateParser.isoDate(article.article().published()).orElse(null);
        this.sentences = article.sentences();
    }

    Sentence sentence(int index) {
        return sentences.get(index);
    }

    List<Item> items(int sentence) {
        return items.get(sentence);
    }

    Mention mention(Sentence s, int fromToken, int toToken) {
        return Words.mention(article, s, fromToken, toToken);
    }

    /** True where the article names exactly one state. */
    boolean onlyCountry() {
        return countryCounts.size() == 1;
    }

    Draft countryDraft(Country c) {
        String code = c.actorCode();
        Draft d = drafts.computeIfAbsent("c:" + code, x -> new Draft(x, c.name(), Actor.Kind.COUNTRY));
        d.code = code;
        return d;
    }

    Draft draft(String key, String name, Actor.Kind kind) {
        return drafts.computeIfAbsent(key, x -> new Draft(x, name, kind));
    }
}
