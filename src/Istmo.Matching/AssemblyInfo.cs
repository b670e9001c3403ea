using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Istmo.Matching.Tests")]
[assembly: InternalsVisibleTo("Istmo.Bench")]
[assembly: InternalsVisibleTo("Istmo.Benchmarks")]
[module: System.Runtime.CompilerServices.SkipLocalsInit]
