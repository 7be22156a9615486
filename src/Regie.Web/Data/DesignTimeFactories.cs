using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Regie.Web.Data;

// Used only by `dotnet ef migrations add`; see docs/development.md.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRegieDbContext>
{
    public SqliteRegieDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRegieDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresRegieDbContext>
{
    public PostgresRegieDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresRegieDbContext>().UseNpgsql("Host=localhost;Database=regie_design").Options);
}
