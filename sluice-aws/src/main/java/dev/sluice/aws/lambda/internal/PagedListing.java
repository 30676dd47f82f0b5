package dev.sluice.aws.lambda.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.functions.Page;
import dev.sluice.core.result.Result;
import java.util.function.Function;

/**
 * A Lambda list operation: reads {@code Marker} and {@code MaxItems}, lists one page and answers
 * {@code {"NextMarker": ..., "<member>": [...]}} (NextMarker only when there is a next page).
 */
public final class PagedListing {

  /** Lists one page from a marker (null for the first page) and a page size (null for default). */
  @FunctionalInterface
  public interface Lister<T> {
    Result<Page<T>> list(String marker, Integer maxItems);
  }

  private PagedListing() {}

  public static <T> Result<HttpResponse> respond(
      LambdaRequest request, Lister<T> lister, String member, Function<T, JsonNode> render) {
    return request
        .queryInt("MaxItems")
        .flatMap(max -> lister.list(request.query().first("Marker"), max))
        .map(
            page -> {
              var node = LambdaJson.object();
              if (page.nextMarker() != null) {
                node.put("NextMarker", page.nextMarker());
              }
              var list = node.putArray(member);
              page.items().forEach(item -> list.add(render.apply(item)));
              return LambdaJson.json(200, node);
            });
  }
}
