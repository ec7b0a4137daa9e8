package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the instruments (memoranda, agreements, letters of intent, exchanges of notes, protocols,
 * communiqués ...) that a passage names, one per instrument, wherever and however they are listed:
 * running text, comma lists, "agreements on A, B and C", numbered or bulleted lines, lists run
 * together without separators. Each comes with its title as the text gives it: the instrument's
 * name, or its head noun with what it is about ("MoU on fisheries cooperation").
 *
 * <p>Only the wording is read here; whether the instrument was signed is decided by the caller.
 */
final class Instruments {
  /** A found instrument: its title and where the passage names it. */
  record Found(String title, String mode, int start, int end, int copy) {
    Found(String title, String mode, int start, int end) {
      this(title, mode, start, end, 0);
    }
  }

  private static final String HEAD_ALT =
      "memorand(?:um|a|ums)\\s+of\\s+(?:understanding|cooperation|agreement)s?(?:\\s*\\((?:mou|moc)s?\\))?"
          + "|(?<!-)(?-i:MoUs?|MOUs?|Mous?|MoCs?|MOCs?)|letters?\\s+of\\s+(?:intent|cooperation|understanding|exchange)"
          + "|exchanges?\\s+of\\s+(?:notes|letters)|exchanged\\s+diplomatic\\s+notes"
          // "exchanged notes on the vaccination campaigns": shared what they know, unless on a grant, loan or treaty
          + "|exchanged\\s+notes(?!\\s+(?:on|about)\\s+(?![^.;]{0,40}\\b(?:grant|loan|project|aid|assistance|agreement|treaty|convention)))|notes?\\s+verbales?|records?\\s+of\\s+discussions?|minutes\\s+of\\s+discussions?"
          + "|joint\\s+(?:statement|communiqu[eé]|declaration|communique)s?|agreements?|accords?|treat(?:y|ies)|protocols?"
          + "|conventions?|contracts?|declarations?|charters?|pacts?|compacts?"
          // "an Arrangement on Cooperation in ...", "the Implementing Arrangement": named, so capitalized
          + "|(?-i:Arrangements?)"
          + "|(?-i:Program(?:me)?s?)\\s+of\\s+(?:Cooperation|Co-operation|Action)"
          // "the Programme of Cultural Exchange for the Years ...", "a Cultural Exchange Programme": named, so capitalized
          + "|(?-i:Program(?:me)?s?\\s+of\\s+(?:[A-Z][\\w\\-]+\\s+(?:and\\s+)?){1,3}(?:Exchanges?|Cooperation|Co-operation))"
          + "|(?-i:(?:[A-Z][\\w\\-]+\\s+(?:and\\s+)?){1,3}Exchange\\s+Program(?:me)?s?)|(?-i:Plans?)\\s+of\\s+Action|(?-i:Action\\s+Plans?|Road\\s?[Mm]aps?)"
          // "signed a binational plan for ...": a plan is an instrument when it is what is signed
          + "|(?<=\\bsign(?:ed|s|ing)?\\s(?:a|an|the|two|three)\\s(?:[\\w\\-]{1,20}\\s)?(?:[\\w\\-]{1,20}\\s)?)plans?";
  static final Pattern HEAD = Pattern.compile("(?i)\\b(?:" + HEAD_ALT + ")(?![\\w\\-])");
  /** What may follow a head and still belong to the instrument's name. */
  private static final Pattern POST =
      Pattern.compile("(?i)^\\s*(?:\\([^)]{1,20}\\)\\s*)?(?:,\\s*including\\s+)?(?:signed\\s+|concluded\\s+|inked\\s+)?(?:on|for|regarding|concerning|relating\\s+to|related\\s+to|about|to|between|in\\s+the\\s+fields?\\s+of|in\\s+the\\s+areas?\\s+of|in\\s+the\\s+sphere\\s+of|in\\s+(?:the\\s+)?(?-i:(?=[a-z]))(?!presence\\b|front\\b|the\\b|a\\b|an\\b|which\\b|order\\b|line\\b|accordance\\b|addition\\b|response\\b)|of\\s+cooperation|of\\s+intent|of\\s+(?-i:(?=[A-Z]))|with|that\\s+deals?\\s+with|which\\s+deals?\\s+with"
          + "|amending|extending|renewing|supplementing|establishing)\\b");
  private static final Pattern PASSIVE =
      Pattern.compile("(?i)^\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been|will\\s+be|is|are)\\s+(?:also\\s+)?(?:signed|inked|concluded|exchanged)(?=\\s)");
  private static final Pattern MODAL = Pattern.compile("(?i)\\s(?:will|would|shall|should|can|could|may|might|must)\\s");
  private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:which|whereby|that|where|who)\\b");
  /** Where a title ends. */
  private static final Pattern STOP =
      Pattern.compile("(?i)[;:•]|(?<!\\d)[–—]|[–—](?!\\d)|\\s-\\s|,\\s+(?:[\\w\\-]+\\s+){0,3}(?:said|says|told|added|noted|reported|stated)\\b|\\.(?=\\s|$)|\\s\\d{1,2}\\.\\s|\\s(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2}|[a-h])[.)]\\s|\\n|,\\s+(?:which|who|while|whereby|(?:under|through|by)\\s+which|as\\s+well\\s+as|officials|according\\s+to|the\\s+(?:two|ministry|statement|agency|report))\\b"
          + "|\\s(?:was|were|is|are|has|have|had|being)\\s|,?\\s+(?:and|or)\\s+(?:one|another)\\b|\\son\\s+behalf\\b"
          + "|\\s(?:in\\s+the\\s+presence|witnessed\\s+by|in\\s+front\\s+of|during\\s+(?:the|a|his|her|their)|on\\s+the\\s+occasion|at\\s+the\\s+(?:ceremony|end|conclusion)"
          + "|on\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d)|on\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b"
          + "|by\\s+(?:the\\s+)?(?:two|both)\\b|by\\s+(?:[A-Z]))"
          + "|\\s(?:in\\s+[A-Z][\\p{L}'’\\-]*(?:\\s+[A-Z][\\p{L}'’\\-]*)?\\s+)?(?:last|this|next)\\s+(?:year|month|week)\\b"
          + "|\\s(?:after|before|following)\\s+(?:their|his|her|the\\s+(?:meeting|talks|visit|summit|ceremony))\\b"
          + "|\\s(?-i:after|before|following|when|while|as)\\s+(?-i:(?=[A-Z]))" // "... after Foreign Minister X held talks with ..."
          + "|,\\s+(?!including\\b)[a-z]+ing\\s"
          + "|,\\s+(?:following|on\\s+top\\s+of|in\\s+addition\\s+to|after|ahead\\s+of)\\b"
          + "|,\\s+and\\s+(?:also\\s+)?(?:witnessed|signed|exchanged|held|agreed|discussed|met|welcomed|reviewed|issued|adopted|called)\\b"
          + "|\\s(?:yesterday|today|tonight|earlier\\s+this|this\\s+(?:morning|afternoon|evening)|recently)\\b");
  /** A day right after the head: " on Wednesday", " today", " on 5 March". */
  private static final Pattern TIME_AFTER_HEAD = Pattern.compile(
      "(?i)\\s+(?:on\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|yesterday|on\\s+\\d{1,2}\\s+[a-z]+"
          + "|on\\s+[a-z]{3,9}\\.?\\s+\\d{1,2})(?=\\s)");
  private static final Pattern BACKGROUND_BEFORE =
      Pattern.compile("(?i)(?:\\bunder|\\bimplement(?:ation|ing)?\\s+of|accordance\\s+with|pursuant\\s+to|framework\\s+of|in\\s+line\\s+with|according\\s+to|\\bas\\s+per|consistent\\s+with|in\\s+keeping\\s+with"
          + "|based\\s+on|amend(?:ing|ment\\s+of)?|renew(?:al\\s+of|ing)?|violat(?:ion\\s+of|ing|ed)|withdr[ae]w(?:al)?\\s+from|terminat\\w*|abrogat\\w*|breach\\w*|\\bno"
          + "|reached|reach|negotiat\\w*|discuss\\w*|talks\\s+on|proposed|propose|draft"
          + "|want(?:s|ed)?|seek(?:s|ing)?|sought|hop(?:e|es|ed|ing)\\s+for|push(?:es|ed|ing)?\\s+for|call(?:s|ed|ing)?\\s+for|pursu\\w*|\\b(?:19|20)\\d\\d|previous|existing|earlier|past"
          // "agreed to explore a treaty", "the possibility of an agreement", "since the entry into force of the FTA"
          + "|explor(?:e|es|ed|ing)|consider(?:s|ed|ing)?|stud(?:y|ies|ied|ying)|look(?:s|ed|ing)?\\s+into|examin\\w*|possibility\\s+of|feasibility\\s+of"
          + "|prospects?\\s+(?:of|for)|entry\\s+into\\s+force\\s+of"
          // "the texts of the instruments under consideration, including a Memorandum on X"
          + "|(?:under\\s+(?:consideration|negotiation|discussion)|being\\s+(?:negotiated|finali[sz]ed|drafted)),?\\s+including)"
          // "launch negotiations on a preferential trade agreement"
          + "(?:\\s+(?:on|for|towards?))?"
          + "\\s+(?:(?:the|a|an|this|that|its|their|of)\\s+)?(?:[\\w\\-–'’]+\\s+){0,3}$");
  /** A relative clause right after the head that puts the instrument in force before the report. */
  private static final Pattern IN_FORCE_AFTER = Pattern.compile(
      "(?i)[^.;:]{0,80}?,\\s+(?:which|that)\\s+(?:(?:has|had)\\s+)?(?:came|come|entered|went|gone)\\s+into\\s+(?:force|effect)\\b"
          + "|\\s*,?\\s+(?:in\\s+force|in\\s+effect)\\s+since\\b"
          // "A memorandum of understanding on X is under study": none signed yet
          + "|[^.;:,]{0,80}?\\s(?:is|are|remains?|was|were)\\s+(?:still\\s+)?(?:under\\s+(?:study|discussion|negotiation|consideration|review)"
          + "|being\\s+(?:negotiated|studied|discussed|drafted|finali[sz]ed))\\b");
  /** "seven MoUs", "two new agreements", "three cooperation documents, namely": a count right before the head. */
  static final Pattern COUNT =
      Pattern.compile("(?i)\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+(?:(?!signed|inked|countries|sides|nations|leaders|of|were|have|hundred|thousand|million|billion|trillion|lakh|crore|years?\\b|days?\\b|percent)[a-z\\-]+\\s+){0,2}$");
  private static final Pattern NAME_WORD = Pattern.compile("[A-Z][\\p{L}\\-'’]*|[A-Z]{2,}|of|on|and|for|the|in|\\d{4}");

  private Instruments() {}

  /** The instruments named in {@code text}, in order. */
  static List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    Matcher h = HEAD.matcher(text);
    int consumed = 0;
    while (h.find()) {
      if (h.start() < consumed) {
        continue;
      }
      String head = h.group();
      String before = text.substring(Math.max(0, h.start() - 80), h.start());
      // "seven Memorandum of Understanding (MoUs)": a count or a plural short name makes the head plural
      boolean plural = isPlural(head) || COUNT.matcher(before).find() && !before.matches("(?s).*\\b(?:1|one)\\s+\\S*\\s*$");
      int nameStart = nameStart(text, h.start());
      if (BACKGROUND_BEFORE.matcher(text.substring(Math.max(0, nameStart - 80), nameStart)).find()
          || BACKGROUND_BEFORE.matcher(before).find() && nameStart == h.start()) {
        consumed = h.end();
        continue;
      }
      if (IN_FORCE_AFTER.matcher(text.substring(h.end(), Math.min(text.length(), h.end() + 120))).lookingAt()) {
        consumed = h.end();
        continue; // "Our Free Trade Agreement, which came into force in 2009, ...": an instrument of the past
      }
      // "An MoU was signed on mental health between ...": the subject follows the verb
      Matcher passive = PASSIVE.matcher(text.substring(h.end()));
      int postStart = passive.find() ? h.end() + passive.end() : h.end();
      int postEnd = postModifierEnd(text, postStart);
      if (postEnd == postStart) {
        postStart = h.end();
        postEnd = postModifierEnd(text, h.end());
      }
      Matcher when = TIME_AFTER_HEAD.matcher(text.substring(h.end(), Math.min(text.length(), h.end() + 40)));
      if (postEnd == postStart && when.lookingAt() && postModifierEnd(text, h.end() + when.end()) > h.end() + when.end()
          && !text.substring(h.end() + when.end()).matches("(?is)\\s*(?:with|between)\\b.*")) {
        // "signed an agreement on Wednesday to build a second interconnection": the day is not the name
        postStart = h.end() + when.end();
        postEnd = postModifierEnd(text, postStart);
      }
      if (plural) {
        List<Found> items = pluralItems(text, h, before, postEnd);
        out.addAll(items);
        consumed = Math.max(h.end(), items.isEmpty() ? h.end() : postEnd);
        continue;
      }
      if (nameStart == h.start()) {
        nameStart = modifierStart(text, h.start());
      }
      boolean named = nameStart < h.start()
          || Character.isUpperCase(head.charAt(0)) && head.contains(" ") && !head.matches("(?i)memorand.*|mou.*");
      if (text.substring(nameStart, h.start()).matches("(?s)\\s*(?:19|20)\\d\\d\\b.*")) {
        consumed = h.end();
        continue; // "the 1973 Air Transport Agreement": an instrument of the past
      }
      if (!named && postEnd == postStart) {
        consumed = h.end();
        continue; // "the agreement", "an MoU": a reference, not a name
      }
      if (named && nameStart < h.start() && text.substring(postStart, postEnd).matches("(?is)\\s*with\\b.*")) {
        postEnd = postStart; // "the EXIM loan agreement with the ministry": the name, without the other party
      }
      String title = clean(text.substring(nameStart, h.end()) + text.substring(postStart, postEnd));
      if (title != null && postEnd == postStart && SUM_RIGHT_AFTER.matcher(text.substring(h.end())).lookingAt()) {
        // "a loan agreement worth KD 10 million (about USD 32.4 million) to help finance the X road": named by its purpose
        Matcher end = CLAUSE_END.matcher(text);
        int clauseEnd = end.find(h.end()) ? end.start() : text.length();
        String withSum = text.substring(nameStart, h.end()) + text.substring(h.end(), Math.min(clauseEnd, h.end() + 250));
        String purposed = withoutSum(withSum);
        if (!purposed.equals(withSum) && purposed.length() > h.end() - nameStart + 5) {
          String cleaned = clean(purposed);
          title = cleaned != null ? cleaned : title;
        }
      }
      if (title == null || contentWords(title) < 2 && !named) {
        consumed = h.end();
        continue;
      }
      out.add(new Found(title, mode(head), nameStart, postEnd));
      consumed = postEnd;
    }
    return out;
  }

  /** Start of a capitalized name ending in the head: "the Air Transport Agreement", "Joint Communique". */
  private static int nameStart(String text, int headStart) {
    int k = headStart;
    int start = headStart;
    int prev = headStart - 1;
    while (prev >= 0 && text.charAt(prev) == ' ') {
      prev--;
    }
    if (text.substring(headStart, Math.min(text.length(), headStart + 4)).matches("[A-Z]{4}")) {
      return headStart; // text in capitals only ("PROMISED TO SIGN THE DECLARATION"): capitals mark no name
    }
    if (prev < 0 || !Character.isUpperCase(text.charAt(wordStart(text, prev))) && !Character.isDigit(text.charAt(prev))) {
      return headStart; // "the FSM Department for the Exchange of Notes": no name runs into the head
    }
    int words = 0;
    while (words < 8) {
      int j = k - 1;
      while (j >= 0 && text.charAt(j) == ' ') {
        j--;
      }
      if (j < 0 || j == k - 1 && k != headStart) {
        break;
      }
      int wEnd = j + 1;
      while (j >= 0 && !Character.isWhitespace(text.charAt(j))) {
        j--;
      }
      String w = text.substring(j + 1, wEnd);
      // a name opened by a quotation mark: “Phnom Penh Declaration”
      int quote = w.length() > 1 && "\"“‘'".indexOf(w.charAt(0)) >= 0 ? 1 : 0;
      w = w.substring(quote);
      if (!NAME_WORD.matcher(w).matches() || w.matches("[A-Z][a-z]*") && isSentenceWord(w)) {
        break;
      }
      k = j + 1 + quote;
      if (quote == 1) {
        if (Character.isUpperCase(w.charAt(0))) {
          start = k;
        }
        break; // the quotation mark opens the name
      }
      words++;
      if (Character.isUpperCase(w.charAt(0)) || w.matches("\\d{4}")) {
        start = k;
      }
    }
    if (start < headStart && !Character.isUpperCase(text.charAt(headStart))) {
      return headStart; // "Bangladesh Railways signed an agreement": the name must end in a capitalized head
    }
    return start;
  }

  private static final Pattern MODIFIERS =
      Pattern.compile("(?i)\\b(?:the|a|an|its|their|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+((?:(?!(?:the|a|an|its|their|of|on|for|to|and|with|by|in|at|is|are|was|were|include|includes|included|including|signed|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\b|new\\b|important\\b|several\\b|other\\b|another\\b|first\\b|second\\b|third\\b|fourth\\b|fifth\\b|last\\b|final\\b|following\\b|historic\\b|said\\b|same\\b|this\\b|these\\b|signed\\b|relevant\\b)[\\w\\-]+\\s+){1,4})$");

  /** "the EDCF loan agreement", "a civil nuclear energy agreement": the words between a determiner and the head. */
  private static int modifierStart(String text, int headStart) {
    String before = text.substring(Math.max(0, headStart - 60), headStart);
    Matcher m = MODIFIERS.matcher(before);
    if (!m.find() || m.group(1).matches("(?s).*[,;].*")) {
      return headStart;
    }
    return headStart - before.length() + m.start(1);
  }

  private static int wordStart(String text, int last) {
    int j = last;
    while (j > 0 && !Character.isWhitespace(text.charAt(j - 1))) {
      j--;
    }
    return j;
  }

  private static boolean isSentenceWord(String w) {
    return switch (w) {
      case "The", "A", "An", "This", "That", "These", "Those", "Both", "Two", "And", "Of", "On", "For", "In" -> true;
      default -> false;
    };
  }

  /** End of "on X", "between A and B to promote C": up to the first stop, or the next instrument. */
  private static int postModifierEnd(String text, int headEnd) {
    String rest = text.substring(headEnd);
    if (!POST.matcher(rest).find()) {
      return headEnd;
    }
    int end = rest.length();
    Matcher stop = STOP.matcher(rest);
    if (stop.find()) {
      end = stop.start();
    }
    // "the MoU on X will help ...": the verb of the sentence, unless a relative clause of the title
    // holds it ("the MoU under which India will train ...")
    Matcher modal = MODAL.matcher(rest.substring(0, end));
    if (modal.find() && !RELATIVE.matcher(rest.substring(0, modal.start())).find()) {
      end = modal.start();
    }
    Matcher next = HEAD.matcher(rest);
    while (next.find() && next.start() < end) {
      if (next.start() > 0 && rest.charAt(next.start() - 1) == '(') {
        continue; // "memorandum of understanding (MoU)": the same instrument's short name
      }
      if (startsNewItem(rest, next.start(), next.group())) {
        end = next.start();
        // "..., and the MoU on Y": the joining words belong to neither item
        String left = rest.substring(0, end).replaceAll("(?i)(?:[,\\s]+(?:and|as\\s+well\\s+as|also|plus))?[,\\s]+(?:the|a|an|another|one)?\\s*$", "");
        end = left.length();
        break;
      }
    }
    return headEnd + end;
  }

  /** Whether a head inside a title begins the next item rather than belonging to the title. */
  private static boolean startsNewItem(String rest, int at, String head) {
    String before = rest.substring(Math.max(0, at - 20), at);
    if (head.matches("(?i)mous?|mocs?") || Character.isUpperCase(head.charAt(0))) {
      return !before.matches("(?s).*\\b(?:of|the)\\s+(?:[A-Z][\\w\\-]*\\s+)*$") || before.matches("(?is).*[,;]\\s*(?:and\\s+)?the\\s+$");
    }
    return before.matches("(?is).*(?:,|\\band|as\\s+well\\s+as)\\s+(?:the\\s+|a\\s+|an\\s+|another\\s+)(?:[\\w\\-]+\\s+){0,2}$");
  }

  /** "agreements on A, B and C", "two MoUs for X and Y": one instrument per item, when the items are named. */
  private static List<Found> pluralItems(String text, Matcher h, String before, int postEnd) {
    Found pkg = financingPackage(text, h, before);
    if (pkg != null) {
      return List.of(pkg);
    }
    String rest = text.substring(h.end(), postEnd);
    if (!rest.matches("(?is)\\s*(?:\\([^)]{1,20}\\)\\s*)?,?\\s*(?:including\\s+)?(?:on|for|in|regarding|concerning|covering|relating\\s+to|related\\s+to)\\b.*")) {
      return ones(text, h, before);
    }
    Matcher prep = Pattern.compile("(?i)^\\s*(?:\\([^)]{1,20}\\)\\s*)?,?\\s*(?:including\\s+)?(on|for|in\\s+the\\s+fields?\\s+of|regarding|concerning|covering|relating\\s+to|related\\s+to|in)\\s+").matcher(rest);
    if (!prep.find()) {
      return List.of();
    }
    Matcher count = COUNT.matcher(before);
    int n = count.find() ? number(count.group(1)) : -1;
    String list = rest.substring(prep.end()).split("(?i)\\s(?:between|with|among)\\s", 2)[0]; // the parties are not subjects
    List<String> items = splitItems(list, n);
    String prepWord = prep.group(1).toLowerCase(Locale.ROOT).startsWith("cover") ? "on" : prep.group(1).toLowerCase(Locale.ROOT);
    if (items.size() == 1 && n < 0 && !list.contains(" and ")) {
      return List.of(new Found(clean(singular(h.group()) + " " + prepWord + " " + items.get(0)), mode(h.group()), h.start(), postEnd));
    }
    String subject = list.split("(?i)\\s+(?:to\\s+(?=[a-z]+\\s)(?!the\\b)|as\\s+well\\s+as\\b|which\\b|that\\b|so\\s+as\\b)", 2)[0];
    if (n >= 2 && n <= 12 && !subject.matches("(?is).*(?:,|\\band\\b).*")) {
      // "three pacts in the military sphere to ...": as many instruments as counted, one subject for all
      String title = clean(singular(h.group()) + " " + prepWord + " " + subject);
      List<Found> copies = new ArrayList<>();
      for (int k = 1; title != null && k <= n; k++) {
        copies.add(new Found(title, mode(h.group()), h.start(), postEnd, k));
      }
      return copies;
    }
    if (items.size() < 2 || n > 0 && items.size() != n || n < 0 && !rest.contains(",")) {
      return List.of();
    }
    String single = singular(h.group());
    String p = prep.group(1).toLowerCase(Locale.ROOT).startsWith("cover") ? "on" : prep.group(1).toLowerCase(Locale.ROOT);
    List<Found> out = new ArrayList<>();
    int from = h.start();
    for (String item : items) {
      String title = clean(single + " " + p + " " + item);
      if (title != null) {
        out.add(new Found(title, mode(single), from, postEnd));
      }
    }
    return out;
  }

  /** The kind of financing before a plural head: "loan agreements", "ODA loan agreements", "grant agreements". */
  private static final Pattern FINANCING_BEFORE =
      Pattern.compile("(?i)\\b((?:ODA\\s+|concessional\\s+|financing\\s+)?(?:loan|grant|financing|credit))\\s+$");
  private static final Pattern SENTENCE_END = Pattern.compile("\\.(?:\\s|$)|\\n");
  private static final Pattern PURPOSE = Pattern.compile("(?i)\\bfor\\s+((?:[\\w\\-]+\\s+){0,9}[\\w\\-]+)");

  /**
   * "signed loan agreements worth $627 million for the implementation of ... projects", "signed
   * loan agreements ... to provide loans of up to JPY 232 billion for 9 projects": uncounted
   * financing agreements with their sum and purpose in the sentence are one package, named by its
   * kind and purpose.
   */
  private static Found financingPackage(String text, Matcher h, String before) {
    Matcher kind = FINANCING_BEFORE.matcher(before);
    if (!kind.find() || COUNT.matcher(before.substring(0, kind.start())).find() || !h.group().toLowerCase(Locale.ROOT).startsWith("agreement")) {
      return null;
    }
    int end = text.length();
    Matcher stop = SENTENCE_END.matcher(text);
    if (stop.find(h.end())) {
      end = stop.start();
    }
    String tail = text.substring(h.end(), Math.min(end, h.end() + 300));
    List<Amounts.Found> sums = Amounts.find(tail);
    if (sums.isEmpty()) {
      return null;
    }
    Matcher purpose = PURPOSE.matcher(tail);
    if (!purpose.find(sums.get(0).end())) {
      return null;
    }
    String what = purpose.group(1).split("(?i)\\s+(?:to|which|that|with|under|between|signed|on\\s+behalf)\\b", 2)[0].replaceAll("[,;:]+$", "");
    String title = clean(kind.group(1) + " " + h.group() + " for " + what);
    return title == null ? null : new Found(title, mode(h.group()), h.start(), h.end() + purpose.end());
  }

  private static final Pattern ONE = Pattern.compile("(?i)\\bone\\s+(?:on|of|for|regarding|concerning)\\s+");

  /** "two agreements - one on X, and one on Y". */
  private static List<Found> ones(String text, Matcher h, String before) {
    Matcher count = COUNT.matcher(before);
    if (!count.find()) {
      return List.of();
    }
    String tail = text.substring(h.end());
    Matcher o = ONE.matcher(tail);
    List<Found> out = new ArrayList<>();
    String single = singular(h.group());
    while (o.find()) {
      int end = tail.length();
      Matcher stop = STOP.matcher(tail.substring(o.end()));
      if (stop.find()) {
        end = o.end() + stop.start();
      }
      Matcher next = ONE.matcher(tail);
      if (next.find(o.end()) && next.start() < end) {
        end = next.start();
      }
      String item = tail.substring(o.end(), end).replaceAll("(?i)[,\\s]+(?:and)?\\s*$", "").split("(?i)\\s(?:between|with|among)\\s", 2)[0];
      String title = clean(single + " on " + item);
      if (title != null) {
        out.add(new Found(title, mode(single), h.start(), h.end() + end));
      }
    }
    if (out.size() == 1 && INCLUDING_ONE.matcher(tail).find() && number(count.group(1)) >= 2) {
      // "signed six MoUs, including one on hydrography": the count is an instrument of its own
      // (the parts the text does not name), and the one it names is another
      String total = clean(count.group().trim() + " " + h.group());
      return total == null ? out : List.of(new Found(total, mode(single), h.start(), h.end()), out.get(0));
    }
    return out.size() >= 2 ? out : List.of();
  }

  /** "..., including one on ...", right after the counted head. */
  private static final Pattern INCLUDING_ONE =
      Pattern.compile("(?i)^\\s*(?:\\([^)]{1,20}\\)\\s*)?,?\\s*(?:on\\s+\\w+\\s+)?including\\s+one\\s+(?:on|of|for|regarding|concerning)\\s");

  /** Splits "A, B and C" (the last "and" of a comma list, or the one "and" of a counted pair). */
  static List<String> splitItems(String list, int count) {
    List<String> parts = new ArrayList<>();
    for (String p : list.split(",\\s*")) {
      if (!p.isBlank()) {
        parts.add(p.trim());
      }
    }
    if (parts.isEmpty()) {
      return parts;
    }
    // "cultural, scientific and technical assistance": adjectives in a row qualify one noun
    for (int i = parts.size() - 2; i >= 0; i--) {
      if (parts.get(i).matches("(?i)[a-z\\-]+(?:al|ic|ive|ian|ary|ous)")) {
        parts.set(i, parts.get(i) + ", " + parts.remove(i + 1));
      }
    }
    String last = parts.get(parts.size() - 1);
    if (last.matches("(?i)(?:and|as well as)\\s+.*")) {
      parts.set(parts.size() - 1, last.replaceFirst("(?i)^(?:and|as well as)\\s+", ""));
    } else if (parts.size() >= 2 || count == 2 || count < 0 && last.matches("(?i).*\\s+and\\s+(?:the|a|an)\\s+.*")) {
      int and = indexOfAnd(last);
      // "legal, medical and social assistance": an "and" right after a lone adjective joins adjectives
      Matcher next = Pattern.compile("(?i)\\s+and\\s+").matcher(last);
      while (and > 0 && last.substring(0, and).replaceAll(".*,\\s*", "").trim().matches(ADJECTIVE)) {
        and = next.find(and + 1) ? next.start() : -1;
      }
      if (and > 0) {
        parts.set(parts.size() - 1, last.substring(0, and).trim());
        parts.add(last.substring(and).replaceFirst("(?i)^\\s*and\\s+", "").trim());
      }
    }
    return parts;
  }

  private static final String ADJECTIVE = "(?i)[a-z\\-]+(?:al|ic|ive|ian|ary|ous)";

  private static int indexOfAnd(String s) {
    Matcher m = Pattern.compile("(?i)\\s+and\\s+(?:the\\s+|a\\s+|an\\s+)").matcher(s);
    if (m.find()) {
      return m.start();
    }
    Matcher any = Pattern.compile("(?i)\\s+and\\s+").matcher(s);
    return any.find() ? any.start() : -1;
  }

  /** "seven" or "7" as a number. */
  static int number(String w) {
    return switch (w.toLowerCase(Locale.ROOT)) {
      case "two" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      case "five" -> 5;
      case "six" -> 6;
      case "seven" -> 7;
      case "eight" -> 8;
      case "nine" -> 9;
      case "ten" -> 10;
      case "eleven" -> 11;
      case "twelve" -> 12;
      default -> Integer.parseInt(w);
    };
  }

  private static boolean isPlural(String head) {
    if (head.matches("(?i).*\\((?:mou|moc)s\\)$")) {
      return true;
    }
    String h = head.toLowerCase(Locale.ROOT).replaceAll("\\s*\\(.*\\)$", "");
    if (h.matches("(?s)(?:memoranda|memorandums|letters|exchanges|records|notes)\\b.*")) {
      return true;
    }
    return h.matches("(?s).*(?:mous|mocs|agreements|accords|treaties|protocols|conventions|contracts|declarations|charters|pacts|compacts"
        + "|memoranda|memorandums|letters\\s+of.*|exchanges\\s+of.*|(?:understanding|cooperation)s|statements|communiqu[eé]s)$");
  }

  private static String singular(String head) {
    String h = head.replaceAll("\\s*\\(.*\\)$", "");
    String l = h.toLowerCase(Locale.ROOT);
    if (l.startsWith("memorand") || l.startsWith("mou")) {
      return "MoU";
    }
    if (l.startsWith("moc")) {
      return "MoC";
    }
    if (l.equals("treaties")) {
      return "treaty";
    }
    if (l.startsWith("letters")) {
      return h.replaceFirst("(?i)^letters", "letter");
    }
    return h.replaceAll("s$", "");
  }

  static String mode(String head) {
    String l = head.toLowerCase(Locale.ROOT);
    if (l.startsWith("joint") || l.startsWith("declaration") || l.startsWith("communiqu")) {
      return "joint_statement";
    }
    if (l.startsWith("mou") || l.startsWith("moc") || l.startsWith("memorand") || l.startsWith("letter")) {
      return "mou";
    }
    return "agreement";
  }

  private static String clean(String t) {
    String x = withoutSum(t.replaceAll("[\"“”‘’]", "").replaceAll("\\s+", " ").trim());
    x = x.replaceAll("^(?i)(?:the|a|an|another|one|first|second|third|fourth|fifth|last|final)\\s+", "").replaceAll("(?i)\\s+(?:signed|inked|concluded)\\b", "").replaceAll("[,.;:(\\s]+$", "")
        .replaceAll("(?i)\\s+(?:and|or|the|a|an|of|to|on|for|with|between|in)$", "").trim();
    if (x.chars().filter(c -> c == '(').count() > x.chars().filter(c -> c == ')').count()) {
      x = x.substring(0, x.lastIndexOf('(')).trim();
    }
    return x.isEmpty() ? null : x;
  }

  /** Words that put a sum after an instrument's name: "a grant of ...", "a loan worth ...". */
  private static final String SUM_WORDS = "\\s+(?:of|worth|valued\\s+at|amounting\\s+to|totall?ing)\\s+(?:up\\s+to\\s+)?";
  private static final Pattern SUM_AFTER = Pattern.compile("(?i)" + SUM_WORDS + "$");
  /** A sum right after an instrument's head: " worth KD 10 million", " of EUR 40 million". */
  private static final Pattern SUM_RIGHT_AFTER = Pattern.compile("(?i)" + SUM_WORDS + "(?:[A-Z]{2,3}\\$?\\s?|[$€£¥]|US\\$|Rs\\.?\\s?)?\\d");
  /** Where a clause ends: a sentence's full stop, a semicolon, a paragraph break. */
  private static final Pattern CLAUSE_END = Pattern.compile("\\.(?=\\s|$)|;|\\n\\s*\\n");

  /** A purpose after the sum that still names the instrument: "..., for the Project for X", "under the Y Programme", "to support X". */
  private static final Pattern PURPOSE_AFTER = Pattern.compile("(?i)^[\\s),]*((?:for|under)\\s+the\\s+[^,;]+|to\\s+(?!the\\b)\\p{L}+\\s+[^,;]+)");

  /**
   * A title without the sum it states and the sum's restatements: "Exchange of Notes for a grant of
   * JPY 2.4 billion (about US$16 million), for the Project for X" is the "Exchange of Notes for a
   * grant for the Project for X"; the sum is the event's amount, not its name.
   */
  static String withoutSum(String title) {
    List<Amounts.Found> sums = Amounts.find(title);
    if (sums.isEmpty()) {
      return title;
    }
    Matcher before = SUM_AFTER.matcher(title.substring(0, sums.get(0).start()));
    if (!before.find()) {
      return title;
    }
    int end = sums.get(0).end();
    for (int i = 1; i < sums.size() && Amounts.restates(title.substring(end, sums.get(i).start())); i++) {
      end = sums.get(i).end();
    }
    String head = title.substring(0, before.start());
    Matcher purpose = PURPOSE_AFTER.matcher(title.substring(end));
    return purpose.find() ? head + " " + purpose.group(1).trim() : head;
  }

  private static int contentWords(String t) {
    int n = 0;
    for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}0-9]+")) {
      if (w.length() > 2 && !w.matches("the|and|for|with|between|mou|mous|moc|agreement|memorandum|understanding|cooperation")) {
        n++;
      }
    }
    return n + 1;
  }
}
