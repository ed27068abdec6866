package dev.dyad.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.actors.ActorBases;
import dev.dyad.model.Actor;
import dev.dyad.model.Article;
import dev.dyad.model.Event;
import dev.dyad.model.EventDate;
import dev.dyad.model.Participant;
import dev.dyad.model.Place;
import dev.dyad.model.Mention;
import java.util.List;
import dev.dyad.model.Extraction;
import dev.dyad.model.Rejection;
import dev.dyad.model.RemovedBlock;

/** Writes dyad's records as the record formats fix them: one JSON object a line, fields in a stable order. */
public final class Records {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Records() {
    }

    public static ObjectMapper mapper() {
        return JSON;
    }

    /** The {@code dyad extract} record of one document: its article, or its error. */
    public static ObjectNode extraction(Extraction e) {
        return e.ok() ? article(e.article()) : error(e.source(), e.rejection());
    }

    public static ObjectNode article(Article a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("source", a.source());
        o.put("title", a.title());
        o.put("subtitle", a.subtitle());
        ArrayNode authors = o.putArray("authors");
        a.authors().forEach(authors::add);
        o.put("published", a.published());
        o.put("language", a.language());
        if (a.url() != null) {
            o.put("url", a.url());
        }
        o.put("body", a.body());
        ArrayNode removed = o.putArray("removed");
        for (RemovedBlock r : a.removed()) {
            removed.addObject().put("text", r.text()).put("reason", r.reason());
        }
        return o;
    }

    /** The {@code dyad actors} record of one document. */
    public static ObjectNode actors(String source, List<Actor> actors) {
        ObjectNode o = JSON.createObjectNode();
        o.put("source", source);
        ArrayNode list = o.putArray("actors");
        for (Actor a : actors) {
            list.add(actor(a, true));
        }
        return o;
    }

    /** One actor, with its mentions when asked. */
    public static ObjectNode actor(Actor a, boolean withMentions) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", a.name());
        o.put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
        o.put("code", a.code());
        o.put("sector", a.sector());
        o.put("office", a.office());
        if (a.basis() != null) {
            o.put("basis", a.basis());
            o.put("confidence", ActorBases.confidence(a.basis()));
        }
        if (withMentions) {
            ArrayNode ms = o.putArray("mentions");
            for (Mention m : a.mentions()) {
                ObjectNode mo = ms.addObject().put("text", m.text()).put("start", m.start()).put("end", m.end());
                if (!m.field().equals("body")) {
                    mo.put("field", m.field());
                }
            }
        }
        return o;
    }

    /** One {@code dyad events} record. */
    public static ObjectNode event(Event e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", e.id());
        o.put("source", e.source());
        o.put("event", e.event());
        o.put("mode", e.mode());
        ArrayNode context = o.putArray("context");
        e.context().forEach(context::add);
        o.put("modality", e.modality());
        o.put("historical", e.historical());
        if (e.date() == null) {
            o.putNull("date");
        } else {
            EventDate d = e.date();
            o.putObject("date").put("value", d.value()).put("precision", d.precision())
                    .put("start", d.start().toString()).put("end", d.end().toString())
                    .put("text", d.text()).put("basis", d.basis());
        }
        participants(o.putArray("actor"), e.actor());
        participants(o.putArray("recipient"), e.recipient());
        if (e.location() == null) {
            o.putNull("location");
        } else {
            Place p = e.location();
            ObjectNode l = o.putObject("location").put("text", p.text()).put("name", p.name()).put("country", p.country());
            if (p.lat() != null) {
                l.put("lat", p.lat()).put("lon", p.lon());
            } else {
                l.putNull("lat").putNull("lon");
            }
        }
        o.putObject("evidence").put("sentence", e.evidence().sentence()).put("start", e.evidence().start())
                .put("end", e.evidence().end()).put("trigger", e.evidence().trigger());
        ArrayNode mentions = o.putArray("mentions");
        for (Event.Evidence m : e.mentions()) {
            mentions.addObject().put("sentence", m.sentence()).put("start", m.start()).put("end", m.end());
        }
        o.put("quad_class", e.quadClass());
        o.put("intensity", e.intensity());
        o.put("confidence", e.confidence());
        o.put("coder", e.rule());
        ObjectNode decided = o.putObject("decided_by");
        if (e.decidedBy().model() != null) {
            decided.put("model", e.decidedBy().model()).put("score", e.decidedBy().score());
        } else {
            decided.put("rule", e.decidedBy().rule());
        }
        return o;
    }

    private static void participants(ArrayNode list, List<Participant> ps) {
        for (Participant p : ps) {
            ObjectNode o = list.addObject();
            o.put("text", p.text()).put("name", p.name()).put("code", p.code()).put("sector", p.sector());
            if (p.office() != null) {
                o.put("office", p.office());
            }
        }
    }

    public static ObjectNode error(String source, Rejection r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("source", source);
        o.putObject("error").put("code", r.code()).put("message", r.message());
        return o;
    }

    /** One line of JSON Lines, without its newline. */
    public static String line(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values failed to serialise", e);
        }
    }
}
