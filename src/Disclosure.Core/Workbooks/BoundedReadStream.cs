using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.Workbooks;

/// <summary>What a package may still inflate in total, shared by all the parts read from it.</summary>
internal sealed class InflationBudget(long total)
{
    public long Remaining { get; private set; } = total;

    public void Spend(int bytes)
    {
        Remaining -= bytes;
        if (Remaining < 0)
        {
            throw new ReadRefusal(Rules.FileZipBomb.Raise());
        }
    }
}

/// <summary>
/// Reads an inflating part and stops at the limit, whatever size the zip directory declared: a zip bomb's
/// declared sizes are lies, so the bytes themselves are counted.
/// </summary>
internal sealed class BoundedReadStream(Stream inner, long maxBytes, InflationBudget budget) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _read += n;
        if (_read > maxBytes)
        {
            throw new ReadRefusal(Rules.FileZipBomb.Raise());
        }

        budget.Spend(n);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
