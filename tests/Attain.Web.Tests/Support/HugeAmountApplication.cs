using Attain.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Attain.Web.Tests.Support;

/// <summary>
/// The app on a store that an older version wrote (issue #9): the seed, then the largest decimal written directly
/// into two months of C-1001's revenue (P-1001's customer), as an import did before amounts had a limit.
/// </summary>
public sealed class HugeAmountApplication : AttainWebApplication, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        // The first client starts the app, which creates and seeds the store.
        using var client = Operator();
        await using var db = await StoreLocation.Parse(DatabasePath).OpenAsync();
        var months = new[] { new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1) };
        var written = await db.Revenue
            .Where(row => row.CustomerId == "C-1001" && months.Contains(row.Month))
            .ExecuteUpdateAsync(set => set.SetProperty(row => row.AmountUsd, decimal.MaxValue));
        Assert.Equal(2, written);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
