using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;
using Regie.Web.Data;

namespace Regie.Web.Features.Chain.Results;

/// <summary>
/// Writes learning results in bulk inside the context's current transaction, bypassing the change tracker: a delivery
/// holds up to 10,000 rows and a busy night millions. SQLite re-executes one prepared INSERT; PostgreSQL uses binary COPY.
/// </summary>
public static class ResultStore
{
    private static readonly string[] Columns =
    [
        nameof(LearningResult.Id), nameof(LearningResult.BoardId), nameof(LearningResult.SchoolId), nameof(LearningResult.PupilId),
        nameof(LearningResult.GroupId), nameof(LearningResult.SupplierId), nameof(LearningResult.CatalogItemId), nameof(LearningResult.DeliveryId),
        nameof(LearningResult.ResultKey), nameof(LearningResult.TestCode), nameof(LearningResult.TestPartCode), nameof(LearningResult.GoalCode),
        nameof(LearningResult.TakenOn), nameof(LearningResult.Score), nameof(LearningResult.MinutesSpent),
    ];

    public static async Task InsertAsync(RegieDbContext db, IReadOnlyList<LearningResult> results, CancellationToken ct)
    {
        if (results.Count == 0) return;
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("Results are written inside the delivery's transaction.");
        var entity = db.Model.FindEntityType(typeof(LearningResult))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = Columns.Select(c => entity.FindProperty(c)!.GetColumnName(table)!).ToArray();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction.GetDbTransaction();
        if (connection is NpgsqlConnection npgsql) await CopyAsync(npgsql, table.Name, columns, results, ct);
        else await InsertEachAsync((SqliteConnection)connection, (SqliteTransaction)transaction, table.Name, columns, results, ct);
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string table, string[] columns, IReadOnlyList<LearningResult> results, CancellationToken ct)
    {
        var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
        await using var copy = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({list}) FROM STDIN (FORMAT BINARY)", ct);
        // Synchronous writes fill Npgsql's buffer without a task per value; the buffer goes out as it fills.
        foreach (var r in results)
        {
            copy.StartRow();
            copy.Write(r.Id, NpgsqlDbType.Uuid);
            copy.Write(r.BoardId, NpgsqlDbType.Uuid);
            copy.Write(r.SchoolId, NpgsqlDbType.Uuid);
            copy.Write(r.PupilId, NpgsqlDbType.Uuid);
            if (r.GroupId is { } group) copy.Write(group, NpgsqlDbType.Uuid); else copy.WriteNull();
            copy.Write(r.SupplierId, NpgsqlDbType.Uuid);
            copy.Write(r.CatalogItemId, NpgsqlDbType.Uuid);
            copy.Write(r.DeliveryId, NpgsqlDbType.Uuid);
            copy.Write(r.ResultKey, NpgsqlDbType.Varchar);
            copy.Write(r.TestCode, NpgsqlDbType.Varchar);
            if (r.TestPartCode is { } part) copy.Write(part, NpgsqlDbType.Varchar); else copy.WriteNull();
            if (r.GoalCode is { } goal) copy.Write(goal, NpgsqlDbType.Varchar); else copy.WriteNull();
            copy.Write(r.TakenOn, NpgsqlDbType.Date);
            copy.Write(r.Score, NpgsqlDbType.Double);
            if (r.MinutesSpent is { } minutes) copy.Write(minutes, NpgsqlDbType.Integer); else copy.WriteNull();
        }
        await copy.CompleteAsync(ct);
    }

    private static async Task InsertEachAsync(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns,
        IReadOnlyList<LearningResult> results, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        // Guids and dates as EF Core's SQLite provider stores them: upper-case text and yyyy-MM-dd text.
        var p = columns.Select((_, i) => command.Parameters.Add($"$p{i}", i is 13 ? SqliteType.Real : i is 14 ? SqliteType.Integer : SqliteType.Text)).ToArray();
        command.Prepare();
        ct.ThrowIfCancellationRequested();
        // A delivery repeats a few board, school, group, pupil and product ids thousands of times: format each once.
        var texts = new Dictionary<Guid, string>();
        string Known(Guid id) => texts.TryGetValue(id, out var text) ? text : texts[id] = Text(id);
        // Microsoft.Data.Sqlite runs async calls synchronously anyway; the sync call saves a task per row.
        foreach (var r in results)
        {
            p[0].Value = Text(r.Id); p[1].Value = Known(r.BoardId); p[2].Value = Known(r.SchoolId); p[3].Value = Known(r.PupilId);
            p[4].Value = r.GroupId is { } group ? Known(group) : DBNull.Value;
            p[5].Value = Known(r.SupplierId); p[6].Value = Known(r.CatalogItemId); p[7].Value = Known(r.DeliveryId);
            p[8].Value = r.ResultKey; p[9].Value = r.TestCode;
            p[10].Value = (object?)r.TestPartCode ?? DBNull.Value; p[11].Value = (object?)r.GoalCode ?? DBNull.Value;
            p[12].Value = r.TakenOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            p[13].Value = r.Score;
            p[14].Value = (object?)r.MinutesSpent ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
    }

    private static string Text(Guid id) => string.Create(36, id, static (chars, value) =>
    {
        value.TryFormat(chars, out _, "D");
        for (var i = 0; i < chars.Length; i++) chars[i] = char.ToUpperInvariant(chars[i]);
    });
}
