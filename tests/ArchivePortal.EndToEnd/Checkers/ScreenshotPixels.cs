using System.IO.Compression;

namespace ArchivePortal.EndToEnd.Checkers;

/// <summary>
/// The pixels of a Chromium screenshot (an 8-bit RGB or RGBA PNG, not interlaced), decoded here
/// because the test projects carry no imaging library.
/// </summary>
public sealed class ScreenshotPixels
{
    public int Width { get; }
    public int Height { get; }
    readonly byte[] rgb;

    ScreenshotPixels(int width, int height, byte[] rgb) => (Width, Height, this.rgb) = (width, height, rgb);

    public (byte R, byte G, byte B) this[int x, int y]
    {
        get { var i = (y * Width + x) * 3; return (rgb[i], rgb[i + 1], rgb[i + 2]); }
    }

    public static ScreenshotPixels Decode(byte[] png)
    {
        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (int at = 8; at < png.Length;)
        {
            var length = (png[at] << 24) | (png[at + 1] << 16) | (png[at + 2] << 8) | png[at + 3];
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            if (type == "IHDR")
            {
                width = ReadInt(png, at + 8);
                height = ReadInt(png, at + 12);
                if (png[at + 16] != 8 || png[at + 20] != 0) throw new NotSupportedException("only 8-bit, non-interlaced screenshots");
                channels = png[at + 17] switch { 2 => 3, 6 => 4, var c => throw new NotSupportedException("PNG colour type " + c) };
            }
            else if (type == "IDAT") compressed.Write(png, at + 8, length);
            at += 12 + length;
        }
        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress)) zlib.CopyTo(inflated);
        return new ScreenshotPixels(width, height, Unfilter(inflated.ToArray(), width, height, channels));
    }

    static int ReadInt(byte[] b, int at) => (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];

    /// <summary>Undoes PNG's per-row filters (None, Sub, Up, Average, Paeth) and drops alpha.</summary>
    static byte[] Unfilter(byte[] data, int width, int height, int channels)
    {
        var stride = width * channels;
        var previous = new byte[stride];
        var row = new byte[stride];
        var rgb = new byte[width * height * 3];
        for (int y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            Array.Copy(data, y * (stride + 1) + 1, row, 0, stride);
            for (int i = 0; i < stride; i++)
            {
                int left = i >= channels ? row[i - channels] : 0, up = previous[i], upLeft = i >= channels ? previous[i - channels] : 0;
                row[i] = (byte)(row[i] + filter switch
                {
                    0 => 0, 1 => left, 2 => up, 3 => (left + up) / 2, 4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException("PNG filter " + filter),
                });
            }
            for (int x = 0; x < width; x++)
                for (int c = 0; c < 3; c++) rgb[(y * width + x) * 3 + c] = row[x * channels + c];
            (previous, row) = (row, previous);
        }
        return rgb;
    }

    static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    /// <summary>WCAG's contrast ratio of two sRGB colours, 1 to 21.</summary>
    public static double Contrast((byte R, byte G, byte B) a, (byte R, byte G, byte B) b)
    {
        double l1 = Luminance(a), l2 = Luminance(b);
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }

    static double Luminance((byte R, byte G, byte B) c) => 0.2126 * Linear(c.R) + 0.7152 * Linear(c.G) + 0.0722 * Linear(c.B);

    static double Linear(byte v)
    {
        var s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
    }
}
