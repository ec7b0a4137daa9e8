package org.dyad.store;

import org.dyad.model.ActorKind;

/**
 * An actor over all stored documents.
 *
 * @param name canonical name, as first stored
 * @param kind person, organization or country
 * @param country ISO alpha-3 code, or {@code null}
 * @param title the office given by the latest document that gives one, or {@code null}
 * @param documents how many documents mention the actor
 * @param events how many stored events (clusters) the actor takes part in
 */
public record ActorSummary(String name, ActorKind kind, String country, String title, int documents, int events) {}
