import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * When each event file last changed: the date of the last commit that touched it, or, for a
 * file git does not know (new, or no repository), its modification time. Keyed by slug.
 */
export function lastChanged(contentDirectory: string): Map<string, string> {
  const eventsDir = join(contentDirectory, 'events');
  const result = new Map<string, string>();
  if (!existsSync(eventsDir)) return result;
  try {
    // Newest commits first: the first date seen for a file is its last change.
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--relative', '--', '.'], { cwd: eventsDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
    let date = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('\u0000')) date = line.slice(1).trim();
      else if (line.trim()) {
        const slug = line.trim().replace(/^.*\//, '').replace(/\.mdx?$/, '');
        if (!result.has(slug) && date) result.set(slug, new Date(date).toISOString());
      }
    }
  } catch {
    // Not a git checkout (e.g. a downloaded archive): modification times below.
  }
  for (const name of readdirSync(eventsDir)) {
    const slug = name.replace(/\.mdx?$/, '');
    if (slug !== name && !result.has(slug)) result.set(slug, statSync(join(eventsDir, name)).mtime.toISOString());
  }
  return result;
}
