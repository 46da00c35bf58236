import { median, nearestRankPercentile } from '@/lib/core/metrics';

describe('median and 90th percentile', () => {
  test.each([
    [[], null],
    [[7], 7],
    [[30, 10, 20], 20],
    [[40, 10, 30, 20], 25],
  ])('the median of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  test.each([
    [[], null],
    [[7], 7],
    // ceil(0.9 × 3) = 3rd smallest
    [[10, 30, 20], 30],
    // ceil(0.9 × 10) = 9th smallest
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 9],
    // ceil(0.9 × 11) = 10th smallest
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 10],
  ])('the 90th percentile of %j by nearest rank is %s', (values, expected) => {
    expect(nearestRankPercentile(values, 90)).toBe(expected);
  });
});
