using ArchivePortal.Storage.Index;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ArchivePortal.Storage.Tests;

/// <summary>Merges read the index through buffers and searches through memory maps: both must see the same documents.</summary>
public class SearchMappedDirectoryTests : IDisposable
{
    readonly DirectoryInfo folder = System.IO.Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mapped-" + Guid.NewGuid().ToString("N")));

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void Segments_merged_into_one_keep_every_document_and_its_words()
    {
        using var directory = new SearchMappedDirectory(folder, new SingleInstanceLockFactory());
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(LuceneVersion.LUCENE_48));
        using (var writer = new IndexWriter(directory, config))
        {
            // Small segments are compound files: a merge reads them through the slicer.
            for (int segment = 0; segment < 12; segment++)
            {
                for (int i = 0; i < 50; i++)
                    writer.AddDocument([new StringField("id", $"{segment}-{i}", Field.Store.YES), new TextField("body", $"archive record{i} segment{segment}", Field.Store.NO)]);
                writer.Commit();
            }
            writer.ForceMerge(1);
        }
        using var reader = DirectoryReader.Open(directory);
        Assert.Single(reader.Leaves);
        var searcher = new IndexSearcher(reader);
        Assert.Equal(600, searcher.Search(new TermQuery(new Term("body", "archive")), 1).TotalHits);
        Assert.Equal(12, searcher.Search(new TermQuery(new Term("body", "record7")), 1).TotalHits);
        var hit = searcher.Search(new PhraseQuery { new Term("body", "record7"), new Term("body", "segment11") }, 1);
        Assert.Equal("11-7", searcher.Doc(hit.ScoreDocs.Single().Doc).Get("id"));
    }

    /// <summary>
    /// A merge's reads are buffered, so that the segments it reads do not count as the process's
    /// memory; a search's are mapped, because buffered reads made searches 1.8 times slower.
    /// </summary>
    [Fact]
    public void Merges_read_through_buffers_and_searches_through_maps()
    {
        var directory = new SearchMappedDirectory(folder, new SingleInstanceLockFactory());
        using (var output = directory.CreateOutput("file", IOContext.DEFAULT))
            output.WriteBytes(new byte[10_000], 10_000);
        var merge = new IOContext(new MergeInfo(1, 10_000, false, 1));
        using (var merging = directory.OpenInput("file", merge))
        using (var searching = directory.OpenInput("file", IOContext.READ))
        using (var slicer = directory.CreateSlicer("file", merge))
        using (var slice = slicer.OpenSlice("part", 0, 100))
        {
            Assert.IsAssignableFrom<BufferedIndexInput>(merging);
            Assert.IsAssignableFrom<BufferedIndexInput>(slice);
            Assert.IsAssignableFrom<ByteBufferIndexInput>(searching);
            Assert.Equal(10_000, merging.Length);
        }
        directory.Dispose();
        Assert.Throws<ObjectDisposedException>(() => directory.OpenInput("file", merge));
    }

    /// <summary>
    /// Positions (read only by phrases) are read with positioned reads through a buffer, so that
    /// the pages near each one read do not count as the process's memory; clones read one file
    /// handle at once, each from where it stands.
    /// </summary>
    [Fact]
    public void Positions_are_read_through_buffers_by_clones_at_once()
    {
        using var directory = new SearchMappedDirectory(folder, new SingleInstanceLockFactory());
        var bytes = Enumerable.Range(0, 50_000).Select(i => (byte)(i * 7 + i / 256)).ToArray();
        using (var output = directory.CreateOutput("_0_Lucene41_0.pos", IOContext.DEFAULT))
            output.WriteBytes(bytes, bytes.Length);
        using var positions = directory.OpenInput("_0_Lucene41_0.pos", IOContext.READ);
        Assert.IsType<PositionedReadInput>(positions);
        Assert.Equal(bytes.Length, positions.Length);

        // Each clone reads from its own place, across buffer boundaries, while the others read too.
        Parallel.For(0, 8, t =>
        {
            var clone = (IndexInput)positions.Clone();
            var random = new Random(t);
            for (int n = 0; n < 200; n++)
            {
                int at = random.Next(bytes.Length - 5_000), length = random.Next(1, 5_000);
                clone.Seek(at);
                var read = new byte[length];
                clone.ReadBytes(read, 0, length);
                Assert.Equal(bytes.AsSpan(at, length).ToArray(), read);
                Assert.Equal(bytes[at + length], clone.ReadByte());
            }
        });
        positions.Seek(bytes.Length - 2);
        Assert.ThrowsAny<IOException>(() => positions.ReadBytes(new byte[10], 0, 10));
    }
}
