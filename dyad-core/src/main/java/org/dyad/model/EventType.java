package org.dyad.model;

/** PLOVER event types that Dyad emits. The evaluation scores CONSULT, AGREE and AID. */
public enum EventType {
  CONSULT,
  AGREE,
  AID,
  SUPPORT,
  COOPERATE,
  DEMAND,
  REJECT,
  THREATEN,
  PROTEST,
  DISAPPROVE
}
