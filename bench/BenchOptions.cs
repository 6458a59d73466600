using System.Globalization;

namespace CrossBorderHub.Bench;

/// <summary>Command line: --orders N (default 10000), --feed-page N (default 1000).</summary>
internal sealed record BenchOptions(int Orders, int FeedPage)
{
    public static BenchOptions Parse(string[] args)
    {
        var orders = 10_000;
        var feedPage = 1_000;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--orders": orders = value; break;
                case "--feed-page": feedPage = value; break;
                default: throw new ArgumentException($"Unknown option {args[i]}; use --orders N and --feed-page N.");
            }
        }

        return new BenchOptions(orders, feedPage);
    }
}
