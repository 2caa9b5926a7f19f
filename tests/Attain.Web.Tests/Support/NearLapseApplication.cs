using Attain.Data.Store;
using Attain.Data.Store.Rows;

namespace Attain.Web.Tests.Support;

/// <summary>
/// Issue 11's P-1015 after an import: I-2057 (Ava Martinez) passed MB2-712 on 2026-11-20, so the partner is Gold as
/// of 2026-11-25 — and Gold lapses on 2026-12-01, when 2025-11 leaves the window. Written into the seeded store.
/// </summary>
public sealed class NearLapseApplication : AttainWebApplication, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        // The first client starts the app, which creates and seeds the store.
        using var client = Operator();
        await using var db = await StoreLocation.Parse(DatabasePath).OpenAsync();
        db.ExamPasses.Add(new ExamPassRow { IndividualId = "I-2057", Exam = "MB2-712", PassedOn = new DateOnly(2026, 11, 20) });
        await db.SaveChangesAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
