using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CrossBorderHub.Persistence.Context;

/// <summary>UTC <see cref="DateTimeOffset"/> as unix milliseconds (SQLite's sortable time column).</summary>
internal sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.ToUnixTimeMilliseconds(),
    v => DateTimeOffset.FromUnixTimeMilliseconds(v));
