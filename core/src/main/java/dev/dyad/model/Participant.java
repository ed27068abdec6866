package dev.dyad.model;

/**
 * An actor or recipient of an event, as the record formats write it.
 *
 * @param text   the words of the sentence that name it
 * @param name   the resolved actor's name
 * @param code   country or organisation code, or null
 * @param sector PLOVER sector, or null
 * @param office the office, or null
 */
public record Participant(String text, String name, String code, String sector, String office) {
}
