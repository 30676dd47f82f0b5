package dev.sluice.store.durability;

class H2WorkflowKillNineDurabilityTest extends WorkflowKillNineDurabilityContract {
  @Override
  protected String url() {
    return "h2";
  }
}
