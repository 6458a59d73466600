namespace CrossBorderHub.Hub.Tests.Contract;

/// <summary>
/// Push scenarios of the contract. "A push command is delivered once under faults" joins here with the push API
/// (POST /api/v1/orders/{id}/shipments with an Idempotency-Key, state at GET /api/v1/commands/{id}): for each fault
/// kind, the shipment of an order reaches the sandbox exactly once and the command ends confirmed with the
/// marketplace's answer. Until that API exists the scenario has nothing to call, so it is not written yet.
/// </summary>
public abstract partial class ConnectorContract<TAdapter>;
