namespace Regie.Web.Features.Procurement.Projects;

public sealed partial class Requirement
{
    public bool IsArchived => ArchivedAt is not null;

    /// <summary>E3 or W5: the next number of its kind, never reusing the code of an archived line.</summary>
    public static string CodeFor(RequirementKind kind, int existingOfKind) => (kind == RequirementKind.KnockOut ? "E" : "W") + (existingOfKind + 1);

    public void Archive(DateTimeOffset now)
    {
        if (IsArchived) throw new InvalidOperationException("The requirement is archived already.");
        ArchivedAt = now;
    }

    public void Restore()
    {
        if (!IsArchived) throw new InvalidOperationException("The requirement is not archived.");
        ArchivedAt = null;
    }
}

public sealed partial class ProjectSupplier
{
    /// <summary>Chosen for the invitation that goes out when the project is published.</summary>
    [System.ComponentModel.DataAnnotations.Display(Name = "Uitnodigen")] public bool Selected { get; set; }

    public void MarkForInvitation(bool marked)
    {
        if (Status is not (InvitationStatus.LongList)) throw new InvalidOperationException("Only a supplier on the long list can be marked.");
        Selected = marked;
    }

    /// <summary>Sends the invitation: from now on the supplier reads the project through its portal.</summary>
    public void Invite(DateTimeOffset now)
    {
        if (Status != InvitationStatus.LongList) throw new InvalidOperationException("Only a supplier on the long list can be invited.");
        Status = InvitationStatus.Invited;
        InvitedAt = now;
    }

    public void Decline(string reason)
    {
        if (Status != InvitationStatus.Invited) throw new InvalidOperationException("Only an invited supplier can decline.");
        Status = InvitationStatus.Declined;
        Note = reason.Trim();
    }

    public void Remove(string reason)
    {
        if (Status != InvitationStatus.LongList) throw new InvalidOperationException("Only a supplier on the long list can be removed.");
        Status = InvitationStatus.Removed;
        Selected = false;
        Note = reason.Trim();
    }
}

public sealed partial class ProjectQuestion
{
    public bool IsPublished => PublishedAt is not null;

    public void AnswerWith(string answer)
    {
        if (IsPublished) throw new InvalidOperationException("A published answer cannot be changed.");
        Answer = answer.Trim();
    }

    /// <summary>From this moment every invited supplier reads the question and its answer, without the asker's name.</summary>
    public void Publish(DateTimeOffset now)
    {
        if (IsPublished) throw new InvalidOperationException("The question is published already.");
        if (Kind == QuestionKind.Question && string.IsNullOrWhiteSpace(Answer)) throw new InvalidOperationException("Answer the question before publishing it.");
        PublishedAt = now;
    }
}
