using System.Collections.Frozen;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// Words OpenCC's Taiwan phrase table (tw2sp) must not rewrite. The table comes from software
/// localization, and some of its entries swap a word of everyday and archival Chinese for a computing
/// term: 檔案 (archives) → 文件 (a file), 資料 (materials) → 数据 (data), 啟用 (to open a building) → 激活.
/// Such a word is folded character by character instead, which already gives the mainland word of the
/// same meaning (档案, 资料, 启用). Matched inside a word before OpenCC sees it, longest first.
/// </summary>
internal static class OpenCcExceptions
{
    static readonly string[] Words =
    [
        // The folded word is the mainland word of the same meaning; OpenCC's would be another one.
        "檔案", "存檔", "資料", "執行", "啟用", "互動", "設定", "查詢", "複製", "儲存", "簡報", "進階",
        "離線", "即時", "模擬", "類比", "通訊", "傳送", "呼叫", "裝置", "檢視", "相簿", "物件", "指標",
        "聯絡", "開啟",
        "獅子山", // Lion Rock in Hong Kong, not Sierra Leone
        // Written alike in both scripts and common on the mainland in another sense than OpenCC's.
        "程序", "文件", "建立", "新增", "核心", "行程", "整合", "智慧", "影像", "序列", "批次", "通道",
        "效能", "社群", "支援", "宣告", "停用", "向量", "方程式", "文字",
        "埠", // a trading port (商埠), not a network port
        "尼日", // inside 尼日利亚 (Nigeria) it would become Niger
        // 影片 is a film on the mainland and both a film and a video in Taiwan: 影片 → 视频 would let a
        // search for video (视频) find film screenings. It stays 影片, which finds 影片 in every region;
        // Taiwan's 視訊 (video) still folds to 视频.
        "影片",
    ];

    static readonly FrozenSet<string> Set = Words.ToFrozenSet(StringComparer.Ordinal);
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Set.GetAlternateLookup<ReadOnlySpan<char>>();
    static readonly int Longest = Words.Max(w => w.Length);

    /// <summary>Part of the analysis fingerprint.</summary>
    public static string Fingerprint { get; } = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(string.Join('\n', Words))))[..8];

    /// <summary>Length of the exception that starts at <paramref name="start"/>, or 0.</summary>
    public static int MatchAt(ReadOnlySpan<char> text, int start)
    {
        for (int length = Math.Min(Longest, text.Length - start); length >= 1; length--)
            if (Lookup.Contains(text.Slice(start, length))) return length;
        return 0;
    }
}
