using CrossBorderHub.Hub.Dashboard.Steering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CrossBorderHub.Hub.Dashboard.Pages;

/// <summary>Carries an action's outcome across the redirect that follows it.</summary>
internal static class PageFlash
{
    public static void Flash(this ITempDataDictionary tempData, SteeringOutcome outcome)
    {
        tempData["Flash"] = outcome.Message;
        tempData["FlashTone"] = outcome.Done ? "ok" : "bad";
    }
}
