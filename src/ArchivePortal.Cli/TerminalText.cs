namespace ArchivePortal.Cli;

/// <summary>
/// Text from records on its way to a terminal: control characters (C0, DEL, C1, so ESC and every
/// escape sequence it starts) become nothing or a space. A title must not move the cursor, set the
/// window title or recolour the screen of whoever searches.
/// </summary>
internal static class TerminalText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(char.IsControl)) return text ?? "";
        return new string(text.Select(c => c is '\t' or '\n' or '\r' ? ' ' : c).Where(c => !char.IsControl(c)).ToArray());
    }
}
