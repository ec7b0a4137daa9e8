package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dyad.model.DateValue;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

class EventJsonTest {
  @Test
  void aRangeDateIsWrittenWithANullValueAndReadBack() {
    DateValue range = DateValue.ofPeriod(LocalDate.of(2022, 11, 29), LocalDate.of(2022, 12, 1), null);
    Event e = Fixtures.consult("visit", range, java.util.List.of("A One", "B Two"), "NOR", "KEN");
    String json = EventJson.write(e);
    assertTrue(json.contains("\"range\":[\"2022-11-29\",\"2022-12-01\"]"), json);
    assertTrue(json.contains("\"value\":null"), json);
    Event back = EventJson.read(json);
    assertEquals(range, back.date());
    assertNull(back.date().value());
  }

  @Test
  void aCalendarDateReadsBackUnchanged() {
    Event e = Fixtures.consult("phone", Fixtures.month("2021-04"), java.util.List.of("A One"), "NOR", "KEN");
    assertEquals(Fixtures.month("2021-04"), EventJson.read(EventJson.write(e)).date());
  }
}
