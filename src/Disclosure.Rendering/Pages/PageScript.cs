namespace Disclosure.Rendering.Pages;

/// <summary>
/// A script a page ships inline, allowed by its hash in the page's Content-Security-Policy. Only this class makes one
/// (private constructor, fixed text), so no text from a file or a request can ever be written out as a script. Every
/// page works without its script: a script only makes something easier.
/// </summary>
public sealed class PageScript
{
    private PageScript(string text) => Text = text;

    public string Text { get; }

    /// <summary>
    /// The office page's upload form also takes a file dropped onto it: the drop sets the form's file input, and the
    /// clerk still presses the button (the plain form POST, as without script).
    /// </summary>
    public static PageScript DropToUpload { get; } = new(
        "(function(){var f=document.querySelector('form.upload'),i=document.getElementById('file');" +
        "if(!f||!i||!window.DataTransfer){return;}" +
        "f.addEventListener('dragover',function(e){e.preventDefault();f.classList.add('dragging');});" +
        "f.addEventListener('dragleave',function(){f.classList.remove('dragging');});" +
        "f.addEventListener('drop',function(e){e.preventDefault();f.classList.remove('dragging');" +
        "if(e.dataTransfer&&e.dataTransfer.files.length===1){i.files=e.dataTransfer.files;}});})();");
}
