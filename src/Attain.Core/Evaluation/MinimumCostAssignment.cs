namespace Attain.Core.Evaluation;

/// <summary>
/// The Hungarian algorithm (Kuhn–Munkres, with potentials): assigns every row to a distinct column so
/// that the total cost is the least possible. Used to plan the fewest exam passes that fill every slot.
/// </summary>
public static class MinimumCostAssignment
{
    /// <summary>Returns, for each row, its column. Requires at least as many columns as rows.</summary>
    public static int[] Solve(long[,] cost)
    {
        var rows = cost.GetLength(0);
        var columns = cost.GetLength(1);
        if (rows > columns)
        {
            throw new ArgumentException("The assignment needs at least as many columns as rows.", nameof(cost));
        }

        // 1-based arrays with a sentinel column 0, as in the classic O(rows² · columns) formulation.
        var rowPotential = new long[rows + 1];
        var columnPotential = new long[columns + 1];
        var rowOfColumn = new int[columns + 1];
        var previousColumn = new int[columns + 1];

        var slack = new long[columns + 1];
        var used = new bool[columns + 1];
        for (var row = 1; row <= rows; row++)
        {
            rowOfColumn[0] = row;
            var column = 0;
            Array.Fill(slack, long.MaxValue);
            Array.Clear(used);
            do
            {
                used[column] = true;
                var currentRow = rowOfColumn[column];
                var delta = long.MaxValue;
                var nextColumn = 0;
                for (var candidate = 1; candidate <= columns; candidate++)
                {
                    if (used[candidate])
                    {
                        continue;
                    }

                    var reduced = cost[currentRow - 1, candidate - 1] - rowPotential[currentRow] - columnPotential[candidate];
                    if (reduced < slack[candidate])
                    {
                        slack[candidate] = reduced;
                        previousColumn[candidate] = column;
                    }

                    if (slack[candidate] < delta)
                    {
                        delta = slack[candidate];
                        nextColumn = candidate;
                    }
                }

                for (var candidate = 0; candidate <= columns; candidate++)
                {
                    if (used[candidate])
                    {
                        rowPotential[rowOfColumn[candidate]] += delta;
                        columnPotential[candidate] -= delta;
                    }
                    else
                    {
                        slack[candidate] -= delta;
                    }
                }

                column = nextColumn;
            }
            while (rowOfColumn[column] != 0);

            do
            {
                var previous = previousColumn[column];
                rowOfColumn[column] = rowOfColumn[previous];
                column = previous;
            }
            while (column != 0);
        }

        var columnOfRow = new int[rows];
        for (var column = 1; column <= columns; column++)
        {
            if (rowOfColumn[column] != 0)
            {
                columnOfRow[rowOfColumn[column] - 1] = column - 1;
            }
        }

        return columnOfRow;
    }
}
