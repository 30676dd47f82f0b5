package dev.sluice.aws.gateway.internal;

import static dev.sluice.aws.http.RequestBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.RequestBuilder;
import dev.sluice.aws.protocol.WireProtocol;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ServiceRoutingTest {
  private final RouteResolver resolver = new RouteResolver();

  static Stream<Arguments> requests() {
    return Stream.of(
        route("X-Amz-Target DataPipeline", json("DataPipeline.CreatePipeline"), "datapipeline"),
        route("X-Amz-Target AWSStepFunctions", json("AWSStepFunctions.StartExecution"), "states"),
        route("X-Amz-Target AWSGlue", json("AWSGlue.StartJobRun"), "glue"),
        route("X-Amz-Target AWSEvents", json("AWSEvents.PutEvents"), "events"),
        route("X-Amz-Target AmazonSQS", json("AmazonSQS.SendMessage"), "sqs"),
        route("X-Amz-Target Logs_20140328", json("Logs_20140328.FilterLogEvents"), "logs"),
        route(
            "logs credential scope", json("Logs_20140328.GetLogEvents").signedFor("logs"), "logs"),
        route(
            "form Action with SNS version",
            request("POST", "/").form("Action=Publish&Version=2010-03-31&TopicArn=x"),
            "sns"),
        route(
            "form Action with SQS version",
            request("POST", "/").form("Action=SendMessage&Version=2012-11-05"),
            "sqs"),
        route(
            "query-string Action with SNS version",
            request("GET", "/").query("Action=ListTopics&Version=2010-03-31"),
            "sns"),
        route("lambda functions", request("GET", "/2015-03-31/functions/"), "lambda"),
        route(
            "lambda invoke",
            request("POST", "/2015-03-31/functions/f/invocations").body("{}"),
            "lambda"),
        route(
            "lambda event source mappings",
            request("GET", "/2015-03-31/event-source-mappings"),
            "lambda"),
        route(
            "lambda event invoke config",
            request("GET", "/2019-09-25/functions/f/event-invoke-config"),
            "lambda"),
        route("lambda layers", request("GET", "/2018-10-31/layers"), "lambda"),
        route("lambda tags", request("GET", "/2017-03-31/tags/arn"), "lambda"),
        route("scheduler schedules", request("GET", "/schedules"), "scheduler"),
        route("scheduler one schedule", request("POST", "/schedules/nightly"), "scheduler"),
        route("scheduler groups", request("GET", "/schedule-groups"), "scheduler"),
        route("path-style object", request("GET", "/bucket/key"), "s3"),
        route("bucket named like a lambda date", request("GET", "/2015-03-31/photo.jpg"), "s3"),
        route("bucket starting like schedules", request("GET", "/schedulesx/key"), "s3"),
        route("list buckets", request("GET", "/"), "s3"),
        route(
            "SNS confirmation link without Version",
            request("GET", "/")
                .query(
                    "Action=ConfirmSubscription&TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A1%3At&Token=x"),
            "sns"),
        route(
            "SNS unsubscribe link without Version",
            request("GET", "/")
                .query(
                    "Action=Unsubscribe&SubscriptionArn=arn%3Aaws%3Asns%3Aus-east-1%3A1%3At%3Au"),
            "sns"),
        route(
            "Unsubscribe query without an SNS ARN",
            request("GET", "/").query("Action=Unsubscribe&SubscriptionArn=arn%3Aaws%3Asqs%3Ax"),
            "s3"),
        route(
            "virtual-hosted bucket with a lambda-like key",
            request("GET", "/2015-03-31/functions").host("bucket.localhost:4566"),
            "s3"),
        route(
            "virtual-hosted bucket on an s3 host name",
            request("GET", "/schedules").host("bucket.s3.us-east-1.amazonaws.com"),
            "s3"),
        route(
            "credential scope beats the path",
            request("GET", "/2015-03-31/functions").signedFor("s3"),
            "s3"),
        route(
            "credential scope beats the target",
            json("AWSGlue.StartJobRun").signedFor("states"),
            "states"),
        route(
            "presigned credential",
            request("GET", "/2015-03-31/functions")
                .query("X-Amz-Credential=AKID%2F20240101%2Fus-east-1%2Fs3%2Faws4_request"),
            "s3"),
        route(
            "SigV4a credential scope without region",
            request("GET", "/bucket/key")
                .header(
                    "Authorization",
                    "AWS4-ECDSA-P256-SHA256 Credential=AKID/20240101/lambda/aws4_request,"
                        + " SignedHeaders=host, Signature=abc"),
            "lambda"),
        route(
            "unknown signing name is kept",
            json("DynamoDB_20120810.GetItem").signedFor("dynamodb"),
            "dynamodb"),
        route(
            "form without a known version",
            request("POST", "/bucket").form("Action=Publish&Version=1999-01-01"),
            "s3"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void choosesTheServiceFromTheRequestAlone(String what, RequestBuilder request, String service) {
    assertThat(resolver.resolve(request.build()).route().service()).isEqualTo(service);
  }

  static Stream<Arguments> protocols() {
    return Stream.of(
        Arguments.of(json("AWSStepFunctions.StartExecution"), WireProtocol.JSON_1_0),
        Arguments.of(json("AWSGlue.GetJob"), WireProtocol.JSON_1_1),
        Arguments.of(json("Logs_20140328.DescribeLogGroups"), WireProtocol.JSON_1_1),
        Arguments.of(json("AmazonSQS.SendMessage"), WireProtocol.JSON_1_0),
        Arguments.of(
            request("POST", "/").form("Action=SendMessage&Version=2012-11-05"), WireProtocol.QUERY),
        Arguments.of(
            request("POST", "/").form("Action=Publish&Version=2010-03-31"), WireProtocol.QUERY),
        Arguments.of(
            request("POST", "/").signedFor("sts").form("Action=GetCallerIdentity"),
            WireProtocol.QUERY),
        Arguments.of(request("GET", "/2015-03-31/functions"), WireProtocol.REST_JSON),
        Arguments.of(request("GET", "/bucket"), WireProtocol.REST_XML));
  }

  @ParameterizedTest
  @MethodSource("protocols")
  void choosesTheProtocolTheRequestSpeaks(RequestBuilder request, WireProtocol protocol) {
    assertThat(resolver.resolve(request.build()).route().protocol()).isEqualTo(protocol);
  }

  private static RequestBuilder json(String target) {
    return request("POST", "/")
        .header("X-Amz-Target", target)
        .header("Content-Type", "application/x-amz-json-1.1")
        .body("{}");
  }

  private static Arguments route(String what, RequestBuilder request, String service) {
    return Arguments.of(what, request, service);
  }
}
