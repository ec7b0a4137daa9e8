/**
 * Event extraction: CONSULT, AGREE and AID events (PLOVER types) with their participants,
 * countries, status, date, place, title, amount and evidence.
 *
 * <p>{@link org.dyad.events.EventExtractor} finds trigger words sentence by sentence ("held talks",
 * "telephone conversation", "signed", "MoUs on ...", "ODA loan of ..."), reads each mention's
 * status (occurred, planned, hoped) from the words around it, and then folds the mentions of one
 * real-world event, possibly spread over several sentences, into one event whose evidence spans
 * point at every sentence that states it. Two events of one day stay two when their participants
 * or titles differ.
 */
package org.dyad.events;
