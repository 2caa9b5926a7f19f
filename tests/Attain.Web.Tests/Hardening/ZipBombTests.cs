using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using Attain.Web.Import;
using Attain.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Attain.Web.Tests.Hardening;

/// <summary>
/// Zip bombs are refused on what they declare before anything is written, and on what they really unpack to
/// while writing, with the temporary folder (watched) never holding more than the cap; imports run one at a
/// time (issue 9, item 5). The caps are small here so the bombs are quick to make.
/// </summary>
public sealed class ZipBombTests(ZipBombTests.CappedApplication app) : IClassFixture<ZipBombTests.CappedApplication>
{
    private const long Cap = 4 * 1024 * 1024;

    [Fact]
    public async Task A_bomb_of_zeros_is_refused_on_its_headers_and_writes_nothing()
    {
        // 256 MiB of zeros deflates to about 250 KiB: a ratio of about 1000 to 1.
        var bomb = Zip(("revenue.csv", Zeros(256 * 1024 * 1024)));

        var (response, written) = await ImportWatchingTempAsync(bomb);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await ProblemJson.ReadAsync(response)).GetProperty("detail").GetString();
        Assert.Contains("Attain:ImportMaxCompressionRatio", detail, StringComparison.Ordinal);
        Assert.Contains("Attain:ImportUnpackedLimitBytes", detail, StringComparison.Ordinal);
        Assert.Equal(0, written);
    }

    [Fact]
    public async Task Files_that_together_unpack_past_the_cap_are_refused_before_writing()
    {
        // Random bytes do not compress: each file passes the ratio check, together they pass the cap.
        var bomb = Zip(("revenue.csv", Noise(3 * 1024 * 1024)), ("dpor.csv", Noise(2 * 1024 * 1024)));

        var (response, written) = await ImportWatchingTempAsync(bomb);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"at most {Cap} are accepted (Attain:ImportUnpackedLimitBytes)", (await ProblemJson.ReadAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, written);
    }

    [Fact]
    public async Task A_bomb_whose_headers_understate_its_size_stops_at_the_declared_size()
    {
        const int Declared = 512 * 1024;
        var bomb = Zip(("revenue.csv", Zeros(256 * 1024 * 1024)));
        DeclareUncompressedSize(bomb, "revenue.csv", Declared);

        var (response, written) = await ImportWatchingTempAsync(bomb);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("revenue.csv", (await ProblemJson.ReadAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.InRange(written, 0, Declared);
    }

    [Fact]
    public async Task A_zip_of_too_many_entries_is_refused()
    {
        var entries = Enumerable.Range(0, 51).Select(index => ($"note-{index}.txt", new byte[] { 1 })).ToArray();

        var response = await app.Operator().PostAsync("/api/imports", new ByteArrayContent(Zip(entries)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 50 are accepted (Attain:ImportMaxZipEntries)", (await ProblemJson.ReadAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_import_while_one_runs_is_a_429_problem_and_the_page_says_so()
    {
        var gate = app.Services.GetRequiredService<ImportGate>();
        Assert.True(await gate.TryEnterAsync(CancellationToken.None));
        try
        {
            var response = await app.Operator().PostAsync("/api/imports", SampleZip.Create());
            var page = await ImportForm.PostAsync(app.Operator(), PaddedZip.Create(64 * 1024));

            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(ImportGate.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
            Assert.Contains("only one runs at a time", (await ProblemJson.ReadAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
            Assert.Contains("only one runs at a time", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            gate.Exit();
        }

        // Once the gate is free, the import is taken as a job (202) again.
        var client = app.Operator();
        var job = await JobPolling.FinishedAsync(client, client.PostAsync("/api/imports", SampleZip.Create()));
        Assert.Equal("succeeded", job.GetProperty("state").GetString());
    }

    private async Task<(HttpResponseMessage Response, long Written)> ImportWatchingTempAsync(byte[] zip)
    {
        await using var watch = new FolderWatch(app.TempFolder);
        var response = await app.Operator().PostAsync("/api/imports", new ByteArrayContent(zip));
        var written = await watch.StopAsync();
        Assert.Empty(Directory.EnumerateFileSystemEntries(app.TempFolder));
        return (response, written);
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(content);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] Zeros(int length) => new byte[length];

    private static byte[] Noise(int length)
    {
        var bytes = new byte[length];
        new Random(11).NextBytes(bytes);
        return bytes;
    }

    /// <summary>Rewrites the uncompressed size in the entry's local header and central directory record: a lying header.</summary>
    private static void DeclareUncompressedSize(byte[] zip, string name, uint size)
    {
        var patched = 0;
        for (var at = 0; at + 46 < zip.Length; at++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at));
            var (sizeAt, nameLengthAt, nameAt) = signature switch
            {
                0x04034b50 => (22, 26, 30), // local file header
                0x02014b50 => (24, 28, 46), // central directory record
                _ => (-1, -1, -1),
            };
            if (sizeAt < 0)
            {
                continue;
            }

            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + nameLengthAt));
            if (at + nameAt + nameLength <= zip.Length && System.Text.Encoding.ASCII.GetString(zip, at + nameAt, nameLength) == name)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + sizeAt), size);
                patched++;
            }
        }

        Assert.Equal(2, patched);
    }

    public sealed class CappedApplication : AttainWebApplication
    {
        public string TempFolder { get; } = Directory.CreateTempSubdirectory("attain-bomb-temp-").FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Attain:ImportTempFolder", TempFolder);
            builder.UseSetting("Attain:ImportUnpackedLimitBytes", Cap.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Attain:ImportMaxZipEntries", "50");
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing && Directory.Exists(TempFolder))
            {
                Directory.Delete(TempFolder, recursive: true);
            }
        }
    }
}
