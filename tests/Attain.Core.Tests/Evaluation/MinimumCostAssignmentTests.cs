using Attain.Core.Evaluation;
using CsCheck;

namespace Attain.Core.Tests.Evaluation;

/// <summary>The Hungarian algorithm on small matrices whose optimum is known, and against a brute-force search.</summary>
public sealed class MinimumCostAssignmentTests
{
    [Fact]
    public void One_by_one_assigns_the_only_column()
    {
        Assert.Equal([0], MinimumCostAssignment.Solve(new long[,] { { 7 } }));
    }

    [Fact]
    public void No_rows_assign_nothing()
    {
        Assert.Empty(MinimumCostAssignment.Solve(new long[0, 3]));
    }

    [Fact]
    public void Classic_three_by_three_finds_the_cheapest_permutation()
    {
        long[,] cost = { { 4, 1, 3 }, { 2, 0, 5 }, { 3, 2, 2 } };

        var columns = MinimumCostAssignment.Solve(cost);

        Assert.Equal([1, 0, 2], columns);
        Assert.Equal(5, Total(cost, columns));
    }

    [Fact]
    public void Greedy_row_by_row_choice_is_not_what_it_returns()
    {
        // Row 0's cheapest column (0) is the only affordable one for row 1: optimum 2 + 2 = 4, greedy 1 + 100.
        long[,] cost = { { 1, 2 }, { 2, 100 } };

        Assert.Equal([1, 0], MinimumCostAssignment.Solve(cost));
    }

    [Fact]
    public void More_columns_than_rows_leaves_the_dearest_columns_unused()
    {
        long[,] cost = { { 10, 1, 10, 10 }, { 1, 10, 10, 10 } };

        Assert.Equal([1, 0], MinimumCostAssignment.Solve(cost));
    }

    [Fact]
    public void More_rows_than_columns_is_refused()
    {
        Assert.Throws<ArgumentException>(() => MinimumCostAssignment.Solve(new long[3, 2]));
    }

    [Fact]
    public void Assignment_is_a_minimum_cost_injection_on_random_small_matrices()
    {
        var matrices =
            from rows in Gen.Int[0, 5]
            from extra in Gen.Int[0, 3]
            from values in Gen.Long[0, 30].Array[rows * (rows + extra)]
            select ToMatrix(rows, rows + extra, values);

        matrices.Sample(cost =>
        {
            var columns = MinimumCostAssignment.Solve(cost);

            Assert.Equal(cost.GetLength(0), columns.Length);
            Assert.Equal(columns.Length, columns.Distinct().Count());
            Assert.All(columns, column => Assert.InRange(column, 0, cost.GetLength(1) - 1));
            Assert.Equal(BruteForceMinimum(cost, 0, new bool[cost.GetLength(1)]), Total(cost, columns));
        }, iter: 2_000, print: Print);
    }

    private static long[,] ToMatrix(int rows, int columns, long[] values)
    {
        var cost = new long[rows, columns];
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                cost[row, column] = values[(row * columns) + column];
            }
        }

        return cost;
    }

    private static long Total(long[,] cost, int[] columns) => columns.Select((column, row) => cost[row, column]).Sum();

    private static long BruteForceMinimum(long[,] cost, int row, bool[] used)
    {
        if (row == cost.GetLength(0))
        {
            return 0;
        }

        var best = long.MaxValue;
        for (var column = 0; column < cost.GetLength(1); column++)
        {
            if (!used[column])
            {
                used[column] = true;
                best = Math.Min(best, cost[row, column] + BruteForceMinimum(cost, row + 1, used));
                used[column] = false;
            }
        }

        return best;
    }

    private static string Print(long[,] cost) =>
        string.Join(" / ", Enumerable.Range(0, cost.GetLength(0)).Select(row => string.Join(",", Enumerable.Range(0, cost.GetLength(1)).Select(column => cost[row, column]))));
}
