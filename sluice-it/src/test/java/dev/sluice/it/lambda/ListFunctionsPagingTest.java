package dev.sluice.it.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.LambdaClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.FunctionVersion;

@ExtendWith(SluiceExtension.class)
class ListFunctionsPagingTest {
  static LambdaClient lambda;

  @BeforeAll
  static void functions(URI endpoint) {
    lambda = LambdaClients.lambda(endpoint);
    for (var name : new String[] {"page-e", "page-a", "page-d", "page-b", "page-c"}) {
      LambdaClients.create(lambda, name, LambdaClients.nodeZip("1"));
    }
    lambda.publishVersion(b -> b.functionName("page-a"));
  }

  @Test
  void pagesFollowTheMarkerInNameOrder() {
    var names = new ArrayList<String>();
    String marker = null;
    int pages = 0;
    do {
      var current = marker;
      var page = lambda.listFunctions(b -> b.maxItems(2).marker(current));
      page.functions().stream().map(FunctionConfiguration::functionName).forEach(names::add);
      marker = page.nextMarker();
      pages++;
    } while (marker != null);

    assertThat(names)
        .filteredOn(n -> n.startsWith("page-"))
        .containsExactly("page-a", "page-b", "page-c", "page-d", "page-e");
    assertThat(pages).isGreaterThanOrEqualTo(3);
  }

  @Test
  void thePaginatorSeesEveryFunction() {
    var names =
        lambda.listFunctionsPaginator(b -> b.maxItems(1)).functions().stream()
            .map(FunctionConfiguration::functionName)
            .filter(n -> n.startsWith("page-"))
            .toList();

    assertThat(names).hasSize(5);
  }

  @Test
  void allVersionsListsPublishedOnesToo() {
    var versions =
        lambda
            .listFunctionsPaginator(b -> b.functionVersion(FunctionVersion.ALL))
            .functions()
            .stream()
            .filter(f -> f.functionName().equals("page-a"))
            .map(FunctionConfiguration::version)
            .toList();

    assertThat(versions).containsExactly("$LATEST", "1");
  }
}
