using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ArchivePortal.Core.Records;
using ArchivePortal.Storage.Records;
using Dapper;
using static ArchivePortal.Storage.Tests.TempArchive;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// Bodies are stored Zstandard-compressed with a dictionary that the first large batch trains:
/// every body reads back as written (also in another process, which finds the dictionary in the
/// database), the database is smaller than without a dictionary, and bodies written by earlier
/// versions (Brotli) still read.
/// </summary>
public class BodyCompressionTests
{
    static readonly string[] Sentences =
    [
        "The National Library held a meeting on the preservation of ancient books.",
        "Readers can borrow up to ten books with a reader card.",
        "The archives bureau opened an exhibition of city records from the Qing dynasty.",
        "Librarians from twelve provinces attended the training course on digital resources.",
        "The reading promotion week ends with a lecture on local history.",
        "Thư viện Quốc gia Việt Nam tổ chức hội thảo về chuyển đổi số.",
        "宁波市档案馆召开全市档案工作会议，部署年度重点任务。",
        "国家图书馆举办古籍保护成果展，展出珍贵古籍二百余种。",
        "The conference discussed open access to newspapers and the protection of digital resources.",
        "Volunteers helped catalogue donated collections over the summer.",
    ];

    /// <summary>Bodies of news shape: a few sentences of a shared stock, a number and a date of their own.</summary>
    static List<ArchiveRecord> News(int count, int seed = 7)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i =>
        {
            var body = string.Join(" ", Enumerable.Range(0, 6).Select(_ => Sentences[random.Next(Sentences.Length)]))
                + $" Record {i}: {random.Next(1000, 9999)} visitors on {2000 + i % 25}-0{1 + i % 9}-1{i % 10}.";
            return Record($"n{i}", "en", $"Library news {i}", body);
        }).ToList();
    }

    static long StoredBodyBytes(TempArchive t)
    {
        using var c = t.Archive.Database.Connect();
        return c.ExecuteScalar<long>("SELECT sum(length(body)) FROM records");
    }

    [Fact]
    public void A_large_batch_trains_a_dictionary_and_another_process_reads_every_body_back()
    {
        using var t = new TempArchive();
        var news = News(BodyDictionaries.MinSamples + 50);
        t.Archive.Store.Upsert(news);

        // A second open of the file, as the portal is beside an import: it knows no dictionary but the database's.
        var other = ArchiveDatabase.Open(t.DatabasePath);
        using var c = other.Connect();
        Assert.Equal(1, c.ExecuteScalar<long>("SELECT count(*) FROM body_dictionaries"));
        var rows = c.Query<RecordRow>("SELECT * FROM records ORDER BY rowid").ToList();
        Assert.Equal(news.Select(n => n.Body), rows.Select(r => r.ToRecord(other.Bodies).Body));
    }

    [Fact]
    public void Bodies_take_far_less_room_with_the_dictionary_than_without()
    {
        var news = News(BodyDictionaries.MinSamples + 50);
        using var trained = new TempArchive();
        trained.Archive.Store.Upsert(news);
        using var alone = new TempArchive();
        // Batches too small to train from, and too few writes for a look at the stored bodies.
        foreach (var batch in news.Chunk(BodyDictionaries.MinSamples / 2)) alone.Archive.Store.Upsert(batch);
        using (var c = alone.Archive.Database.Connect()) Assert.Equal(0, c.ExecuteScalar<long>("SELECT count(*) FROM body_dictionaries"));

        Assert.Equal(news[^1].Body, alone.Archive.Store.Get(news[^1].Id)!.Record.Body);
        Assert.True(StoredBodyBytes(trained) < StoredBodyBytes(alone) / 2,
            $"with a dictionary {StoredBodyBytes(trained)} bytes, without {StoredBodyBytes(alone)}");
    }

    [Fact]
    public void Records_written_a_few_at_a_time_get_a_dictionary_once_the_database_holds_enough()
    {
        using var t = new TempArchive();
        var news = News(2 * BodyDictionaries.MinSamples);
        foreach (var batch in news.Chunk(3)) t.Archive.Store.Upsert(batch); // as a crawl writes
        using var c = t.Archive.Database.Connect();
        Assert.Equal(1, c.ExecuteScalar<long>("SELECT count(*) FROM body_dictionaries"));
        // The newest bodies name the dictionary (bytes 1-4 of the Zstandard format); the first ones, written before it, none.
        var newest = c.ExecuteScalar<byte[]>("SELECT body FROM records ORDER BY rowid DESC LIMIT 1")!;
        var first = c.ExecuteScalar<byte[]>("SELECT body FROM records ORDER BY rowid LIMIT 1")!;
        Assert.NotEqual(0, BinaryPrimitives.ReadInt32LittleEndian(newest.AsSpan(1)));
        Assert.Equal(0, BinaryPrimitives.ReadInt32LittleEndian(first.AsSpan(1)));
        Assert.Equal(news.Select(n => n.Body), news.Select(n => t.Archive.Store.Get(n.Id)!.Record.Body));
    }

    [Fact]
    public void A_body_stored_as_brotli_by_an_earlier_version_still_reads()
    {
        using var t = new TempArchive().With(Record("old", "en", "An older record", "placeholder"));
        const string text = "Stored before bodies were Zstandard: one format byte, the UTF-8 length, Brotli. 国家图书馆。";
        var utf8 = Encoding.UTF8.GetBytes(text);
        var brotli = new byte[BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        Assert.True(BrotliEncoder.TryCompress(utf8, brotli, out var written, 4, 22));
        var stored = new byte[5 + written];
        stored[0] = 1;
        BinaryPrimitives.WriteInt32LittleEndian(stored.AsSpan(1), utf8.Length);
        brotli.AsSpan(0, written).CopyTo(stored.AsSpan(5));
        using (var c = t.Archive.Database.Connect()) c.Execute("UPDATE records SET body = @stored WHERE id = 'old'", new { stored });

        Assert.Equal(text, t.Archive.Store.Get("old")!.Record.Body);
    }

    [Fact]
    public void A_body_whose_dictionary_is_gone_is_reported_as_damaged_not_read_as_something_else()
    {
        using var t = new TempArchive();
        var news = News(BodyDictionaries.MinSamples);
        t.Archive.Store.Upsert(news);
        using (var c = t.Archive.Database.Connect()) c.Execute("DELETE FROM body_dictionaries");

        var other = ArchiveDatabase.Open(t.DatabasePath);
        using var oc = other.Connect();
        var row = oc.QuerySingle<RecordRow>("SELECT * FROM records WHERE id = 'n0'");
        var e = Assert.Throws<InvalidDataException>(() => row.ToRecord(other.Bodies));
        Assert.Contains("dictionary", e.Message);
    }
}
