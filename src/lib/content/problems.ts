/** One thing wrong with the authored content, in words an author can act on. */
export interface Problem {
  /** Repo-relative path of the file, e.g. content/events/mukden-incident-1931.md. */
  file: string;
  /** The front-matter field (dotted path), a YAML line ("line 4"), or "body". */
  field?: string;
  /** What is wrong, quoting the bad value. */
  message: string;
  /** What to do about it. */
  fix?: string;
}

/** One line per problem: `file: field: message. Fix: …` */
export function formatProblem(problem: Problem): string {
  const where = problem.field ? `${problem.file}: ${problem.field}` : problem.file;
  const fix = problem.fix ? ` Fix: ${/[.?!]$/.test(problem.fix) ? problem.fix : `${problem.fix}.`}` : '';
  return `${where}: ${problem.message.replace(/\.$/, '')}.${fix}`;
}

/** The report printed when content is refused: a count, then one line per problem. */
export function formatProblems(problems: Problem[]): string {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [`Content has ${problems.length} ${noun}; nothing was built:`, ...problems.map((p) => `  ✗ ${formatProblem(p)}`)].join('\n');
}

/** Levenshtein distance, to suggest the key an author probably meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** The closest of the candidates to a misspelt name, if any is close enough to be a typo (or within maxDistance). */
export function closest(name: string, candidates: Iterable<string>, maxDistance?: number): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= (maxDistance ?? Math.max(2, Math.floor(name.length / 3))) ? best : undefined;
}

/** Suggestions printed after the problems (or after the all-clear); they never stop a build. */
export function formatNotes(notes: Problem[]): string {
  if (!notes.length) return '';
  const noun = notes.length === 1 ? 'suggestion' : 'suggestions';
  return [`${notes.length} ${noun} (these do not stop the build):`, ...notes.map((n) => `  ℹ ${formatProblem(n)}`)].join('\n');
}
