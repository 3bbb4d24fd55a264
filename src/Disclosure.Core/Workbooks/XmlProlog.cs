using System.Buffers;

namespace Disclosure.Workbooks;

/// <summary>
/// Finds a document type declaration in an XML part's raw bytes before any parser sees them. A DTD can
/// only stand in the prolog (before the root element), so the scan stops at the root: cheap for every part.
/// </summary>
internal static class XmlProlog
{
    private enum State { Between, AfterLt, InInstruction, InstructionQuestion, AfterBang, CommentDash, InComment, CommentEnd1, CommentEnd2 }

    public static bool HasDtd(Stream part)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            var state = State.Between;
            int n;
            while ((n = part.Read(buffer, 0, buffer.Length)) > 0)
            {
                foreach (var b in buffer.AsSpan(0, n))
                {
                    // Zero bytes are the other half of UTF-16 ASCII characters; byte-order marks are not markup.
                    if (b is 0 or 0xEF or 0xBB or 0xBF or 0xFE or 0xFF)
                    {
                        continue;
                    }

                    switch (state)
                    {
                        case State.Between:
                            state = b == '<' ? State.AfterLt : State.Between;
                            break;
                        case State.AfterLt:
                            if (b == '?')
                            {
                                state = State.InInstruction;
                            }
                            else if (b == '!')
                            {
                                state = State.AfterBang;
                            }
                            else
                            {
                                return false; // the root element: no DTD came before it
                            }

                            break;
                        case State.InInstruction:
                            state = b == '?' ? State.InstructionQuestion : State.InInstruction;
                            break;
                        case State.InstructionQuestion:
                            state = b == '>' ? State.Between : b == '?' ? State.InstructionQuestion : State.InInstruction;
                            break;
                        case State.AfterBang:
                            if (b != '-')
                            {
                                return true; // <!DOCTYPE (or <!ENTITY, <![CDATA[, equally out of place here)
                            }

                            state = State.CommentDash;
                            break;
                        case State.CommentDash:
                            state = State.InComment;
                            break;
                        case State.InComment:
                            state = b == '-' ? State.CommentEnd1 : State.InComment;
                            break;
                        case State.CommentEnd1:
                            state = b == '-' ? State.CommentEnd2 : State.InComment;
                            break;
                        case State.CommentEnd2:
                            state = b == '>' ? State.Between : b == '-' ? State.CommentEnd2 : State.InComment;
                            break;
                    }
                }
            }

            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
