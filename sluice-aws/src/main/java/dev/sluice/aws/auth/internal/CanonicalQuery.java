package dev.sluice.aws.auth.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The query line of a canonical request: {@code name=value} pairs, URI-encoded, sorted by name and
 * then value, joined with {@code &}; a presigned request's {@code X-Amz-Signature} left out. Like
 * {@link CanonicalUri}, the strict form comes first, the pairs as sent second.
 */
public final class CanonicalQuery {

  private CanonicalQuery() {}

  public static List<String> candidates(QueryParameters query, boolean presigned) {
    var strict = new ArrayList<String[]>();
    var asSent = new ArrayList<String[]>();
    for (var parameter : query.all()) {
      if (presigned && parameter.name().equals(PresignedQueryParser.SIGNATURE)) {
        continue;
      }
      strict.add(
          new String[] {
            UriEncoding.reencode(parameter.rawName(), false),
            UriEncoding.reencode(parameter.rawValue(), false)
          });
      asSent.add(new String[] {parameter.rawName(), parameter.rawValue()});
    }
    var forms = new LinkedHashSet<String>();
    forms.add(join(strict));
    forms.add(join(asSent));
    return List.copyOf(forms);
  }

  private static String join(List<String[]> pairs) {
    pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    var text = new StringBuilder();
    for (var pair : pairs) {
      if (!text.isEmpty()) {
        text.append('&');
      }
      text.append(pair[0]).append('=').append(pair[1]);
    }
    return text.toString();
  }
}
