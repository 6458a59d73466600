using System.Diagnostics;

namespace CrossBorderHub.Bench;

/// <summary>Samples the managed heap while a phase runs; reports the peak heap and the process's peak working set.</summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peakHeap;

    public MemorySampler() => _loop = SampleAsync();

    public long PeakHeapBytes => Interlocked.Read(ref _peakHeap);

    public static long PeakWorkingSetBytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var heap = GC.GetTotalMemory(forceFullCollection: false);
                if (heap > Interlocked.Read(ref _peakHeap))
                {
                    Interlocked.Exchange(ref _peakHeap, heap);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped at the end of the phase.
        }
    }
}
