using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regie.Tests.Infrastructure;
using Regie.Web.Data;

namespace Regie.Tests.Features.Chain.Register;

/// <summary>After a check, a failed check and a commit, no BSN, onderwijsnummer or ECK iD is readable anywhere in the database.</summary>
[Collection(AppCollection.Name)]
public sealed class PlainTextLeakTests(RegieApp app)
{
    [Fact]
    public async Task Database_HoldsNoPupilNumberOrEckIdInPlainText()
    {
        var setup = await app.RegisterKeeperAsync();
        var pupils = new[] { TestPupil.Make(eckId: true), TestPupil.Make(eckId: true) with { Onderwijsnummer = true, Number = TestPupils.Onderwijsnummer() } };
        await app.ImportPupilsAsync(setup.Client, setup.School, PupilFiles.Csv(pupils));
        var rejected = TestPupil.Make(eckId: true);
        await app.UploadPupilsAsync(setup.Client, setup.School, PupilFiles.Csv([rejected, rejected with { PupilNumber = "dubbel" }]));
        var pending = TestPupil.Make(eckId: true);
        await app.UploadPupilsAsync(setup.Client, setup.School, PupilFiles.Xml(setup.School.Brin, [pending]), "leerlinggegevens.xml");

        var secrets = pupils.Concat([rejected, pending]).SelectMany(p => new[] { p.Number, p.EckId! }).ToList();
        var dump = await DumpAsync();

        // PostgreSQL writes bytea as hex: a plain number in a byte column would show as its hex digits.
        var leaks = secrets.Count(s => Contains(dump, s) || Contains(dump, Convert.ToHexStringLower(Encoding.UTF8.GetBytes(s))));
        Assert.True(leaks == 0, $"{leaks} nummers of ECK iD's staan leesbaar in de database.");
    }

    private static bool Contains(byte[] dump, string value) => dump.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)) >= 0;

    /// <summary>SQLite: the bytes of the database file and its journal. PostgreSQL: every row of every table as text.</summary>
    private async Task<byte[]> DumpAsync()
    {
        var connection = await app.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        if (app.Provider == DatabaseSetup.Postgres)
        {
            await using var pg = new NpgsqlConnection(connection);
            await pg.OpenAsync();
            var tables = new List<string>();
            await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", pg))
            await using (var reader = await list.ExecuteReaderAsync())
                while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
            var dump = new StringBuilder();
            foreach (var table in tables)
            {
                await using var rows = new NpgsqlCommand($"SELECT t::text FROM \"{table}\" t", pg);
                await using var reader = await rows.ExecuteReaderAsync();
                while (await reader.ReadAsync()) dump.AppendLine(reader.GetString(0));
            }
            return Encoding.UTF8.GetBytes(dump.ToString());
        }
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection).DataSource;
        using var bytes = new MemoryStream();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*"))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            await stream.CopyToAsync(bytes);
        }
        return bytes.ToArray();
    }
}
