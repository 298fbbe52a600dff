// When an entry last changed, from git, and the day of the build: the dates a citation of a
// page carries (its version and its access date).
import { execFileSync } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';
import type { CalendarDay } from '../lib/dates/julian.ts';

/** The version of an entry: the day of its last commit, and the commit. */
export interface Revision {
  /** The UTC day of the entry's last commit, or of the build when git cannot say. */
  day: CalendarDay;
  /** YYYY-MM-DD of `day`: what pins the version in the permalink. */
  version: string;
  /** The short hash of the last commit, when the entry has one. */
  commit?: string;
}

function dayOf(date: Date): CalendarDay {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function isoDay({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

let built: CalendarDay | undefined;

/**
 * The day (UTC) of this build, which is the access date of its citations. SOURCE_DATE_EPOCH
 * (seconds), the reproducible-builds convention, fixes it.
 */
export function buildDay(): CalendarDay {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  built ??= dayOf(Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date());
  return built;
}

/** The revision given to what git cannot date: the build day, with no commit. */
export function buildRevision(): Revision {
  const day = buildDay();
  return { day, version: isoDay(day) };
}

const revisions = new Map<string, Revision>();

/**
 * The last commit that touched a file (`git log -1 -- file`), or the build day when git is not
 * there, the file is outside a repository, or it has never been committed.
 */
export function lastRevision(file: string): Revision {
  const path = resolve(file);
  const cached = revisions.get(path);
  if (cached) return cached;
  let revision: Revision;
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI %h', '--', basename(path)], {
      cwd: dirname(path),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    }).trim();
    const [iso, commit] = out.split(' ');
    const when = iso ? new Date(iso) : undefined;
    if (!when || Number.isNaN(when.getTime())) throw new Error('no commit');
    const day = dayOf(when);
    revision = { day, version: isoDay(day), commit };
  } catch {
    revision = buildRevision();
  }
  revisions.set(path, revision);
  return revision;
}
