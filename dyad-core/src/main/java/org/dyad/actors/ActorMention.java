package org.dyad.actors;

import org.dyad.model.ActorKind;

/**
 * One place where the text names an actor.
 *
 * @param actor the canonical name of the actor
 * @param kind its kind
 * @param sentence index of the sentence
 * @param start first character offset
 * @param end end character offset (exclusive)
 * @param pronoun true when the mention is a pronoun resolved to the actor
 */
public record ActorMention(String actor, ActorKind kind, int sentence, int start, int end, boolean pronoun) {}
