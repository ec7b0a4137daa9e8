package org.dyad.events;

import org.dyad.model.EventType;

/**
 * A word or phrase that states an event.
 *
 * @param type event type
 * @param mode sub-type
 * @param first first token index in the sentence
 * @param end token index after the phrase
 */
record Trigger(EventType type, String mode, int first, int end) {}
