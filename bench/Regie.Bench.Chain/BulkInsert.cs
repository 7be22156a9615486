using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;
using Regie.Web.Features.Chain;
using Regie.Web.Features.Chain.Results;

namespace Regie.Bench.Chain;

/// <summary>
/// The floor for ingesting results: the same rows the API run delivers, written straight into LearningResults (with all
/// its indexes) the fastest plain way each database has — SQLite one prepared INSERT in one transaction, PostgreSQL a
/// binary COPY. Only the write is timed; the rows are built in memory first. Columns come from the app's EF model, so a
/// column added to LearningResult is written too. Afterwards the rows are deleted again (and the space reclaimed) so the
/// API run starts from the same table, unless <c>--keep 1</c> keeps them for the dashboard.
/// </summary>
public static class BulkInsert
{
    public static async Task<int> RunAsync(BenchDatabase database, Guid ruleId, int count, bool keep)
    {
        var rule = await database.RuleAsync(ruleId);
        var pupils = await GeneratedResults.PupilsAsync(database, rule);
        if (pupils.Count == 0) throw new InvalidOperationException("The sharing rule covers no pupils.");
        var now = DateTimeOffset.UtcNow;

        // Results point at a delivery; the baseline has one of its own.
        var delivery = new ResultDelivery
        {
            BoardId = rule.BoardId, SupplierId = rule.SupplierId, CatalogItemId = rule.CatalogItemId,
            ContentHash = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), Format = ResultFormat.Json,
            ResultCount = count, PupilCount = pupils.Count, ReceivedVia = "Benchmark: bulk insert", ReceivedAt = now,
        };
        IEntityType entity;
        await using (var db = database.Context())
        {
            db.Add(delivery);
            await db.SaveChangesAsync();
            entity = db.Model.FindEntityType(typeof(LearningResult))!;
        }
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var rows = GeneratedResults.Generate(count, pupils.Count, today).Select(r => new LearningResult
        {
            BoardId = rule.BoardId, SchoolId = pupils[r.Pupil].SchoolId, PupilId = pupils[r.Pupil].Id, GroupId = pupils[r.Pupil].GroupId,
            SupplierId = rule.SupplierId, CatalogItemId = rule.CatalogItemId, DeliveryId = delivery.Id, ResultKey = r.Key,
            TestCode = GeneratedResults.Tests[r.Test].Code, GoalCode = GeneratedResults.Tests[r.Test].Goal, TakenOn = r.TakenOn,
            Score = r.Score, MinutesSpent = r.Minutes,
        }).ToList();
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Select(p => new Column(p.GetColumnName(table)!, p.GetGetter(), p.GetTypeMapping().Converter)).ToList();
        GC.Collect();

        var watch = Stopwatch.StartNew();
        if (database.IsPostgres) await CopyAsync(database, table.Name, columns, rows);
        else Insert(database, table.Name, columns, rows);
        var seconds = watch.Elapsed.TotalSeconds;

        // Read back through EF: a wrong value format (a Guid as a blob, a date as a number) would not match here.
        int stored, firstPupil;
        await using (var db = database.Context())
        {
            stored = await db.LearningResults.CountAsync(r => r.DeliveryId == delivery.Id);
            var first = rows[0].PupilId;
            firstPupil = await db.LearningResults.CountAsync(r => r.PupilId == first && r.TakenOn <= today);
        }
        if (stored != count || firstPupil != rows.Count(r => r.PupilId == rows[0].PupilId))
            throw new InvalidOperationException($"The bulk insert stored {stored} rows ({firstPupil} for the first pupil); expected {count}.");

        var cleanup = Stopwatch.StartNew();
        if (!keep) await DeleteAsync(database, delivery.Id);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BENCH rows={count} pupils={pupils.Count} columns={columns.Count} bulk_s={seconds:F3} rows_per_s={count / seconds:F0} " +
            $"kept={(keep ? 1 : 0)} cleanup_s={cleanup.Elapsed.TotalSeconds:F1}"));
        return 0;
    }

    private sealed record Column(string Name, IClrPropertyGetter Getter, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter)
    {
        public object? Value(LearningResult row)
        {
            var value = Getter.GetClrValue(row);
            return value is null || Converter is null ? value : Converter.ConvertToProvider(value);
        }
    }

    private static string Quoted(string name) => "\"" + name + "\"";

    private static void Insert(BenchDatabase database, string table, List<Column> columns, List<LearningResult> rows)
    {
        using var connection = new SqliteConnection(database.Connection);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {Quoted(table)} ({string.Join(", ", columns.Select(c => Quoted(c.Name)))}) " +
                             $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var parameters = columns.Select((_, i) => insert.Parameters.Add("$p" + i, SqliteType.Text)).ToArray();
        insert.Prepare();
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                // As EF Core stores them on SQLite: Guids as upper-case text, dates as yyyy-MM-dd.
                var (value, type) = columns[c].Value(row) switch
                {
                    null => ((object)DBNull.Value, SqliteType.Text),
                    Guid g => (g.ToString().ToUpperInvariant(), SqliteType.Text),
                    DateOnly d => (d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), SqliteType.Text),
                    string s => (s, SqliteType.Text),
                    double x => (x, SqliteType.Real),
                    int n => (n, SqliteType.Integer),
                    long n => (n, SqliteType.Integer),
                    bool b => (b ? 1 : 0, SqliteType.Integer),
                    var other => throw new NotSupportedException($"Column {columns[c].Name}: no bulk mapping for {other.GetType().Name}."),
                };
                parameters[c].SqliteType = type;
                parameters[c].Value = value;
            }
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static async Task CopyAsync(BenchDatabase database, string table, List<Column> columns, List<LearningResult> rows)
    {
        await using var connection = database.PostgresConnection();
        await connection.OpenAsync();
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY {Quoted(table)} ({string.Join(", ", columns.Select(c => Quoted(c.Name)))}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            writer.StartRow();
            foreach (var column in columns)
            {
                switch (column.Value(row))
                {
                    case null: writer.WriteNull(); break;
                    case Guid g: writer.Write(g, NpgsqlDbType.Uuid); break;
                    case DateOnly d: writer.Write(d, NpgsqlDbType.Date); break;
                    case string s: writer.Write(s, NpgsqlDbType.Text); break;
                    case double x: writer.Write(x, NpgsqlDbType.Double); break;
                    case int n: writer.Write(n, NpgsqlDbType.Integer); break;
                    case long n: writer.Write(n, NpgsqlDbType.Bigint); break;
                    case bool b: writer.Write(b, NpgsqlDbType.Boolean); break;
                    case var other: throw new NotSupportedException($"Column {column.Name}: no bulk mapping for {other.GetType().Name}.");
                }
            }
        }
        await writer.CompleteAsync();
    }

    private static async Task DeleteAsync(BenchDatabase database, Guid deliveryId)
    {
        await using var db = database.Context();
        await db.LearningResults.Where(r => r.DeliveryId == deliveryId).ExecuteDeleteAsync();
        await db.ResultDeliveries.Where(d => d.Id == deliveryId).ExecuteDeleteAsync();
        // Give the API run a table like the one the baseline wrote into: no dead rows, no free pages.
        if (database.IsPostgres) await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"LearningResults\"");
        else
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM");
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }
}
