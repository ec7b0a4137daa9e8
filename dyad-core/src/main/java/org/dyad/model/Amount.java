package org.dyad.model;

import java.math.BigDecimal;

/**
 * A sum of money.
 *
 * @param value the amount in {@code currency}, positive
 * @param currency ISO 4217 code
 * @param usd the amount in US dollars when the text gives a conversion, else {@code null}
 */
public record Amount(BigDecimal value, String currency, BigDecimal usd) implements java.io.Serializable {
  public Amount {
    if (value == null || value.signum() <= 0) {
      throw new IllegalArgumentException("amount must be positive: " + value);
    }
    if (currency == null || !currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency '" + currency + "' is not ISO 4217");
    }
  }
}
