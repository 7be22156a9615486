using Regie.Web.Infrastructure.Curriculum;

namespace Regie.Web.Features.Market.Catalog;

public sealed record Code(string Key, string Label, string? Group = null);

/// <summary>The fixed lists catalogue items are described with. Keys are stable; labels are what users read.</summary>
public static class CodeLists
{
    public static readonly IReadOnlyList<Code> Subjects =
    [
        new("rekenen-wiskunde", "Rekenen en wiskunde"), new("nederlands", "Nederlandse taal"), new("lezen", "Lezen"),
        new("spelling", "Spelling"), new("engels", "Engels"), new("frans", "Frans"), new("duits", "Duits"),
        new("aardrijkskunde", "Aardrijkskunde"), new("geschiedenis", "Geschiedenis"), new("biologie", "Biologie"),
        new("natuur-techniek", "Natuur en techniek"), new("natuurkunde", "Natuurkunde"), new("scheikunde", "Scheikunde"),
        new("economie", "Economie"), new("wereldorientatie", "Wereldoriëntatie"), new("burgerschap", "Burgerschap"),
        new("digitale-geletterdheid", "Digitale geletterdheid"), new("kunst-cultuur", "Kunst en cultuur"),
        new("muziek", "Muziek"), new("bewegingsonderwijs", "Bewegingsonderwijs"), new("levensbeschouwing", "Levensbeschouwing"),
        new("loopbaanorientatie", "Loopbaanoriëntatie"), new("sociaal-emotioneel", "Sociaal-emotionele ontwikkeling"),
    ];

    public static readonly IReadOnlyList<Code> Levels =
    [
        .. Enumerable.Range(1, 8).Select(g => new Code($"groep-{g}", $"Groep {g}", "Primair onderwijs")),
        .. Enumerable.Range(1, 4).Select(y => new Code($"vmbo-{y}", $"vmbo leerjaar {y}", "vmbo")),
        .. Enumerable.Range(1, 5).Select(y => new Code($"havo-{y}", $"havo leerjaar {y}", "havo")),
        .. Enumerable.Range(1, 6).Select(y => new Code($"vwo-{y}", $"vwo leerjaar {y}", "vwo")),
        .. Enumerable.Range(1, 4).Select(n => new Code($"mbo-{n}", $"mbo niveau {n}", "mbo")),
    ];

    public static readonly IReadOnlyList<Code> Certifications =
    [
        new("iso-27001", "ISO 27001"), new("nen-7510", "NEN 7510"), new("iso-9001", "ISO 9001"),
        new("soc-2", "SOC 2"), new("iso-27701", "ISO 27701"),
    ];

    /// <summary>The curriculum goals items can name; the current version of each shipped code list.</summary>
    public static IReadOnlyList<Code> LearningGoals => CurriculumGoals.Current.Select(g => new Code(g.Code, $"{g.Number}. {g.Topic}", g.Domain)).ToList();

    private static readonly Dictionary<string, string> SubjectLabels = Subjects.ToDictionary(s => s.Key, s => s.Label);
    private static readonly Dictionary<string, string> LevelLabels = Levels.ToDictionary(s => s.Key, s => s.Label);
    private static readonly Dictionary<string, string> CertificationLabels = Certifications.ToDictionary(s => s.Key, s => s.Label);

    public static bool IsSubject(string key) => SubjectLabels.ContainsKey(key);
    public static bool IsLevel(string key) => LevelLabels.ContainsKey(key);
    public static bool IsCertification(string key) => CertificationLabels.ContainsKey(key);
    public static bool IsLearningGoal(string key) => CurriculumGoals.Find(key) is not null;

    public static string SubjectLabel(string key) => SubjectLabels.GetValueOrDefault(key, key);
    public static string LevelLabel(string key) => LevelLabels.GetValueOrDefault(key, key);
    public static string CertificationLabel(string key) => CertificationLabels.GetValueOrDefault(key, key);
}
