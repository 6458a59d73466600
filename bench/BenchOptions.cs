using System.Globalization;

namespace CrossBorderHub.Bench;

/// <summary>
/// Command line: --mode ingest|quota|overhead|backfill|tiktokquota|amazonquota|shopeequota|ebayquota (default ingest), --orders N (default 10000), --feed-page N (default 1000),
/// --duration SECONDS (quota mode, default 60).
/// </summary>
internal sealed record BenchOptions(BenchMode Mode, int Orders, int FeedPage, TimeSpan Duration)
{
    private const string Usage = "use --mode ingest|quota|overhead|backfill|tiktokquota|amazonquota|shopeequota|ebayquota, --orders N, --feed-page N and --duration SECONDS.";

    public static BenchOptions Parse(string[] args)
    {
        var mode = BenchMode.Ingest;
        var orders = 10_000;
        var feedPage = 1_000;
        var seconds = 60;
        if (args.Length % 2 != 0)
        {
            throw new ArgumentException($"Every option takes a value; {Usage}");
        }

        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var text = args[i + 1];
            switch (args[i])
            {
                case "--mode":
                    mode = Enum.TryParse<BenchMode>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                        ? parsed
                        : throw new ArgumentException($"Unknown mode {text}; {Usage}");
                    break;
                case "--orders": orders = Positive(args[i], text); break;
                case "--feed-page": feedPage = Positive(args[i], text); break;
                case "--duration": seconds = Positive(args[i], text); break;
                default: throw new ArgumentException($"Unknown option {args[i]}; {Usage}");
            }
        }

        return new BenchOptions(mode, orders, feedPage, TimeSpan.FromSeconds(seconds));
    }

    private static int Positive(string option, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{option} takes a positive whole number, not {text}.");
}
