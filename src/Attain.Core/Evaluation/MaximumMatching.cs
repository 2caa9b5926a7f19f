namespace Attain.Core.Evaluation;

/// <summary>
/// Hopcroft–Karp maximum bipartite matching. A greedy pass can leave a slot empty that a different choice
/// would have filled (a person with every exam taking the slot only they could fill); a maximum matching
/// never does, so "the level can be met" and "the engine says it is met" are the same thing.
/// </summary>
public static class MaximumMatching
{
    private const int Unmatched = -1;

    /// <summary>
    /// Matches left vertices to right vertices along the given edges. Returns, for each left vertex, the
    /// right vertex it is matched to or -1. Edges are tried in the order given, so the result is deterministic.
    /// </summary>
    public static int[] Solve(int leftCount, int rightCount, Func<int, IReadOnlyList<int>> edgesOf)
    {
        var adjacency = new IReadOnlyList<int>[leftCount];
        for (var left = 0; left < leftCount; left++)
        {
            adjacency[left] = edgesOf(left);
        }

        var matchOfLeft = Enumerable.Repeat(Unmatched, leftCount).ToArray();
        var matchOfRight = Enumerable.Repeat(Unmatched, rightCount).ToArray();
        var distance = new int[leftCount];

        while (LayerFreeVertices(adjacency, matchOfLeft, matchOfRight, distance))
        {
            for (var left = 0; left < leftCount; left++)
            {
                if (matchOfLeft[left] == Unmatched)
                {
                    Augment(left, adjacency, matchOfLeft, matchOfRight, distance);
                }
            }
        }

        return matchOfLeft;
    }

    // Breadth-first search from every free left vertex; true when some augmenting path exists.
    private static bool LayerFreeVertices(IReadOnlyList<int>[] adjacency, int[] matchOfLeft, int[] matchOfRight, int[] distance)
    {
        var queue = new Queue<int>();
        for (var left = 0; left < adjacency.Length; left++)
        {
            distance[left] = matchOfLeft[left] == Unmatched ? 0 : int.MaxValue;
            if (distance[left] == 0)
            {
                queue.Enqueue(left);
            }
        }

        var foundFreeRight = false;
        while (queue.TryDequeue(out var left))
        {
            foreach (var right in adjacency[left])
            {
                var next = matchOfRight[right];
                if (next == Unmatched)
                {
                    foundFreeRight = true;
                }
                else if (distance[next] == int.MaxValue)
                {
                    distance[next] = distance[left] + 1;
                    queue.Enqueue(next);
                }
            }
        }

        return foundFreeRight;
    }

    // Depth-first search along the layers; flips the matching along the path it finds.
    private static bool Augment(int left, IReadOnlyList<int>[] adjacency, int[] matchOfLeft, int[] matchOfRight, int[] distance)
    {
        foreach (var right in adjacency[left])
        {
            var next = matchOfRight[right];
            if (next == Unmatched
                || (distance[next] == distance[left] + 1 && Augment(next, adjacency, matchOfLeft, matchOfRight, distance)))
            {
                matchOfLeft[left] = right;
                matchOfRight[right] = left;
                return true;
            }
        }

        distance[left] = int.MaxValue;
        return false;
    }
}
