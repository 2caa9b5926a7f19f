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
        ArgumentNullException.ThrowIfNull(edgesOf);
        var adjacency = new int[leftCount][];
        for (var left = 0; left < leftCount; left++)
        {
            adjacency[left] = [.. edgesOf(left)];
        }

        return Solve(adjacency, rightCount);
    }

    /// <summary>The same, with each left vertex's edges as an array (arrays, not interfaces: no enumerator per visit).</summary>
    public static int[] Solve(int[][] adjacency, int rightCount)
    {
        ArgumentNullException.ThrowIfNull(adjacency);
        var leftCount = adjacency.Length;
        var matchOfLeft = new int[leftCount];
        var matchOfRight = new int[rightCount];
        Array.Fill(matchOfLeft, Unmatched);
        Array.Fill(matchOfRight, Unmatched);
        var distance = new int[leftCount];
        var queue = new int[leftCount];

        while (LayerFreeVertices(adjacency, matchOfLeft, matchOfRight, distance, queue))
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
    // Each left vertex enters the queue at most once per phase, so an array of leftCount entries is the queue.
    private static bool LayerFreeVertices(int[][] adjacency, int[] matchOfLeft, int[] matchOfRight, int[] distance, int[] queue)
    {
        var head = 0;
        var tail = 0;
        for (var left = 0; left < adjacency.Length; left++)
        {
            distance[left] = matchOfLeft[left] == Unmatched ? 0 : int.MaxValue;
            if (distance[left] == 0)
            {
                queue[tail++] = left;
            }
        }

        var foundFreeRight = false;
        while (head < tail)
        {
            var left = queue[head++];
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
                    queue[tail++] = next;
                }
            }
        }

        return foundFreeRight;
    }

    // Depth-first search along the layers; flips the matching along the path it finds.
    private static bool Augment(int left, int[][] adjacency, int[] matchOfLeft, int[] matchOfRight, int[] distance)
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
