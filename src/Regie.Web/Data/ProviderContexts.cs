using Microsoft.EntityFrameworkCore;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Data;

// One subclass per provider so each keeps its own migrations (Data/Migrations/Sqlite, Data/Migrations/Postgres).
public sealed class SqliteRegieDbContext(DbContextOptions<SqliteRegieDbContext> options, TenantContext tenant)
    : RegieDbContext(options, tenant);

public sealed class PostgresRegieDbContext(DbContextOptions<PostgresRegieDbContext> options, TenantContext tenant)
    : RegieDbContext(options, tenant);
