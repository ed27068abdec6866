package dev.dyad.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds teaser cards: small elements that hold a linked headline followed by a line or two of text
 * about another page, repeated down the page (latest stories, more from the section, infinite scroll).
 * Their text reads as prose but is not the article. Stateless.
 */
final class Teasers {
    /** A linked line is a headline when at least this share of its letters are link text... */
    private static final double LINKED = 0.9;
    /** ...and it is at most this long (letters). */
    private static final int MAX_HEADLINE = 160;
    /** A card holds at most this many blocks... */
    private static final int MAX_BLOCKS = 5;
    /** ...and this many letters. */
    private static final int MAX_LETTERS = 400;
    /** A teaser's text is a line or two; a listicle item's runs longer. */
    private static final int MAX_TEXT = 250;
    /** Between a card's headline and its text may stand this many short lines that are not prose... */
    private static final int MAX_BETWEEN = 2;
    /** ...each shorter than this (letters). */
    private static final int MAX_BETWEEN_LETTERS = 40;
    /** A card never holds this share of the page's evidence: then it is the article. */
    private static final double MAX_CARD_SHARE = 0.3;
    /** How far above a block its card may be. */
    private static final int MAX_UP = 6;
    /** One card alone may be part of the article; a teaser list has several. */
    private static final int MIN_CARDS = 3;

    /** Elements that quote or embed (a post, a tweet) rather than tease: never cards. */
    private static final Set<String> QUOTES = Set.of("blockquote", "p", "q", "figure");

    private Teasers() {
    }

    /** A short, fully linked line of words (a link that spells out an address is not a headline). */
    private static boolean headline(Block b) {
        return b.linkDensity() >= LINKED && b.chars <= MAX_HEADLINE && b.words >= 3 && !b.text.contains("://");
    }

    /** Sets {@link Block#teaser} on every block inside a card, when the page has enough cards. */
    static void mark(List<Block> blocks, Evidence ev) {
        Set<Element> cards = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> ups = new ArrayList<>(MAX_UP + 1);
        for (int i = 1; i < blocks.size(); i++) {
            Block headline = blocks.get(i - 1);
            if (!headline(headline)) {
                continue;
            }
            // the text follows the headline, or a short line or two of its card (a date, a count, a source)
            Block text = blocks.get(i);
            for (int j = i; j < Math.min(blocks.size() - 1, i + MAX_BETWEEN) && !text.prose()
                    && text.chars < MAX_BETWEEN_LETTERS && !text.heading() && !headline(text); j++) {
                text = blocks.get(j + 1);
            }
            if (!text.prose() || text.chars > MAX_TEXT) {
                continue;
            }
            ups.clear();
            Element e = headline.element;
            for (int k = 0; k <= MAX_UP && e != null && e != ev.root(); k++, e = e.parent()) {
                ups.add(e);
            }
            Element card = null;
            e = text.element;
            for (int k = 0; k <= MAX_UP && e != null && e != ev.root(); k++, e = e.parent()) {
                if (ups.contains(e)) {
                    card = e;
                    break;
                }
            }
            if (card != null && !QUOTES.contains(card.normalName()) && ev.blocks(card) <= MAX_BLOCKS
                    && ev.letters(card) <= MAX_LETTERS && ev.of(card) < MAX_CARD_SHARE * ev.total()) {
                cards.add(card);
            }
        }
        if (cards.size() < MIN_CARDS) {
            return;
        }
        for (Block b : blocks) {
            Element e = b.element;
            for (int k = 0; k <= MAX_UP && e != null; k++, e = e.parent()) {
                if (cards.contains(e)) {
                    b.teaser = true;
                    break;
                }
            }
        }
    }
}
