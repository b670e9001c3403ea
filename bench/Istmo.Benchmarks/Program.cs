using BenchmarkDotNet.Running;

namespace Istmo.Benchmarks;

/// <summary>Entry point: `dotnet run -c Release --project bench/Istmo.Benchmarks -- --filter *Matching*`.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
