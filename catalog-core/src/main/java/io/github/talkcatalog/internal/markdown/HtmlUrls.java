package io.github.talkcatalog.internal.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds {@code src="..."} and {@code href="..."} attribute values in a piece of HTML. */
final class HtmlUrls {

  private HtmlUrls() {}

  static List<String> find(String html) {
    List<String> urls = new ArrayList<>();
    String lower = html.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < lower.length()) {
      int src = lower.indexOf("src=", i);
      int href = lower.indexOf("href=", i);
      int at;
      int len;
      if (src < 0 && href < 0) {
        break;
      } else if (href < 0 || (src >= 0 && src < href)) {
        at = src;
        len = 4;
      } else {
        at = href;
        len = 5;
      }
      int start = at + len;
      if (start >= html.length()) {
        break;
      }
      char q = html.charAt(start);
      int end;
      if (q == '"' || q == '\'') {
        start++;
        end = html.indexOf(q, start);
        if (end < 0) {
          end = html.length();
        }
      } else {
        end = start;
        while (end < html.length() && !Character.isWhitespace(html.charAt(end)) && html.charAt(end) != '>') {
          end++;
        }
      }
      if (end > start) {
        urls.add(html.substring(start, end).replace("&amp;", "&"));
      }
      i = Math.max(end, at + len);
    }
    return urls;
  }
}
