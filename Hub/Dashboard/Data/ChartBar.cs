namespace CrossBorderHub.Hub.Dashboard.Data;

/// <summary>One run in the chart: a bar as tall as its records, red when it failed.</summary>
public sealed record ChartBar(double X, double Y, double Width, double Height, bool Failed, string Title);
