package org.dyad.store.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dyad.kb.Country;
import org.dyad.kb.KnowledgeBase;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.EventType;

/**
 * The two sides of an event as exports need them: each side's countries with the participants who
 * act for them, visitors first when the place shows who hosted.
 *
 * @param first the source side (for AID the giver; for a visit whose host is known, the visitors)
 * @param second the target side
 * @param others participants acting for neither side's countries, or whose actor is unknown
 * @param hostKnown whether the event is a visit whose host country the place names
 * @param thirdLocation whether the place lies in a country of neither side
 * @param countryCount how many distinct countries take part
 */
record Sides(
    List<Party> first, List<Party> second, List<Party> others, boolean hostKnown, boolean thirdLocation, int countryCount) {

  static Sides of(Event e, Function<String, Actor> actorLookup, KnowledgeBase kb) {
    List<String> source = e.source();
    List<String> target = e.target();
    String placeCountry =
        Optional.ofNullable(e.location()).flatMap(kb::countryByCity).map(Country::alpha3).orElse(null);
    boolean hostKnown = false;
    if (e.type() == EventType.CONSULT && "visit".equals(e.mode()) && placeCountry != null) {
      boolean inSource = source.contains(placeCountry);
      boolean inTarget = target.contains(placeCountry);
      if (inSource && !inTarget) {
        List<String> swap = source;
        source = target;
        target = swap;
      }
      hostKnown = inSource != inTarget;
    }
    Set<String> all = new LinkedHashSet<>(source);
    all.addAll(target);
    boolean third = placeCountry != null && !all.isEmpty() && !all.contains(placeCountry);

    List<Party> people = new ArrayList<>();
    for (String name : e.participants()) {
      Actor a = actorLookup.apply(name);
      people.add(a == null ? new Party(null, name, null, null) : new Party(a.country(), a.name(), a.kind(), a.title()));
    }
    List<Party> first = side(source, people);
    List<Party> second = side(target, people);
    List<Party> others = people.stream().filter(p -> p.country() == null || !all.contains(p.country())).toList();
    return new Sides(first, second, others, hostKnown, third, all.size());
  }

  /** Each country's participants, or the country itself when none acts for it. */
  private static List<Party> side(List<String> countries, List<Party> people) {
    List<Party> side = new ArrayList<>();
    for (String c : countries) {
      List<Party> members = people.stream().filter(p -> c.equals(p.country())).toList();
      if (members.isEmpty()) {
        side.add(Party.country(c));
      } else {
        side.addAll(members);
      }
    }
    return List.copyOf(side);
  }
}
