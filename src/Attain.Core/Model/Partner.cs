namespace Attain.Core.Model;

public sealed record Partner(PartnerId Id, string Name, CountryCode Country);
