using System.Numerics;
using System.Runtime.CompilerServices;

namespace Istmo.Matching;

/// <summary>Retrieval weights of the entities one query touches, in an open-addressing table (entity → summed weight).</summary>
/// <remarks>
/// A query touches ~1,000 of 1M entities. A dense per-entity array (4 MB at 1M) costs a cache miss per posting read;
/// this table stays small (64 KB up to 4,096 entities, so it lives in L2) and grows only for the rare queries that
/// scan frequent keys. Weights are summed in the order they are added, as into a dense array, so sums are identical.
/// A cell holds the entity's place in <see cref="Touched"/> and <see cref="Weights"/>, dense arrays in the order of first
/// touch: reading every touched entity is a sequential read of those, not a walk of the whole table (which cost ~10% of a
/// query at 1M).
/// </remarks>
internal sealed class WeightAccumulator
{
    /// <summary>Log2 of the resting capacity: 8,192 cells of 8 bytes.</summary>
    /// <remarks>A query touches ~1,100 entities on average at 1M. With 4,096 cells (32 KB) probes past a taken cell were
    /// an eighth of the time spent adding postings, and queries past 2,048 entities grew the table, placing every entity
    /// again; 8,192 took ~3% off the batch's CPU per query (16,384 measured the same as 8,192).</remarks>
    private const int SmallLevel = 13;

    private readonly Cell[] _small = new Cell[1 << SmallLevel];

    private const int FilterMask = (1 << 10) - 1;

    /// <summary>One bit per entity id modulo 65,536, set when the entity is added: most entities of the lists read only to
    /// add to entities already touched (<see cref="AddIfPresent"/>) were never touched, and one bit in 8 KB says so
    /// without probing the table. Word (id / 64) mod 1,024, bit id mod 64 (a shift of a ulong takes its count mod 64).</summary>
    private readonly ulong[] _filter = new ulong[FilterMask + 1];

    /// <summary>Larger tables by log2 of their size, kept (cleared) once allocated: allocating megabytes for each query
    /// that scans frequent keys would cost full garbage collections of the index's heap.</summary>
    private readonly Cell[]?[] _larger = new Cell[]?[32];
    private Cell[] _cells;
    private int _shift = 32 - SmallLevel;
    private int[] _touched = new int[1024];
    private float[] _weights = new float[1024];

    public WeightAccumulator() => _cells = _small;

    /// <summary>Number of distinct entities added since the last <see cref="Clear"/>.</summary>
    public int Count { get; private set; }

    /// <summary>The entities added since the last <see cref="Clear"/>, in the order they were first added.</summary>
    public ReadOnlySpan<int> Touched => _touched.AsSpan(0, Count);

    /// <summary>The summed weights of <see cref="Touched"/>, in the same order.</summary>
    public ReadOnlySpan<float> Weights => _weights.AsSpan(0, Count);

    /// <summary>Adds <paramref name="weight"/> to the entity's sum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int doc, float weight)
    {
        ref var cell = ref Find(doc);
        if (cell.Key == 0)
        {
            Insert(ref cell, doc, weight);
            return;
        }

        _weights[cell.Index] += weight;
    }

    /// <summary>Adds <paramref name="weight"/> to the sum of every entity of <paramref name="docs"/>, in order: the same as
    /// <see cref="Add"/> for each.</summary>
    /// <remarks>A query adds ~1,200 postings this way. The table, its shift, the dense arrays and the count are kept in
    /// locals for the whole list (one call per posting re-read them from the object, and the count's store and reload
    /// chained one insertion to the next); they are written back before the table grows and at the end.</remarks>
    public void AddAll(ReadOnlySpan<int> docs, float weight)
    {
        var cells = _cells;
        var shift = _shift;
        var mask = cells.Length - 1;
        var touched = _touched;
        var weights = _weights;
        var filter = _filter;
        var count = Count;
        foreach (var doc in docs)
        {
            var key = doc + 1;
            var slot = (int)(((uint)doc * 0x9E3779B1u) >> shift);
            while (cells[slot].Key != key && cells[slot].Key != 0)
            {
                slot = (slot + 1) & mask;
            }

            ref var cell = ref cells[slot];
            if (cell.Key != 0)
            {
                weights[cell.Index] += weight;
                continue;
            }

            if (count == touched.Length)
            {
                Count = count;
                Reserve();
                touched = _touched;
                weights = _weights;
            }

            cell.Key = key;
            cell.Index = count;
            filter[(doc >> 6) & FilterMask] |= 1UL << doc;
            touched[count] = doc;
            weights[count++] = weight;
            if (count * 2 > cells.Length)
            {
                Count = count;
                Grow();
                cells = _cells;
                shift = _shift;
                mask = cells.Length - 1;
            }
        }

        Count = count;
    }

    /// <summary><see cref="AddIfPresent"/> for every entity of <paramref name="docs"/>, in order (the table in locals, as in
    /// <see cref="AddAll"/>; nothing is inserted, so nothing moves).</summary>
    public void AddAllIfPresent(ReadOnlySpan<int> docs, float weight)
    {
        if (Count == 0)
        {
            return;
        }

        var cells = _cells;
        var shift = _shift;
        var mask = cells.Length - 1;
        var weights = _weights;
        var filter = _filter;
        foreach (var doc in docs)
        {
            if ((filter[(doc >> 6) & FilterMask] & (1UL << doc)) == 0)
            {
                continue;
            }

            var key = doc + 1;
            var slot = (int)(((uint)doc * 0x9E3779B1u) >> shift);
            while (true)
            {
                var k = cells[slot].Key;
                if (k == key)
                {
                    weights[cells[slot].Index] += weight;
                    break;
                }

                if (k == 0)
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }
    }

    /// <summary>Adds the entity with <paramref name="weight"/> only when it was not added yet.</summary>
    public void AddIfAbsent(int doc, float weight)
    {
        ref var cell = ref Find(doc);
        if (cell.Key == 0)
        {
            Insert(ref cell, doc, weight);
        }
    }

    /// <summary>Adds <paramref name="weight"/> to the entity's sum only when it was added already (entities not yet
    /// touched are not opened).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddIfPresent(int doc, float weight)
    {
        if ((_filter[(doc >> 6) & FilterMask] & (1UL << doc)) == 0)
        {
            return;
        }

        ref var cell = ref Find(doc);
        if (cell.Key != 0)
        {
            _weights[cell.Index] += weight;
        }
    }

    /// <summary>Empties the table and goes back to the small one (a large table would spread the next query over more cache lines).</summary>
    public void Clear()
    {
        if (Count > 0)
        {
            if (!ReferenceEquals(_cells, _small))
            {
                Array.Clear(_cells);
                _cells = _small;
                _shift = 32 - SmallLevel;
            }

            Array.Clear(_small);
            Array.Clear(_filter);
        }

        Count = 0;
    }

    /// <summary>The entity's cell, or the empty cell where it goes (linear probing from a Fibonacci hash; Key is entity + 1, 0 = empty).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Cell Find(int doc)
    {
        var cells = _cells;
        var mask = cells.Length - 1;
        var key = doc + 1;
        var slot = (int)(((uint)doc * 0x9E3779B1u) >> _shift);
        while (true)
        {
            ref var cell = ref cells[slot];
            if (cell.Key == key || cell.Key == 0)
            {
                return ref cell;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Fills the empty cell <see cref="Find"/> gave for a new entity, records it and keeps the load at most one
    /// half (short probes), doubling the table when needed.</summary>
    private void Insert(ref Cell cell, int doc, float weight)
    {
        if (Count == _touched.Length)
        {
            Reserve();
        }

        cell.Key = doc + 1;
        cell.Index = Count;
        _filter[(doc >> 6) & FilterMask] |= 1UL << doc;
        _touched[Count] = doc;
        _weights[Count++] = weight;
        if (Count * 2 > _cells.Length)
        {
            Grow();
        }
    }

    /// <summary>Doubles the room for touched entities.</summary>
    private void Reserve()
    {
        Array.Resize(ref _touched, _touched.Length * 2);
        Array.Resize(ref _weights, _weights.Length * 2);
    }

    /// <summary>Doubles the table (larger tables are kept for reuse) and places every touched entity again.</summary>
    private void Grow()
    {
        var old = _cells;
        var level = BitOperations.Log2((uint)old.Length) + 1;
        _cells = _larger[level] ??= new Cell[1 << level];
        _shift = 32 - level;
        for (int i = 0; i < Count; i++)
        {
            ref var moved = ref Find(_touched[i]);
            moved.Key = _touched[i] + 1;
            moved.Index = i;
        }

        if (!ReferenceEquals(old, _small))
        {
            Array.Clear(old); // kept for the next query that grows this far
        }
    }

    private struct Cell
    {
        public int Key;

        /// <summary>Place of the entity in <see cref="_touched"/> and <see cref="_weights"/>.</summary>
        public int Index;
    }
}
