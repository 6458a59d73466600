using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Tests.SandboxKit;

public sealed class SandboxFaultPlanTests
{
    [Fact]
    public void Exact_request_numbers_win_over_every_nth()
    {
        var plan = new TestFaultPlan
        {
            OnRequest = new Dictionary<int, SandboxFault> { [4] = SandboxFault.TruncatedBody },
            EveryNth = new Dictionary<int, SandboxFault> { [2] = SandboxFault.BadGateway },
        };

        Assert.Equal(
            [SandboxFault.None, SandboxFault.BadGateway, SandboxFault.None, SandboxFault.TruncatedBody, SandboxFault.None, SandboxFault.BadGateway],
            Enumerable.Range(1, 6).Select(n => plan.For(n, seed: 1)));
    }

    [Fact]
    public void A_probability_picks_the_same_requests_for_the_same_seed()
    {
        var plan = new TestFaultPlan { Probability = 0.2, ProbableFault = SandboxFault.InternalServerError };

        var first = Enumerable.Range(1, 1000).Where(n => plan.For(n, seed: 42) != SandboxFault.None).ToList();
        var again = Enumerable.Range(1, 1000).Where(n => plan.For(n, seed: 42) != SandboxFault.None).ToList();
        var otherSeed = Enumerable.Range(1, 1000).Where(n => plan.For(n, seed: 43) != SandboxFault.None).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first, otherSeed);
        Assert.InRange(first.Count, 150, 250);
        Assert.All(first, n => Assert.Equal(SandboxFault.InternalServerError, plan.For(n, 42)));
    }

    [Fact]
    public void An_outage_fails_every_request_from_its_start_until_it_ends()
    {
        var outage = new SandboxOutage();
        outage.Begin(SandboxFault.ServiceUnavailable, fromRequest: 3);

        Assert.Equal(SandboxFault.None, outage.For(2));
        Assert.Equal(SandboxFault.ServiceUnavailable, outage.For(3));
        Assert.Equal(SandboxFault.ServiceUnavailable, outage.For(300));

        outage.End();

        Assert.False(outage.IsActive);
        Assert.Equal(SandboxFault.None, outage.For(301));
    }

    [Theory]
    [InlineData(SandboxFault.TooManyRequests, 429)]
    [InlineData(SandboxFault.InternalServerError, 500)]
    [InlineData(SandboxFault.BadGateway, 502)]
    [InlineData(SandboxFault.ServiceUnavailable, 503)]
    [InlineData(SandboxFault.MalformedJson, 200)]
    public void A_replacing_fault_answers_with_its_status(SandboxFault fault, int status)
    {
        var answer = SandboxFaultAnswers.Replacement(fault, new TestFaultPlan { RetryAfterSeconds = 7 }, "{\"throttled\":1}", "{\"down\":1}");

        Assert.NotNull(answer);
        Assert.Equal(status, answer.StatusCode);
        Assert.Equal(status, SandboxFaultAnswers.StatusOf(fault));
        Assert.Equal(fault == SandboxFault.TooManyRequests, answer.Headers!.ContainsKey("Retry-After"));
    }

    [Theory]
    [InlineData(SandboxFault.None)]
    [InlineData(SandboxFault.Timeout)]
    [InlineData(SandboxFault.TruncatedBody)]
    public void Faults_that_alter_the_normal_answer_do_not_replace_it(SandboxFault fault) =>
        Assert.Null(SandboxFaultAnswers.Replacement(fault, new TestFaultPlan(), "{}", "{}"));

    [Fact]
    public void A_truncated_body_is_cut_in_half_and_any_other_is_whole()
    {
        var body = "{\"data\":{\"orders\":[]}}"u8.ToArray();

        Assert.Equal(body[..(body.Length / 2)], SandboxFaultAnswers.Cut(SandboxFault.TruncatedBody, body));
        Assert.Equal(body, SandboxFaultAnswers.Cut(SandboxFault.None, body));
    }

    [Fact]
    public void Record_faults_write_the_marketplaces_defect_into_the_chosen_records_only()
    {
        var faults = new SandboxRecordFaults<string, DayOfWeek>(
            new Dictionary<int, DayOfWeek> { [2] = DayOfWeek.Monday },
            (record, fault) => $"{record} broken on {fault}");

        Assert.Equal("order 2 broken on Monday", faults.Apply(2, "order 2"));
        Assert.Equal("order 3", faults.Apply(3, "order 3"));
        Assert.Equal(DayOfWeek.Monday, faults.For(2));
        Assert.Equal(default, faults.For(3));
    }
}
