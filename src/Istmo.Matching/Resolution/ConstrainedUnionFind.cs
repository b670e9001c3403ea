namespace Istmo.Matching;

/// <summary>Union-find (path halving, union by size) that refuses unions joining a cannot-link pair into one set.</summary>
internal sealed class ConstrainedUnionFind
{
    private readonly int[] _parent;
    private readonly int[] _size;
    private readonly Dictionary<int, List<int>> _cannot = [];

    public ConstrainedUnionFind(int n, IEnumerable<(int A, int B)> cannotLink)
    {
        _parent = new int[n];
        _size = new int[n];
        for (int i = 0; i < n; i++)
        {
            _parent[i] = i;
            _size[i] = 1;
        }

        foreach (var (a, b) in cannotLink)
        {
            Add(a, b);
            Add(b, a);
        }
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    /// <summary>Joins the sets of a and b; false when already joined or when that would link a cannot-link pair.</summary>
    public bool Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra == rb)
        {
            return false;
        }

        if (Conflicts(ra, rb) || Conflicts(rb, ra))
        {
            return false;
        }

        if (_size[ra] < _size[rb])
        {
            (ra, rb) = (rb, ra);
        }

        _parent[rb] = ra;
        _size[ra] += _size[rb];
        if (_cannot.Remove(rb, out var moved))
        {
            if (_cannot.TryGetValue(ra, out var list))
            {
                list.AddRange(moved);
            }
            else
            {
                _cannot[ra] = moved;
            }
        }

        return true;
    }

    private bool Conflicts(int root, int other)
    {
        if (!_cannot.TryGetValue(root, out var list))
        {
            return false;
        }

        foreach (var x in list)
        {
            if (Find(x) == other)
            {
                return true;
            }
        }

        return false;
    }

    private void Add(int member, int forbidden)
    {
        var root = Find(member);
        if (!_cannot.TryGetValue(root, out var list))
        {
            list = [];
            _cannot[root] = list;
        }

        list.Add(forbidden);
    }
}
