import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRevision, lastRevision } from '../../src/content-source/revision.ts';

const events = resolve('content/events');

describe('lastRevision (one git log per directory)', () => {
  it('gives each committed entry the same commit and day as `git log -1 -- file`', () => {
    const files = readdirSync(events).filter((f) => f.endsWith('.md')).slice(0, 12);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const path = join(events, file);
      const [iso, commit] = execFileSync('git', ['log', '-1', '--format=%cI %h', '--', path], { encoding: 'utf8' }).trim().split(' ');
      if (!iso) continue; // not committed in this checkout
      const revision = lastRevision(path);
      expect(revision.commit, file).toBe(commit);
      expect(revision.version, file).toBe(new Date(iso!).toISOString().slice(0, 10));
    }
  });

  it('gives the build day to a file outside any repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'revision-'));
    writeFileSync(join(dir, 'entry.md'), '---\ntitle: x\n---\n');
    expect(lastRevision(join(dir, 'entry.md'))).toEqual(buildRevision());
  });

  it('gives the build day to a file git has never seen', () => {
    expect(lastRevision(join(events, 'no-such-entry-ever.md'))).toEqual(buildRevision());
  });
});
