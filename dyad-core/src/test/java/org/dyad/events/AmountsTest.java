package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sums of money written the ways reports write them. */
class AmountsTest {
  private static String first(String text) {
    List<Amounts.Found> f = Amounts.find(text);
    return f.isEmpty() ? null : f.get(0).amount().value().toPlainString() + " " + f.get(0).amount().currency();
  }

  @Test
  void symbolsAndCodesBeforeTheNumber() {
    assertEquals("12500000 USD", first("a grant of US$ 12.5 million for schools"));
    assertEquals("80000 USD", first("USD$80,000 in equipment"));
    assertEquals("3200000000 JPY", first("a ¥3.2B loan"));
    assertEquals("2000000000 EUR", first("EUR 2 bn for grids"));
    assertEquals("47000000 INR", first("Rs 4.7 crore for a clinic"));
    assertEquals("63850000 CNY", first("a grant of RMB 63,850,000"));
    assertEquals("232209000000 JPY", first("a loan of Japanese Yen 232.209 billion"));
    assertEquals("5000000 USD", first("US dollars 5 million"));
    // the code in brackets after the currency's name
    assertEquals("12000000000 KRW", first("loans of Korean Won (KRW) 12 billion for ports"));
    // a diplomatic cable's abbreviation
    assertEquals("5000000 USD", first("THE US WOULD PROVIDE DOLS 5 MILLION IN FOOD AID"));
  }

  @Test
  void gulfAndBrazilianSymbols() {
    assertEquals("375000000 SAR", first("relief worth SR375 million (US$100 million)"));
    assertEquals("10000000 KWD", first("a loan worth KD 10 million (about USD 32.4 million)"));
    assertEquals("2500000 BHD", first("BD 2.5 million for a school"));
    assertEquals("50000000 QAR", first("a grant of QR 50 million for schools"));
    assertEquals("20000000 AED", first("Dh20 million in relief"));
    assertEquals("3200000 BRL", first("a budget of R$ 3.2 million over three years"));
    assertEquals("1000000 OMR", first("1 million Omani rials for clinics"));
  }

  @Test
  void isoCodesInCapitalsAndCurrencyNamesOfSmallerEconomies() {
    assertEquals("40000000 PLN", first("a further PLN 40 million (about EUR 9.3 million) for generators"));
    assertEquals("15000000 UAH", first("15 million UAH for shelters"));
    assertEquals("16800000000 AMD", first("AMD 16.8 billion for irrigation"));
    assertEquals("5000000 GEL", first("GEL 5 million for roads"));
    assertEquals("2000000 PGK", first("2 million kina for clinics"));
    assertEquals("3000000 GHS", first("GH cedis aside, 3 million cedis for roads"));
    // a code's letters in lower case are a word, not a currency
    assertEquals(null, first("they try 40 times"));
  }

  @Test
  void currencyWordsAfterTheNumber() {
    assertEquals("198000000 XOF", first("equipment worth 198 million FCFA"));
    assertEquals("1200000000000 KRW", first("loans of 1.2 trillion won"));
    assertEquals("100000000 AUD", first("100 million Australian dollars in support"));
    assertEquals("7000000 USD", first("7 mln USD of rescue gear"));
  }

  @Test
  void numbersInWords() {
    assertEquals("200000000 JPY", first("a grant of two hundred million Japanese Yen"));
    assertEquals(new BigDecimal(45), Amounts.value("forty-five"));
  }

  @Test
  void wordsThatOnlyLookLikeMoney() {
    assertEquals(null, first("the party won 3 million votes"));
    assertEquals(null, first("in 2019 the team met twice"));
  }

  @Test
  void sumsSpelledOutOverSeveralScales() {
    assertEquals("12900000000 JPY", first("a total of Twelve Billion Nine Hundred Million\nJapanese Yen (JPY 12.9 billion)"));
    assertEquals("2500000 EUR", first("two million five hundred thousand euros for clinics"));
    assertEquals("1150000 USD", first("one million one hundred and fifty thousand US dollars"));
    assertEquals("14000000 KES", first("fourteen million Kenyan shillings"));
  }

  @Test
  void aLocalSumBetweenASumAndItsDollarsIsARestatementToo() {
    org.junit.jupiter.api.Assertions.assertTrue(Amounts.restates("), about K41 million or "));
    org.junit.jupiter.api.Assertions.assertTrue(Amounts.restates(" (about K7.5 million, or "));
    org.junit.jupiter.api.Assertions.assertFalse(Amounts.restates("), and K41 million for roads, "));
  }

  @Test
  void theWordsBetweenASumAndItsConversion() {
    org.junit.jupiter.api.Assertions.assertTrue(Amounts.restates(" ("));
    org.junit.jupiter.api.Assertions.assertTrue(Amounts.restates(" (equivalent of about more than "));
    org.junit.jupiter.api.Assertions.assertTrue(Amounts.restates(", or roughly "));
    org.junit.jupiter.api.Assertions.assertFalse(Amounts.restates(" for schools and "));
  }
}
