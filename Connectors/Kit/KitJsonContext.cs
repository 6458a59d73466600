using System.Text.Json.Serialization;
using CrossBorderHub.Connectors.Kit.Cursors;

namespace CrossBorderHub.Connectors.Kit;

[JsonSerializable(typeof(WatermarkCheckpoint))]
[JsonSerializable(typeof(WindowCheckpoint))]
internal sealed partial class KitJsonContext : JsonSerializerContext;
