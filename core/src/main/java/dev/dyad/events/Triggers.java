package dev.dyad.events;

import dev.dyad.model.Event;
import dev.dyad.model.Token;
import dev.dyad.text.DataFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The coder's knowledge: trigger words of each PLOVER type with their mode, where the recipient
 * stands and how to read them; light verbs whose object is the real trigger ("held talks"); cues of
 * modality; each type's quad class and intensity. Loaded from one data file per type, validated line by
 * line; a user's lexicon files add triggers ({@code trigger TYPE WORD POS MODE RECIPIENT FLAGS CONTEXT}).
 * Immutable; thread-safe.
 */
public final class Triggers {
    /**
     * One trigger: a word of a type, verb or noun, and how to read its arguments. {@code particle} is a
     * verb's particle ("out" of "pull out") or a noun's modifier ("air" of "air strike").
     */
    public record Trigger(String type, String lemma, String particle, boolean noun, String mode, List<String> recipient,
                          Set<String> flags, Set<String> objects, Set<String> notObjects, List<String> context,
                          String rule) {
        boolean has(String flag) {
            return flags.contains(flag);
        }
    }

    /** The category, and its mode (or null), that an announced act amounts to. */
    public record Recast(String type, String mode) {
    }

    /** A type's quad class and intensity, and its modes' intensities. */
    public record TypeInfo(String quad, double intensity, Map<String, Double> modes) {
    }

    private static final Set<String> FLAGS = Set.of("host", "symmetric", "needs-recipient", "speech", "passive-ok", "to-clause", "stative",
            "mediator", "needs-clause", "poss-suffers");

    private final Map<String, List<Trigger>> byLemma = new HashMap<>();
    private final Map<String, Set<String>> lightVerbs = new HashMap<>();
    private final Map<String, Map<String, String>> modality = new HashMap<>();
    private final Map<String, TypeInfo> types = new HashMap<>();
    /** "TYPE mode" or "TYPE *" to the category an announcement of that act amounts to. */
    private final Map<String, Recast> recasts = new HashMap<>();
    private final Set<String> obligationModals = new HashSet<>();
    private final Set<String> speechVerbs = new HashSet<>();
    private final Set<String> obligationVerbs = new HashSet<>();
    private final Set<String> noChoiceNouns = new HashSet<>();
    /** Desire verbs to the auxiliary each needs ("" for none). */
    private final Map<String, String> desireVerbs = new HashMap<>();
    private final Set<String> desireThrough = new HashSet<>();
    private final Set<String> partitives = new HashSet<>();
    /** "out question": a preposition and the noun it opens that, as a predicate, rule an act out. */
    private final Set<String> refusals = new HashSet<>();
    private final Set<String> sufferers = new HashSet<>();
    private final Set<String> verdictVerbs = new HashSet<>();
    private final Set<String> findings = new HashSet<>();
    private final Set<String> judgments = new HashSet<>();
    private final Set<String> governmentNouns = new HashSet<>();
    private final Set<String> commentatorRoles = new HashSet<>();
    private final Set<String> commentatorInstitutions = new HashSet<>();
    /** "in defiance of": "in defiance" to "of", phrases whose inner party is the side an act opposes. */
    private final Map<String, String> opposedPhrases = new HashMap<>();

    private static volatile Triggers builtIn;

    public static Triggers builtIn() {
        Triggers t = builtIn;
        if (t == null) {
            synchronized (Triggers.class) {
                t = builtIn;
                if (t == null) {
                    t = new Triggers(List.of());
                    builtIn = t;
                }
            }
        }
        return t;
    }

    /** The built-in triggers with the user's lexicon files' {@code trigger} lines added. */
    public static Triggers withUserFiles(List<Path> files) throws IOException {
        List<DataFile.Line> lines = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                for (DataFile.Line l : DataFile.parse(f.toString(), in, 2, 9)) {
                    if (l.field(0).equalsIgnoreCase("trigger")) {
                        lines.add(l);
                    }
                }
            }
        }
        return new Triggers(lines);
    }

    private Triggers(List<DataFile.Line> user) {
        for (String type : new java.util.TreeSet<>(Event.TYPES)) { // a fixed order: the first trigger of a word is the same in every run
            for (DataFile.Line l : DataFile.load(Triggers.class, type.toLowerCase(Locale.ROOT) + ".tsv", 2, 6)) {
                add(trigger(type, l, 0));
            }
        }
        for (DataFile.Line l : user) {
            if (l.fields().size() < 4) {
                throw l.error("a trigger line needs at least: trigger TYPE WORD POS");
            }
            String type = l.field(1).toUpperCase(Locale.ROOT);
            if (!Event.TYPES.contains(type)) {
                throw l.error("not a PLOVER event type: " + l.field(1));
            }
            add(trigger(type, l, 2));
        }
        for (DataFile.Line l : DataFile.load(Triggers.class, "light-verbs.tsv", 1, 2)) {
            Set<String> objects = new HashSet<>();
            String v = l.fields().size() > 1 ? l.field(1) : "*";
            objects.addAll(Arrays.asList(v.isEmpty() ? new String[] {"*"} : v.split("\\|")));
            lightVerbs.put(l.field(0).toLowerCase(Locale.ROOT), objects);
        }
        for (DataFile.Line l : DataFile.load(Triggers.class, "modality.tsv", 3, 3)) {
            String rel = l.field(1);
            String m = l.field(2);
            if (!Set.of("aux", "governor", "amod", "advmod", "mark", "aim", "willing", "preparing").contains(rel)) {
                throw l.error("relation must be aux, governor, amod, advmod, mark, aim, willing or preparing: " + rel);
            }
            if (!Set.of("future", "hypothetical", "negated").contains(m)) {
                throw l.error("modality must be future, hypothetical or negated: " + m);
            }
            modality.computeIfAbsent(rel, k -> new HashMap<>()).put(l.field(0).toLowerCase(Locale.ROOT), m);
        }
        for (DataFile.Line l : DataFile.load(Triggers.class, "recast.tsv", 3, 5)) {
            String type = l.field(0).toUpperCase(Locale.ROOT);
            String becomes = l.field(2).toUpperCase(Locale.ROOT);
            if (!Event.TYPES.contains(type)) {
                throw l.error("not a PLOVER event type: " + l.field(0));
            }
            if (!Set.of("AGREE", "CONCEDE", "THREATEN", "MOBILIZE").contains(becomes)) {
                throw l.error("an announced act becomes AGREE, CONCEDE, THREATEN or MOBILIZE, not " + l.field(2));
            }
            String mode = l.fields().size() > 3 && !l.field(3).isBlank() ? l.field(3).strip().toLowerCase(Locale.ROOT) : null;
            String when = l.fields().size() > 4 && !l.field(4).isBlank() ? l.field(4).strip() : "announced";
            String prefix;
            if (when.equals("announced")) {
                prefix = "";
            } else if (when.equals("conditional")) {
                prefix = "if ";
            } else if (when.equals("future")) {
                prefix = "future ";
            } else if (when.equals("willing")) {
                prefix = "willing ";
            } else if (when.equals("preparing")) {
                prefix = "preparing ";
            } else if (when.startsWith("mark=") && when.length() > 5 && !when.substring(5).contains(" ")) {
                prefix = "mark " + when.substring(5).toLowerCase(Locale.ROOT) + " ";
            } else {
                throw l.error("when must be announced, conditional, future, willing, preparing or mark=WORD: " + when);
            }
            recasts.put(prefix + type + " " + l.field(1).strip().toLowerCase(Locale.ROOT), new Recast(becomes, mode));
        }
        for (DataFile.Line l : DataFile.load(Triggers.class, "reported-demands.tsv", 2, 3)) {
            String w = l.field(1).strip().toLowerCase(Locale.ROOT);
            String aux = l.fields().size() > 2 ? l.field(2).strip().toLowerCase(Locale.ROOT) : "";
            if (!aux.isEmpty() && !l.field(0).equals("desire")) {
                throw l.error("only a desire verb names an auxiliary it needs");
            }
            switch (l.field(0)) {
                case "modal" -> obligationModals.add(w);
                case "speech" -> speechVerbs.add(w);
                case "verb" -> obligationVerbs.add(w);
                case "no-choice" -> noChoiceNouns.add(w);
                case "desire" -> desireVerbs.put(w, aux);
                case "through" -> desireThrough.add(w);
                default -> throw l.error("kind must be modal, speech, verb, no-choice, desire or through: " + l.field(0));
            }
        }
        for (DataFile.Line l : DataFile.load(Triggers.class, "opposed-phrases.tsv", 3, 3)) {
            for (int i = 0; i < 3; i++) {
                if (l.field(i).isBlank() || l.field(i).strip().contains(" ")) {
                    throw l.error("a single word is needed in column " + (i + 1) + ": " + l.field(i));
                }
            }
            opposedPhrases.put(l.field(0).strip().toLowerCase(Locale.ROOT) + " " + l.field(1).strip().toLowerCase(Locale.ROOT),
                    l.field(2).strip().toLowerCase(Locale.ROOT));
        }
        for (DataFile.Line l : DataFile.load(Triggers.class, "refusals.tsv", 2, 2)) {
            for (int i = 0; i < 2; i++) {
                if (l.field(i).isBlank() || l.field(i).strip().contains(" ")) {
                    throw l.error("a single word is needed in column " + (i + 1) + ": " + l.field(i));
                }
            }
            refusals.add(l.field(0).strip().toLowerCase(Locale.ROOT) + " " + l.field(1).strip().toLowerCase(Locale.ROOT));
        }
        for (DataFile.Line l : DataFile.load(Triggers.class, "partitives.tsv", 1, 1)) {
            partitives.add(l.field(0).strip().toLowerCase(Locale.ROOT));
        }
        for (DataFile.Line l : DataFile.load(Triggers.class, "commentators.tsv", 2, 2)) {
            String w = l.field(1).strip().toLowerCase(Locale.ROOT);
            switch (l.field(0)) {
                case "role" -> commentatorRoles.add(w);
                case "institution" -> commentatorInstitutions.add(w);
                default -> throw l.error("kind must be role or institution: " + l.field(0));
            }
        }
        for (DataFile.Line l : DataFile.load(Triggers.class, "sufferers.tsv", 1, 1)) {
            sufferers.add(l.field(0).strip().toLowerCase(Locale.ROOT));
        }
        for (DataFile.Line l : DataFile.load(Triggers.class, "verdicts.tsv", 2, 2)) {
            String w = l.field(1).strip().toLowerCase(Locale.ROOT);
            switch (l.field(0)) {
                case "verb" -> verdictVerbs.add(w);
                case "finding" -> findings.add(w);
                case "judgment" -> judgments.add(w);
                case "government" -> governmentNouns.add(w);
                default -> throw l.error("kind must be verb, finding, judgment or government: " + l.field(0));
            }
        }
        Map<String, Map<String, Double>> modes = new HashMap<>();
        for (DataFile.Line l : DataFile.load(Triggers.class, "modes.tsv", 2, 4)) {
            String type = l.field(0).toUpperCase(Locale.ROOT);
            if (!Event.TYPES.contains(type)) {
                throw l.error("not a PLOVER event type: " + l.field(0));
            }
            if (l.fields().size() > 2 && !l.field(2).isEmpty()) {
                modes.computeIfAbsent(type, k -> new HashMap<>()).put(l.field(1).toLowerCase(Locale.ROOT), number(l, 2));
            }
        }
        for (DataFile.Line l : DataFile.load(Triggers.class, "types.tsv", 3, 3)) {
            String type = l.field(0).toUpperCase(Locale.ROOT);
            if (!Event.TYPES.contains(type)) {
                throw l.error("not a PLOVER event type: " + l.field(0));
            }
            types.put(type, new TypeInfo(l.field(1), number(l, 2), Map.copyOf(modes.getOrDefault(type, Map.of()))));
        }
        for (String t : Event.TYPES) {
            if (!types.containsKey(t)) {
                throw new IllegalStateException("types.tsv lacks " + t);
            }
        }
    }

    private static double number(DataFile.Line l, int i) {
        try {
            return Double.parseDouble(l.field(i));
        } catch (NumberFormatException e) {
            throw l.error("not a number: " + l.field(i));
        }
    }

    private void add(Trigger t) {
        List<Trigger> list = byLemma.computeIfAbsent(t.lemma(), k -> new ArrayList<>());
        list.add(t);
        // a trigger with a particle or modifier ("pull out", "air strike") is tried before the bare word
        list.sort(java.util.Comparator.comparing((Trigger x) -> x.particle() == null));
    }

    private static Trigger trigger(String type, DataFile.Line l, int o) {
        String word = l.field(o).toLowerCase(Locale.ROOT).strip();
        String[] parts = word.split("\\s+");
        if (parts.length > 2) {
            throw l.error("a trigger is one word or a verb and its particle: " + word);
        }
        String pos = l.field(o + 1).toUpperCase(Locale.ROOT);
        if (!pos.equals("V") && !pos.equals("N")) {
            throw l.error("pos must be V or N, not " + l.field(o + 1));
        }
        String mode = opt(l, o + 2);
        List<String> recipient = opt(l, o + 3) == null ? List.of()
                : Arrays.stream(opt(l, o + 3).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        Set<String> flags = new HashSet<>();
        Set<String> objects = new HashSet<>();
        Set<String> notObjects = new HashSet<>();
        if (opt(l, o + 4) != null) {
            for (String f : opt(l, o + 4).split(",")) {
                String flag = f.strip();
                if (flag.startsWith("object=")) {
                    objects.addAll(Arrays.asList(flag.substring(7).toLowerCase(Locale.ROOT).split("\\|")));
                } else if (flag.startsWith("not-object=")) {
                    notObjects.addAll(Arrays.asList(flag.substring(11).toLowerCase(Locale.ROOT).split("\\|")));
                } else if (FLAGS.contains(flag)) {
                    flags.add(flag);
                } else if (!flag.isEmpty()) {
                    throw l.error("unknown flag '" + flag + "'");
                }
            }
        }
        List<String> context = opt(l, o + 5) == null ? List.of()
                : Arrays.stream(opt(l, o + 5).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        String rule = type.toLowerCase(Locale.ROOT) + "." + (mode == null ? "base" : mode) + "." + (pos.equals("N") ? "nominal" : "verbal")
                + "." + String.join("_", parts);
        // a verb's particle follows it ("pull out"); a noun's modifier precedes it ("air strike")
        boolean noun = pos.equals("N");
        String lemma = noun && parts.length > 1 ? parts[1] : parts[0];
        String extra = parts.length > 1 ? (noun ? parts[0] : parts[1]) : null;
        return new Trigger(type, lemma, extra, noun,
                mode == null ? null : mode.toLowerCase(Locale.ROOT), recipient, Set.copyOf(flags), Set.copyOf(objects),
                Set.copyOf(notObjects), context, rule);
    }

    private static String opt(DataFile.Line l, int i) {
        return i < l.fields().size() && !l.field(i).isBlank() ? l.field(i).strip() : null;
    }

    List<Trigger> forLemma(String lemma) {
        return byLemma.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /** True when {@code verb} takes {@code noun} as a light verb ("hold talks"). */
    boolean isLightVerb(String verb, String noun) {
        Set<String> objects = lightVerbs.get(verb.toLowerCase(Locale.ROOT));
        return objects != null && (objects.contains("*") || objects.contains(noun.toLowerCase(Locale.ROOT)));
    }

    /** The modality a cue word in a relation signals, or null. */
    String modality(String relation, String word) {
        Map<String, String> m = modality.get(relation);
        return m == null ? null : m.get(word.toLowerCase(Locale.ROOT));
    }

    /** What an announcement of an act of this type and mode amounts to, if anything. */
    java.util.Optional<Recast> recast(String type, String mode, boolean conditional) {
        return recast(type, mode, conditional ? Set.of("conditional") : Set.of(), List.of());
    }

    /**
     * What an announcement of an act of this type and mode amounts to, given the words that mark its
     * clause's conditions ("unless"): a recast for one of those marks wins over the others. {@code whens}
     * holds what else is known of the act: "conditional", "future" (told as one to come, not only as
     * possible), "willing" (a word of readiness governs it, "is willing to withdraw") and "preparing" (a
     * verb of making ready does, "prepared to resume shelling"); the last two win over a plain
     * announcement.
     */
    java.util.Optional<Recast> recast(String type, String mode, Set<String> whens, List<String> marks) {
        String m = mode == null ? "" : mode;
        List<String> prefixes = new ArrayList<>();
        for (String mark : marks) {
            prefixes.add("mark " + mark.toLowerCase(Locale.ROOT) + " ");
        }
        if (whens.contains("preparing")) {
            prefixes.add("preparing ");
        }
        if (whens.contains("willing")) {
            prefixes.add("willing ");
        }
        prefixes.add("");
        if (whens.contains("conditional")) {
            prefixes.add("if ");
        }
        if (whens.contains("future")) {
            prefixes.add("future ");
        }
        for (String prefix : prefixes) {
            Recast r = recasts.get(prefix + type + " " + m);
            if (r == null) {
                r = recasts.get(prefix + type + " *");
            }
            if (r != null) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The preposition that names the opposed side after a phrase of opposition ("of" for "in" +
     * "defiance"), or null when preposition and noun make no such phrase.
     */
    String opposedSide(String preposition, String nounLemma) {
        if (preposition == null) {
            return null;
        }
        return opposedPhrases.get(preposition.toLowerCase(Locale.ROOT) + " " + nounLemma.toLowerCase(Locale.ROOT));
    }

    /** True for a noun of quantity or part ("tons of aid", "part of a programme"). */
    boolean isPartitive(String lemma) {
        return partitives.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a noun, or a word of an institution's name, that describes a commentator ("analyst", "University"). */
    boolean describesCommentator(Token t) {
        return commentatorRoles.contains(t.lemma().toLowerCase(Locale.ROOT))
                || commentatorInstitutions.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** True for a noun whose subject suffers the act its "of" phrase names ("the target of a campaign"). */
    boolean isSufferer(String lemma) {
        return sufferers.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a verb of judging that can take a finding as its complement ("declare", "rule", "find"). */
    boolean isVerdictVerb(String lemma) {
        return verdictVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a finding against a measure or a person ("unconstitutional", "guilty"). */
    boolean isFinding(String lemma) {
        return findings.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a noun of judging whose clause may carry the finding ("ruling", "verdict"). */
    boolean isJudgment(String lemma) {
        return judgments.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a noun that names a state's government without naming the state ("the government"). */
    boolean isGovernmentNoun(String lemma) {
        return governmentNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** The trigger of a finding against a party: a verb of judging with its finding, read from the verb. */
    Trigger verdict(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        return new Trigger("SANCTION", v, null, false, "convict", List.of(), Set.of("needs-recipient"), Set.of(), Set.of(),
                List.of("legal"), "sanction.convict.verdict." + v);
    }

    /** True for a modal that puts an obligation on its clause's subject ("must"). */
    boolean isObligationModal(String word) {
        return obligationModals.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True for a verb whose to-clause is an obligation on its subject ("has to leave"). */
    boolean isObligationVerb(String lemma) {
        return obligationVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a noun that, had with "no", leaves its subject one course ("had no option but to surrender"). */
    boolean isNoChoiceNoun(String lemma) {
        return noChoiceNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** The auxiliary a verb of desire needs ("would" of "would like"; "" for none), or null for no such verb. */
    String desireAuxiliary(String lemma) {
        return desireVerbs.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a verb by which a desire reaches the one who is to act ("see" of "would like to see China agree"). */
    boolean isDesireThrough(String lemma) {
        return desireThrough.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a verb that reports what its subject said or concluded. */
    /** True when a noun opened by this preposition rules an act out as a predicate ("out of the question"). */
    boolean isRefusal(String preposition, String nounLemma) {
        return refusals.contains(preposition.toLowerCase(Locale.ROOT) + " " + nounLemma.toLowerCase(Locale.ROOT));
    }

    /** True when some refusal phrase ends in this noun. */
    boolean endsRefusal(String nounLemma) {
        String n = " " + nounLemma.toLowerCase(Locale.ROOT);
        return refusals.stream().anyMatch(r -> r.endsWith(n));
    }

    /** The trigger of a refusal said with a phrase such as "out of the question". */
    Trigger reportedRefusal(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        return new Trigger("REJECT", n, null, true, null, List.of(), Set.of(), Set.of(), Set.of(), List.of(),
                "reject.base.reported." + n);
    }

    boolean isSpeechVerb(String lemma) {
        return speechVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** The trigger of a demand made in reported speech, read from its modal. */
    Trigger reportedDemand(String modal) {
        String m = modal.toLowerCase(Locale.ROOT);
        return new Trigger("REQUEST", m, null, false, null, List.of(), Set.of(), Set.of(), Set.of(), List.of(),
                "request.base.reported." + m);
    }

    public TypeInfo type(String type) {
        return types.get(type);
    }
}
