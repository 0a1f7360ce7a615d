using ArchivePortal.Core.Records;
using ArchivePortal.Storage.Records;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// The content hash every stored record carries: re-importing an unchanged file compares against
/// it, so the hash of a record must never change, or every record would be written again.
/// </summary>
public sealed class ContentHashTests
{
    [Fact]
    public void A_record_hashes_as_databases_already_store_it()
    {
        var record = new ArchiveRecord
        {
            Id = "h1",
            Title = "国家图书馆 Thư viện Quốc gia 📚",
            Body = string.Concat(Enumerable.Repeat("古籍保护工作会议在北京召开。The library reopens. ", 200)) + "\uD83D", // ends with a lone high surrogate
            Language = "zh",
            Date = new DateOnly(2021, 3, 4),
            Institution = null,
            SourceUrl = "https://example.org/news/1",
            Persons = ["张三", "Nguyễn Văn A"],
            Topics = ["古籍"],
        };
        // The hashes that stored records carry (computed by the code of commit 9868f40).
        Assert.Equal("0F6DC821E70D96568CBC5018F3A28A94", IndexedRecord.Hash(record));
        Assert.Equal("77FE58AF56DA302003F02C6C1EE29E4F", IndexedRecord.Hash(new ArchiveRecord { Id = "h2", Title = "", Body = "", Language = "en" }));
    }
}
