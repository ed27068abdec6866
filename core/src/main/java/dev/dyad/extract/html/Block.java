package dev.dyad.extract.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block-level boundaries of a page, with what is known about it. Mutable
 * while one extraction decides about it; never shared between extractions.
 */
final class Block {
    /** The nearest block-level element around the text. */
    final Element element;
    /** Whitespace-normalised text. */
    final String text;
    /** Letters and digits in the text: markup-independent size. */
    final int chars;
    /** Letters and digits inside links. */
    final int linkChars;
    /** Whether the text stands in a heading (h1 to h6), and which level (0 when not). */
    final int headingLevel;
    /** Sentence-ending punctuation marks and commas in the text. */
    final int punctuation;
    /** Word count. */
    final int words;
    /** Share of the text's word trigrams found in the structured-data body; -1 when unknown. */
    double coverage = -1;
    /** Whether the block stands in a teaser card: a linked headline with a line or two about another page. */
    boolean teaser;
    /** Whether the block is the page's headline, a field of its own rather than the body's. */
    boolean headline;
    /** Why the block is dropped; null while kept. */
    String reason;
    /** What the rule cascade decided, before the block classifier: whether it kept the block, and why not. */
    boolean ruleKept;
    String ruleReason;
    /** Whether the block stands inside the article container. */
    boolean inside;
    /** Whether an element above it has a cue of readers' comments (see {@code HtmlBodyExtractor}). */
    boolean comment;
    /** Whether an element above it, short of the article, has a cue to drop what it holds. */
    boolean cued;
    /** Whether an element above it has a cue of article content. */
    boolean contentCue;
    /** Whether its words are a furniture phrase of {@code text-cues.tsv}. */
    boolean phrase;

    Block(Element element, String text, int chars, int linkChars, int headingLevel) {
        this.element = element;
        this.text = text;
        this.chars = chars;
        this.linkChars = linkChars;
        this.headingLevel = headingLevel;
        int p = 0;
        int w = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ',' || c == ';' || c == ':' || c == '\u3002' || c == '\uFF0C'
                    || c == '\u060C' || c == '\u061F' || c == '\u0964' || c == '\u2026') {
                p++;
            }
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                w++;
            }
            inWord = letter;
        }
        this.punctuation = p;
        this.words = w;
    }

    double linkDensity() {
        return chars == 0 ? 0 : linkChars / (double) chars;
    }

    boolean heading() {
        return headingLevel > 0;
    }

    boolean kept() {
        return reason == null;
    }

    /** True when the text reads as running prose: long enough, with sentence punctuation, few links. */
    boolean prose() {
        return !heading() && chars >= 40 && punctuation > 0 && linkDensity() < 0.35;
    }
}
