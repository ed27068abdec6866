package dev.dyad.actors;

import dev.dyad.actors.Lexicon.Known;
import dev.dyad.actors.Lexicon.Role;

/** A span of tokens in one sentence and what it stands for: a known name, an unknown person or body, a role. */
record Item(int sentence, int from, int to, Kind kind, Known known, Role role) {

    enum Kind { KNOWN, PERSON_NAME, ORG_NAME, ROLE }
}
