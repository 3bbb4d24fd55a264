using System.Text;

namespace Disclosure.Reading;

/// <summary>Decodes a text file as UTF-8 (with or without BOM) or GB18030, and refuses binary content.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool TryDecode(byte[] content, out string text)
    {
        text = string.Empty;
        var span = content.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[3..];
        }

        if (span.IndexOf((byte)0) >= 0)
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            try
            {
                decoded = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(span);
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }

        if (!LooksLikeText(decoded))
        {
            return false;
        }

        text = decoded;
        return true;
    }

    // GB18030 decodes nearly any byte sequence, so binary garbage is told apart by its control characters.
    private static bool LooksLikeText(string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\r' or '\n' or '\t' or '\f'))
            {
                control++;
            }
        }

        return control <= Math.Max(2, text.Length / 100);
    }
}
