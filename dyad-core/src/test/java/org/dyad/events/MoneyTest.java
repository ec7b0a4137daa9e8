package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.dyad.model.Amount;
import org.junit.jupiter.api.Test;

class MoneyTest {
  private static void assertAmount(String value, String currency, Amount a) {
    assertNotNull(a);
    assertEquals(0, new BigDecimal(value).compareTo(a.value()), "value " + a.value());
    assertEquals(currency, a.currency());
  }

  @Test
  void yenFromWordAndScientificNormalization() {
    assertAmount("8000000000", "JPY", Money.parse("8 billion yen", "¥8.0E9"));
  }

  @Test
  void prefixedDollarsAreTheirOwnCurrency() {
    assertAmount("234600000", "USD", Money.parse("US$234.6 million", "~$2.346E8"));
    assertAmount("5000000", "AUD", Money.parse("A$5 million", "$5000000.0"));
    assertAmount("12000000", "NZD", Money.parse("NZ$12 million", "$1.2E7"));
    assertAmount("3000000", "SGD", Money.parse("S$3 million", "$3000000.0"));
  }

  @Test
  void currencyWordsAfterTheNumber() {
    assertAmount("500000", "EUR", Money.parse("500,000 euros", "€500000.0"));
    assertAmount("1200000000", "THB", Money.parse("1.2 billion baht", "฿1.2E9"));
    assertAmount("40000000", "GBP", Money.parse("40 million pounds", "£4.0E7"));
    assertAmount("2000000", "USD", Money.parse("2 million dollars", "$2000000.0"));
  }

  @Test
  void theNormalizedSymbolDecidesWhenTheTextHasNoCurrency() {
    assertAmount("750000", "EUR", Money.parse("750,000", "€750000.0"));
  }

  @Test
  void noCurrencyNoAmount() {
    assertNull(Money.parse("5 million", "5000000.0"));
    assertNull(Money.parse("several million", null));
  }

  @Test
  void zeroOrUnreadableValuesAreNotAmounts() {
    assertNull(Money.parse("0 yen", "¥0.0"));
    assertNull(Money.parse("some yen", "¥"));
  }
}
