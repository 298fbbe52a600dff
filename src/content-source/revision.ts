// When an entry last changed, from git, and the day of the build: the dates a citation of a
// page carries (its version and its access date).
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
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

/** Last revisions by absolute path, read from git once per directory. */
const revisionsByDirectory = new Map<string, Map<string, Revision>>();

/**
 * The last commit of every committed file under `directory`, from one `git log` (newest first,
 * so a file's first appearance is its last change; what `git log -1 -- file` gives, without a
 * process per file: that cost 8 ms an entry). Empty when git is missing or the directory is not
 * in a repository.
 */
function revisionsUnder(directory: string): Map<string, Revision> {
  const cached = revisionsByDirectory.get(directory);
  if (cached) return cached;
  const revisions = new Map<string, Revision>();
  try {
    const out = execFileSync('git', ['-c', 'core.quotePath=false', 'log', '--format=%x00%cI %h', '--name-only', '--relative', '--', '.'], {
      cwd: directory,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 30_000,
      maxBuffer: 256 * 1024 * 1024,
    });
    for (const block of out.split('\0').slice(1)) {
      const [header = '', ...files] = block.split('\n');
      const [iso, commit] = header.split(' ');
      const when = iso ? new Date(iso) : undefined;
      if (!when || Number.isNaN(when.getTime())) continue;
      const day = dayOf(when);
      for (const file of files) {
        const path = resolve(directory, file);
        if (file && !revisions.has(path)) revisions.set(path, { day, version: isoDay(day), ...(commit ? { commit } : {}) });
      }
    }
  } catch {
    // No git, or not a repository: every entry gets the build day.
  }
  revisionsByDirectory.set(directory, revisions);
  return revisions;
}

/**
 * The last commit that touched a file, or the build day when git is not there, the file is
 * outside a repository, or it has never been committed.
 */
export function lastRevision(file: string): Revision {
  const path = resolve(file);
  return revisionsUnder(dirname(path)).get(path) ?? buildRevision();
}
