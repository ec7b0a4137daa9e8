package org.dyad.kb;

/**
 * The country that chairs or hosts a recurring body in a year: "Cambodia, ASEAN's chair in 2022".
 *
 * @param body the body's key ({@code ASEAN}, {@code G20}, {@code APEC}, {@code G7})
 * @param year the year of the chairmanship, presidency or summit
 * @param country ISO alpha-3 of the chair or host
 */
public record Chair(String body, int year, String country) {
  public Chair {
    if (body == null || !body.matches("[A-Z0-9]{2,8}")) {
      throw new IllegalArgumentException("not a body key: \"" + body + "\"");
    }
    if (year < 1945 || year > 2100) {
      throw new IllegalArgumentException("implausible year " + year);
    }
  }
}
