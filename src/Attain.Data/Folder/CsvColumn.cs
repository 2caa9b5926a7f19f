namespace Attain.Data.Folder;

/// <summary>A column of a CSV file: its name, for problems, and where it is in this file's header, for reading.</summary>
internal readonly record struct CsvColumn(string Name, int Index);
