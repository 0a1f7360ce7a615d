namespace ArchivePortal.Ingest.Intake.Reading;

/// <summary>Turns one file into records (or failures). Implementations never throw for bad input.</summary>
public interface IRecordReader
{
    /// <summary>True when this reader handles files like <paramref name="path"/> (decided by extension).</summary>
    bool CanRead(string path);

    /// <summary>The records in the file, and a failure for each part that could not be read.</summary>
    IEnumerable<ReadResult> Read(string path);
}
