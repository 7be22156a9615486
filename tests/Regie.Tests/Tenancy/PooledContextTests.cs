using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;

namespace Regie.Tests.Tenancy;

/// <summary>Contexts are pooled: a context handed to the next request must not remember the previous tenant.</summary>
[Collection(AppCollection.Name)]
public sealed class PooledContextTests(RegieApp app)
{
    [Fact]
    public async Task AContextReusedByAnotherScope_SeesOnlyThatScopesTenant()
    {
        var boardA = await app.CreateBoardAsync();
        var boardB = await app.CreateBoardAsync();
        await app.CreateSchoolAsync(boardA);

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(1, await app.WithDbAsync(db => db.Schools.CountAsync(), boardA));
            Assert.Equal(0, await app.WithDbAsync(db => db.Schools.CountAsync(), boardB));
            Assert.Equal(0, await app.WithDbAsync(db => db.Schools.CountAsync()));
        }
    }
}
