using Microsoft.EntityFrameworkCore;

namespace Regie.Web.Data;

// One subclass per provider so each keeps its own migrations (Data/Migrations/Sqlite, Data/Migrations/Postgres).
public sealed class SqliteRegieDbContext(DbContextOptions<SqliteRegieDbContext> options) : RegieDbContext(options);

public sealed class PostgresRegieDbContext(DbContextOptions<PostgresRegieDbContext> options) : RegieDbContext(options);
