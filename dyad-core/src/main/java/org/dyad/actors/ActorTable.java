package org.dyad.actors;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;

/**
 * The actors of one document and where they are mentioned.
 *
 * @param actors one per real-world entity
 * @param mentions every mention, in text order, pronouns resolved where possible
 * @param notes inferences a reader should be able to check (an unnamed speaker and why)
 * @param home ISO code of the country that issues the document (its dateline, letterhead,
 *     officeholders or spokesperson), or {@code null} when the text does not tell
 */
public record ActorTable(List<Actor> actors, List<ActorMention> mentions, List<String> notes, String home) {
  public ActorTable {
    actors = List.copyOf(actors);
    mentions = List.copyOf(mentions);
    notes = List.copyOf(notes);
  }

  /** A table of a document whose issuing country is not known. */
  public ActorTable(List<Actor> actors, List<ActorMention> mentions, List<String> notes) {
    this(actors, mentions, notes, null);
  }

  /** The actor with this canonical name. */
  public Optional<Actor> byName(String name) {
    return actors.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /** Mentions in sentence {@code index}, in text order. */
  public List<ActorMention> inSentence(int index) {
    return mentions.stream().filter(m -> m.sentence() == index).collect(Collectors.toList());
  }

  /** Persons by canonical name. */
  public Map<String, Actor> persons() {
    return actors.stream()
        .filter(a -> a.kind() == ActorKind.PERSON)
        .collect(Collectors.toMap(Actor::name, Function.identity(), (a, b) -> a));
  }
}
