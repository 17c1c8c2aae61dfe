// How a stack's score adds up, in numbers a founder can check: each
// criterion's weight as a share of 100%, and its points out of that share
// (share × rating ÷ 5). The engine already rounds each stack's points so
// they add up to its score (src/engine/evaluate.cc); the shares here are
// rounded the same way, largest remainder first, so they add up to 100%.

const MAX_RATING = 5;

// Rounds `values` to tenths so that they add up to `total` in tenths.
function roundToTotal(values, total) {
  const tenths = values.map((v) => Math.floor(v * 10 + 1e-9));
  let missing = Math.round(total * 10) - tenths.reduce((a, b) => a + b, 0);
  const order = values.map((v, i) => [v * 10 - tenths[i], i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; k < order.length && missing > 0; k++, missing--) tenths[order[k][1]] += 1;
  return tenths.map((t) => t / 10);
}

// {criterion id: share of 100} from the ranking. Shown weights are rounded
// to tenths, so the share comes from every stack's points and ratings
// (points = 100 × share × rating / 5, summed over stacks), which rounding
// barely moves; a criterion no stack rates falls back to its weight.
export function weightShares(ranking) {
  if (!ranking.length) return {};
  const ids = ranking[0].criteria.map((c) => c.id);
  const totalWeight = ranking[0].criteria.reduce((sum, c) => sum + c.weight, 0);
  const raw = ids.map((id, i) => {
    let points = 0;
    let ratings = 0;
    for (const stack of ranking) {
      points += stack.criteria[i].contribution;
      ratings += stack.criteria[i].rating;
    }
    const weight = ranking[0].criteria[i].weight;
    if (weight === 0) return 0;
    if (ratings > 0) return (points * MAX_RATING) / ratings;
    return totalWeight > 0 ? (100 * weight) / totalWeight : 0;
  });
  const sum = raw.reduce((a, b) => a + b, 0);
  const shares = roundToTotal(raw.map((v) => (sum > 0 ? (100 * v) / sum : 0)), sum > 0 ? 100 : 0);
  return Object.fromEntries(ids.map((id, i) => [id, shares[i]]));
}

// "25%", "1.3%": tenths only where they matter.
export function percentText(share) {
  const text = Number(share).toFixed(1).replace(/\.0$/, '');
  return `${text}%`;
}

export function pointsText(points) {
  return Number(points || 0).toFixed(1);
}

export function ratingText(rating) {
  return `${Number(rating || 0).toFixed(1).replace(/\.0$/, '')} of ${MAX_RATING}`;
}
