/**
 * Actor resolution: who the document talks about.
 *
 * <p>{@link org.dyad.actors.ActorResolver} turns named-entity mentions into one {@link
 * org.dyad.model.Actor} per real-world person, organization and country: honorifics stripped
 * ("Samdech", "H.E.", "Ms."), upper-case surnames case-folded ("KAMIKAWA Yoko"), surname-only
 * mentions and one-letter typos folded into the full name, names matched against the knowledge
 * base's officeholders, and each person given the country they act for and their title as the text
 * gives it. It also returns where each actor is mentioned, for the event stage.
 */
package org.dyad.actors;
