package dev.sluice.store.durability;

class H2KillNineDurabilityTest extends KillNineDurabilityContract {
  @Override
  protected String url() {
    return "h2";
  }
}
