/** Suggests the closest known value for a typo ("cybersecurity" → "cybersecurite"). */

/** Classic Levenshtein edit distance, two rows of memory. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate nearest to `input`, or undefined when nothing is reasonably close. */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = candidate.startsWith(needle) || needle.startsWith(candidate) ? 1 : editDistance(needle, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(3, Math.floor(needle.length / 2)) ? best : undefined;
}

/** The "did you mean" part of an error message. */
export function unknownValueMessage(what: string, input: string, candidates: readonly string[]): string {
  const suggestion = closestMatch(input, candidates);
  const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
  return `unknown ${what} "${input}".${hint} Expected one of: ${candidates.join(', ')}.`;
}
