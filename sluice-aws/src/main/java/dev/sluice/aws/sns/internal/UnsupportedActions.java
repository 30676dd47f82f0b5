package dev.sluice.aws.sns.internal;

import dev.sluice.core.result.Failure;
import java.util.Set;

/** The failure for an action Sluice has no binding for: one SNS has, or one nobody has. */
public final class UnsupportedActions {
  /** SNS's actions (2010-03-31 model) that Sluice does not implement. */
  private static final Set<String> MODELLED =
      Set.of(
          "AddPermission",
          "CheckIfPhoneNumberIsOptedOut",
          "CreatePlatformApplication",
          "CreatePlatformEndpoint",
          "CreateSMSSandboxPhoneNumber",
          "DeleteEndpoint",
          "DeletePlatformApplication",
          "DeleteSMSSandboxPhoneNumber",
          "GetDataProtectionPolicy",
          "GetEndpointAttributes",
          "GetPlatformApplicationAttributes",
          "GetSMSAttributes",
          "GetSMSSandboxAccountStatus",
          "ListEndpointsByPlatformApplication",
          "ListOriginationNumbers",
          "ListPhoneNumbersOptedOut",
          "ListPlatformApplications",
          "ListSMSSandboxPhoneNumbers",
          "OptInPhoneNumber",
          "PutDataProtectionPolicy",
          "RemovePermission",
          "SetEndpointAttributes",
          "SetPlatformApplicationAttributes",
          "SetSMSAttributes",
          "VerifySMSSandboxPhoneNumber");

  private UnsupportedActions() {}

  public static Failure of(String action) {
    if (action == null || action.isEmpty()) {
      return Failure.of("MissingAction", 400, "The request must contain the parameter Action.");
    }
    if (MODELLED.contains(action)) {
      return Failure.of(
          "InvalidAction", 400, "Sluice does not implement the SNS action " + action + ".");
    }
    return Failure.of(
        "InvalidAction", 400, "The action " + action + " is not valid for this web service.");
  }
}
