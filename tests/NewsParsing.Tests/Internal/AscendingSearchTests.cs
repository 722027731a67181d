using NewsParsing.Internal;

namespace NewsParsing.Tests.Internal;

public class AscendingSearchTests
{
    /// <summary>
    /// Differential against a scan from the start: ascending keys with repeats, values below, between, on and above them,
    /// asked in order and at random, so the search starts from a hint before, at and past its answer (and past the end).
    /// </summary>
    [Fact]
    public void FirstAbove_MatchesAScanFromTheStart_WhateverTheHint()
    {
        var random = new Random(5);
        for (var round = 0; round < 2000; round++)
        {
            var keys = new int[random.Next(0, 40)];
            for (var i = 0; i < keys.Length; i++)
                keys[i] = (i == 0 ? 0 : keys[i - 1]) + random.Next(0, 3);
            var hint = random.Next(0, keys.Length + 3);
            var inOrder = round % 2 == 0;
            var value = -2;
            for (var ask = 0; ask < 20; ask++)
            {
                value = inOrder ? value + random.Next(0, 4) : random.Next(-2, keys.Length * 2 + 2);
                var expected = Array.FindIndex(keys, k => k > value) is var found and >= 0 ? found : keys.Length;
                var answer = AscendingSearch.FirstAbove(new AscendingSearch.Array(keys), value, ref hint);
                Assert.True(expected == answer, $"round {round}: keys [{string.Join(",", keys)}], value {value}: {answer}, expected {expected}");
                Assert.Equal(answer, hint);
            }
        }
    }
}
