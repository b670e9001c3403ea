using System.Globalization;

namespace Istmo.Bench.Matching;

/// <summary>Counting and printing helpers shared by the benchmark sections.</summary>
public static partial class MatchingBenchmark
{
    /// <summary>Pairwise counts for screening: a flag is right when it names the query's identity or an indistinguishable one.</summary>
    internal sealed class Counts
    {
        public long Tp { get; set; }

        public long Fp { get; set; }

        public long Fn { get; set; }

        public double Precision => Tp + Fp == 0 ? 1 : Tp / (double)(Tp + Fp);

        public double Recall => Tp + Fn == 0 ? 1 : Tp / (double)(Tp + Fn);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public static Counts At(List<(double Score, bool IsMatch)> scores, double threshold)
        {
            var c = new Counts();
            foreach (var (s, m) in scores)
            {
                if (s >= threshold && m)
                {
                    c.Tp++;
                }
                else if (s >= threshold)
                {
                    c.Fp++;
                }
                else if (m)
                {
                    c.Fn++;
                }
            }

            return c;
        }

        public void Add(IEnumerable<string> flagged, Identity person, bool listed, string[] keyOf)
        {
            var truthKey = TruthKey(person);
            var hit = false;
            foreach (var id in flagged)
            {
                var idx = int.Parse(id.AsSpan(1), CultureInfo.InvariantCulture);
                if ((listed && id == person.Id) || keyOf[idx] == truthKey)
                {
                    Tp++;
                    hit = true;
                }
                else
                {
                    Fp++;
                }
            }

            if (listed && !hit)
            {
                Fn++;
            }
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"P={Precision:0.0000} R={Recall:0.0000} F1={F1:0.0000} (tp {Tp}, fp {Fp}, fn {Fn})");
    }

    /// <summary>Aligned output with target checks.</summary>
    internal sealed class Report(TextWriter output)
    {
        public int Missed { get; private set; }

        public void Line(string s) => output.WriteLine(s);

        public void Section(string title)
        {
            output.WriteLine("");
            output.WriteLine("== " + title);
        }

        public void Metric(string name, string value, double target, bool ok, string targetText)
        {
            _ = target;
            if (!ok)
            {
                Missed++;
            }

            output.WriteLine($"  {name,-34} {value,-52} target {targetText,-28} {(ok ? "OK" : "MISS")}");
        }
    }
}
