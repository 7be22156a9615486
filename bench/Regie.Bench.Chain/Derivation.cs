using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Regie.Web.Features.Chain.Pseudonyms;

namespace Regie.Bench.Chain;

/// <summary>
/// Pseudonyms for many pupils from their stored first-level hashes (64 hex characters each), one supplier, on one thread,
/// against the floor: <c>HMACSHA256.HashData(key, input)</c> over the very bytes the pseudonym is made of (supplier id, 16
/// bytes, then the 32 hash bytes), decoded beforehand. The two run in turns after a warm-up; the median of each counts.
/// </summary>
public static class Derivation
{
    public static int Run(int pupils, int runs)
    {
        var random = new Random(7200);
        var key = new byte[32];
        random.NextBytes(key);
        var supplierId = new Guid(Bytes(random, 16));
        var hashes = new string[pupils];
        var inputs = new byte[pupils * 48];
        for (var i = 0; i < pupils; i++)
        {
            var hash = Bytes(random, 32);
            hashes[i] = Convert.ToHexStringLower(hash);
            supplierId.TryWriteBytes(inputs.AsSpan(i * 48, 16));
            hash.CopyTo(inputs.AsSpan(i * 48 + 16, 32));
        }
        // The same bytes on both sides: the first pseudonym is the first HMAC's first 20 bytes.
        if (PseudonymService.ForSupplier(hashes[0], supplierId, key) != Convert.ToHexStringLower(HMACSHA256.HashData(key, inputs.AsSpan(0, 48))[..PseudonymService.PseudonymBytes]))
            throw new InvalidOperationException("The pseudonym is not HMAC-SHA256 over supplier id and hash bytes; the baseline would not compare like with like.");

        long sink = 0;
        double Derive()
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < hashes.Length; i++) sink += PseudonymService.ForSupplier(hashes[i], supplierId, key)[0];
            return watch.Elapsed.TotalSeconds;
        }
        double Hmac()
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < hashes.Length; i++) sink += HMACSHA256.HashData(key, inputs.AsSpan(i * 48, 48))[0];
            return watch.Elapsed.TotalSeconds;
        }

        // Warm-up: tiered JIT with PGO reaches its final code for both loops.
        Derive();
        Hmac();
        var derive = new List<double>();
        var hmac = new List<double>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var run = 0; run < runs; run++)
        {
            derive.Add(Derive());
            hmac.Add(Hmac());
        }
        var busy = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / wall.Elapsed.TotalSeconds;
        var deriveS = Median(derive);
        var hmacS = Median(hmac);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BENCH pupils={pupils} runs={runs} derive_median_s={deriveS:F3} derive_min_s={derive.Min():F3} derive_max_s={derive.Max():F3} " +
            $"hmac_median_s={hmacS:F3} hmac_min_s={hmac.Min():F3} hmac_max_s={hmac.Max():F3} " +
            $"derive_per_s={pupils / deriveS:F0} hmac_per_s={pupils / hmacS:F0} ratio={hmacS / deriveS:F3} " +
            $"process_cores_used={busy:F2} sink={sink % 10}"));
        return 0;
    }

    private static byte[] Bytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
