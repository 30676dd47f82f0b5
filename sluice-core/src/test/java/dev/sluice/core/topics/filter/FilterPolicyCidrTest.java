package dev.sluice.core.topics.filter;

import static dev.sluice.core.topics.filter.Policies.attributes;
import static dev.sluice.core.topics.filter.Policies.body;
import static dev.sluice.core.topics.filter.Policies.matchesAttrs;
import static dev.sluice.core.topics.filter.Policies.matchesBody;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilterPolicyCidrTest {

  @Test
  void matchesIpv4AddressesInsideTheBlock() {
    FilterPolicy policy = attributes("{'source_ip': [{'cidr': '10.0.0.0/24'}]}");
    assertThat(matchesAttrs(policy, "source_ip", "String", "10.0.0.255")).isTrue();
    assertThat(matchesAttrs(policy, "source_ip", "String", "10.0.1.1")).isFalse();
  }

  @Test
  void matchesIpv6AddressesInsideTheBlock() {
    FilterPolicy policy = attributes("{'source_ip': [{'cidr': '2001:db8::/32'}]}");
    assertThat(matchesAttrs(policy, "source_ip", "String", "2001:db8:1::7")).isTrue();
    assertThat(matchesAttrs(policy, "source_ip", "String", "2001:db9::1")).isFalse();
  }

  @Test
  void doesNotMatchValuesThatAreNotIpAddresses() {
    FilterPolicy policy = attributes("{'source_ip': [{'cidr': '10.0.0.0/8'}]}");
    assertThat(matchesAttrs(policy, "source_ip", "String", "localhost")).isFalse();
    assertThat(matchesAttrs(policy, "source_ip", "String", "10.0.0")).isFalse();
  }

  @Test
  void matchesBodyProperties() {
    FilterPolicy policy = body("{'source_ip': [{'cidr': '192.168.0.0/16'}]}");
    assertThat(matchesBody(policy, "{'source_ip': '192.168.44.2'}")).isTrue();
    assertThat(matchesBody(policy, "{'source_ip': '192.169.0.1'}")).isFalse();
  }
}
