using static ArchivePortal.Storage.Tests.TempArchive;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// Vietnamese writes a tone mark on either vowel of oa, oe, uy (hoá / hóa, Thuý / Thúy): the old and
/// the new placement are one spelling in the text, in names and in filters.
/// </summary>
public class VietnameseTonePlacementTests
{
    static TempArchive Corpus() => new TempArchive().With(
        Record("vi-old", "vi", "Hội thảo số hoá tài liệu hành chính", "Bà Hoàng Thuý Hằng trình bày kế hoạch số hoá và hoà nhập dữ liệu.", "2023-05-04",
            "Thư viện tỉnh Hoà Bình", persons: ["Hoàng Thuý Hằng"]),
        Record("vi-new", "vi", "Tập huấn số hóa cho cán bộ", "Bà Hoàng Thúy Hằng hướng dẫn số hóa tài liệu tại Hòa Bình.", "2024-08-19",
            "Thư viện tỉnh Hòa Bình", persons: ["Hoàng Thúy Hằng"]),
        Record("vi-other", "vi", "Ngày sách tại thư viện", "Thư viện tổ chức Ngày Sách cho thiếu nhi.", "2024-04-21", "Thư viện Hà Nội"));

    [Theory]
    [InlineData("số hoá")]
    [InlineData("số hóa")]
    [InlineData("Hoàng Thuý Hằng")]
    [InlineData("Hoàng Thúy Hằng")]
    [InlineData("person:\"Hoàng Thuý Hằng\"")]
    [InlineData("person:\"Hoàng Thúy Hằng\"")]
    [InlineData("institution:\"Thư viện tỉnh Hoà Bình\"")]
    [InlineData("institution:\"Thư viện tỉnh Hòa Bình\"")]
    public void Either_placement_finds_both_records(string query)
    {
        using var t = Corpus();
        Assert.Equal(["vi-new", "vi-old"], t.Ids(query).Order());
    }
}
