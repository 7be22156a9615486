using Regie.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Needs.WorkingGroups;

public sealed partial class DetailsModel
{
    [BindProperty] public NoteInput Note { get; set; } = new();

    /// <summary>Adds a note, or with Note.NoteId saves the edit of one; an edit carries its Version like every edit.</summary>
    public async Task<IActionResult> OnPostSaveNoteAsync(Guid id, CancellationToken ct)
    {
        if (!await MayManageAsync()) return Forbid();
        if (await db.WorkingGroups.FindAsync([id], ct) is not { } group) return NotFound();
        KeepErrorsOf("Note.");
        if (group.IsArchived) ModelState.AddModelError("", "Een gearchiveerde werkgroep krijgt geen verslagen. Maak de werkgroep eerst weer actief.");
        if (!string.IsNullOrWhiteSpace(Note.MeetingDate) && Note.ParsedDate is null)
            ModelState.AddModelError("Note.MeetingDate", "Vul een geldige datum in, bijvoorbeeld 2-11-2026.");
        if (!ModelState.IsValid) return await RedisplayAsync(id, ct);

        MeetingNote note;
        if (Note.NoteId is { } noteId)
        {
            if (await db.MeetingNotes.SingleOrDefaultAsync(n => n.Id == noteId && n.WorkingGroupId == id, ct) is not { } stored) return NotFound();
            if (stored.Version != Note.Version) return await NoteConflictAsync(id, stored, ct);
            note = stored;
        }
        else
        {
            note = new MeetingNote { BoardId = group.BoardId, WorkingGroupId = id, AuthorName = tenant.UserName };
            db.MeetingNotes.Add(note);
        }
        note.Rewrite(Note.ParsedDate!.Value, Note.Text, Note.Decisions);
        if (!await db.SaveIfUnchangedAsync(note, Note.NoteId is null ? null : Note.Version, ct))
        {
            return await NoteConflictAsync(id, await db.MeetingNotes.AsNoTracking().SingleAsync(n => n.Id == note.Id, ct), ct);
        }
        TempData["Status"] = Note.NoteId is null ? "Het verslag is toegevoegd." : "Het verslag is bijgewerkt.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> NoteConflictAsync(Guid id, MeetingNote stored, CancellationToken ct)
    {
        var result = await RedisplayAsync(id, ct);
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("dit verslag"));
        Verslag = stored.Id;
        Note.Version = stored.Version;
        ConflictingNote = stored;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return result;
    }

    /// <summary>What is stored now, shown next to the user's own text after a conflict.</summary>
    public MeetingNote? ConflictingNote { get; private set; }
}
