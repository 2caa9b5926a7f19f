using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Attain.Tokens;

/// <summary>
/// A signing key generated on this machine for local use, in the spirit of `dotnet user-jwts`: 256 random bits
/// in a file only the user can read, created on first use. `attain token` signs with it and the web app
/// validates with it, so both must find the same file: $ATTAIN_SIGNING_KEY, else ~/.attain/signing-key.
/// Production configures an OpenID Connect authority instead and never reads this file.
/// </summary>
public static class LocalSigningKey
{
    public const string EnvironmentVariable = "ATTAIN_SIGNING_KEY";

    public static string DefaultPath =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } path
            ? path
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".attain", "signing-key");

    public static SymmetricSecurityKey LoadOrCreate(string? path = null)
    {
        path ??= DefaultPath;
        if (!File.Exists(path))
        {
            Create(path);
        }

        var key = Convert.FromBase64String(File.ReadAllText(path).Trim());
        if (key.Length < 32)
        {
            throw new InvalidOperationException($"The signing key in {path} is shorter than 256 bits; delete the file to have a new one made.");
        }

        return new SymmetricSecurityKey(key) { KeyId = "attain-local" };
    }

    private static void Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var text = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        // CreateNew: two processes starting at once must not overwrite each other's key.
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            using var writer = new StreamWriter(stream);
            writer.Write(text);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process made it first: use theirs.
        }
    }
}
