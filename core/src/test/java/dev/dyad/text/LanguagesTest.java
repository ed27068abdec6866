package dev.dyad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguagesTest {
    @Test
    void tellsLanguagesApart() {
        assertEquals("en", Languages.guess("The president said on Tuesday that the talks with the delegation "
                + "had been useful and that they would go on.", null));
        assertEquals("fr", Languages.guess("Le président a dit mardi que les discussions avec la délégation "
                + "ont été utiles et qu'elles vont continuer dans la semaine.", null));
        assertEquals("ar", Languages.guess("قال الرئيس يوم الثلاثاء إن المحادثات مع الوفد كانت مفيدة وستستمر", null));
        assertEquals("zh", Languages.guess("总统星期二说，与代表团的会谈很有用，并将继续进行下去。会谈将在下周继续。", null));
    }

    @Test
    void fallsBackToTheDeclaredLanguageOnShortText() {
        assertEquals("de", Languages.guess("Hallo", "de-DE"));
        assertNull(Languages.guess("", null));
    }
}
