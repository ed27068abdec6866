package dev.dyad.extract.text;

/**
 * One line of a flattened page with the shape measures the extractor decides on: how many words it
 * holds, whether it ends like a sentence, how much of it is letters. Computed once per line, so no
 * later pass looks at the characters again. Immutable.
 *
 * @param index    the line's position in the page (blank lines count)
 * @param text     the whitespace-normalised line
 * @param words    words, counting two characters of unspaced scripts (Chinese, Japanese, Thai) as one
 * @param letters  letters in the line
 * @param digits   digits in the line
 * @param numbers  space-separated tokens that are numbers, prices or percentages
 * @param terminal true when the line ends as a sentence does (full stop, question or exclamation mark,
 *                 ellipsis, possibly inside closing quotes or brackets)
 * @param colon    true when the line ends with a colon
 * @param caps     true when the line has several letters and none of them lower case
 */
public record Line(int index, String text, int words, int letters, int digits, int numbers, boolean terminal,
                   boolean colon, boolean caps) {

    /** Measures a line that is already whitespace-normalised. */
    public static Line of(int index, String text) {
        int letters = 0;
        int lower = 0;
        int upper = 0;
        int digits = 0;
        int unspaced = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.isLowerCase(cp)) {
                    lower++;
                } else if (Character.isUpperCase(cp)) {
                    upper++;
                }
                if (cp >= 0x0E00 && isUnspaced(cp)) {
                    unspaced++;
                }
            } else if (Character.isDigit(cp)) {
                digits++;
            }
        }
        int tokens = 0;
        int numbers = 0;
        if (!text.isEmpty()) {
            for (String t : text.split(" ")) {
                tokens++;
                if (isNumber(t)) {
                    numbers++;
                }
            }
        }
        int words = tokens + unspaced / 2;
        return new Line(index, text, words, letters, digits, numbers, endsSentence(text), text.endsWith(":"),
                upper >= 4 && lower == 0);
    }

    public boolean blank() {
        return text.isEmpty();
    }

    /** Characters in the line. */
    public int length() {
        return text.length();
    }

    /**
     * True for running text: a sentence of eight words or more, or a long stretch of words even
     * without a full stop (a standfirst, a paragraph cut short by the page).
     */
    public boolean prose() {
        if (caps || letters * 2 < text.length()) {
            return false;
        }
        return words >= 8 && (terminal || colon) || words >= 16;
    }

    /** A short sentence ("He declined to comment."): too short to count as prose, yet not furniture. */
    public boolean shortSentence() {
        return !prose() && words >= 4 && terminal && !caps && letters * 2 >= text.length();
    }

    /** A row of a table: several tokens, most of them numbers. */
    public boolean tableRow() {
        return words >= 3 && numbers >= 3 && numbers * 2 >= words;
    }

    /** Reads like a headline or a label: no closing punctuation, not running text. */
    public boolean titleLike() {
        return !blank() && !prose() && !terminal && !colon && letters > 0;
    }

    private static boolean isUnspaced(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI
                || s == Character.UnicodeScript.LAO || s == Character.UnicodeScript.KHMER
                || s == Character.UnicodeScript.MYANMAR;
    }

    private static boolean isNumber(String t) {
        int digits = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (Character.isLetter(c)) {
                return false;
            }
        }
        return digits > 0;
    }

    private static boolean endsSentence(String text) {
        int i = text.length() - 1;
        // closing quotes and brackets may follow the full stop: He said "no." (as in "Please.")
        while (i >= 0 && "\"'”’»)]*".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？' || c == '؟'
                || c == '।';
    }
}
