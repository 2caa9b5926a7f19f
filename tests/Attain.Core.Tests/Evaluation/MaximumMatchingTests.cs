using Attain.Core.Evaluation;
using CsCheck;

namespace Attain.Core.Tests.Evaluation;

/// <summary>Hopcroft–Karp on small graphs whose maximum matching is known, and against a brute-force search.</summary>
public sealed class MaximumMatchingTests
{
    [Fact]
    public void No_left_vertices_match_nothing()
    {
        Assert.Empty(MaximumMatching.Solve(0, 3, _ => []));
    }

    [Fact]
    public void Vertices_without_edges_stay_unmatched()
    {
        Assert.Equal([-1, -1], MaximumMatching.Solve(2, 2, _ => []));
    }

    [Fact]
    public void Augmenting_path_moves_an_earlier_choice_to_make_room()
    {
        // Left 0 may take 0 or 1, left 1 only 0: the first choice of left 0 (0) must be undone.
        int[][] edges = [[0, 1], [0]];

        Assert.Equal([1, 0], MaximumMatching.Solve(2, 2, left => edges[left]));
    }

    [Fact]
    public void Longer_augmenting_path_through_two_matched_vertices_is_found()
    {
        // A chain: 0–{0,1}, 1–{1,2}, 2–{0}: matching all three needs 0→1, 1→2, 2→0.
        int[][] edges = [[0, 1], [1, 2], [0]];

        Assert.Equal([1, 2, 0], MaximumMatching.Solve(3, 3, left => edges[left]));
    }

    [Fact]
    public void Three_left_vertices_sharing_two_right_vertices_match_two()
    {
        int[][] edges = [[0, 1], [0, 1], [0, 1]];

        var match = MaximumMatching.Solve(3, 2, left => edges[left]);

        Assert.Equal(2, match.Count(right => right >= 0));
        AssertValid(match, edges, 2);
    }

    [Fact]
    public void Complete_graph_matches_every_left_vertex()
    {
        int[][] edges = [[0, 1, 2, 3], [0, 1, 2, 3], [0, 1, 2, 3]];

        var match = MaximumMatching.Solve(3, 4, left => edges[left]);

        Assert.DoesNotContain(-1, match);
        AssertValid(match, edges, 4);
    }

    [Fact]
    public void Matching_is_maximum_and_valid_on_random_small_graphs()
    {
        var graphs =
            from left in Gen.Int[0, 6]
            from right in Gen.Int[0, 6]
            from bits in Gen.Bool.Array[left * right]
            select (left, right, Edges: Enumerable.Range(0, left).Select(l => Enumerable.Range(0, right).Where(r => bits[(l * right) + r]).ToArray()).ToArray());

        graphs.Sample(graph =>
        {
            var match = MaximumMatching.Solve(graph.left, graph.right, left => graph.Edges[left]);
            AssertValid(match, graph.Edges, graph.right);
            Assert.Equal(BruteForceMaximum(graph.Edges, 0, new bool[graph.right]), match.Count(right => right >= 0));
        }, iter: 2_000);
    }

    private static void AssertValid(int[] match, int[][] edges, int rightCount)
    {
        Assert.Equal(edges.Length, match.Length);
        var used = new bool[rightCount];
        for (var left = 0; left < match.Length; left++)
        {
            if (match[left] >= 0)
            {
                Assert.Contains(match[left], edges[left]);
                Assert.False(used[match[left]], $"right vertex {match[left]} matched twice");
                used[match[left]] = true;
            }
        }
    }

    private static int BruteForceMaximum(int[][] edges, int left, bool[] used)
    {
        if (left == edges.Length)
        {
            return 0;
        }

        var best = BruteForceMaximum(edges, left + 1, used); // leave this one unmatched
        foreach (var right in edges[left].Where(right => !used[right]))
        {
            used[right] = true;
            best = Math.Max(best, 1 + BruteForceMaximum(edges, left + 1, used));
            used[right] = false;
        }

        return best;
    }
}
