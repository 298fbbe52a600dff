import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContent } from '../../src/content-source/read.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { SITE_RULES } from '../helpers/site-rules.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { decodeFile, firstInvalidUtf8 } from '../../src/lib/content/files.ts';
import { baseSavedOnWindows, contentWithOverlay, FIXTURES, problemLinesFor, removeDir, ROOT } from '../helpers/fixtures.ts';
import { CASES } from '../helpers/bad-cases.ts';

const made: string[] = [];
afterAll(() => made.forEach(removeDir));

const problemsFor = (name: string) => problemLinesFor(name, made);

describe('the valid base fixture', () => {
  it('has no problems', () => {
    expect(validateContent(readContent(join(FIXTURES, 'base'), FIXTURES), SITE_RULES).problems).toEqual([]);
  });
});

describe('each bad input gets a message naming file, field, value and fix', () => {
  it('has a fixture for every case and a case for every fixture', () => {
    const fixtures = readdirSync(join(FIXTURES, 'bad')).filter((name) => name !== 'three-bad-files');
    expect(fixtures.sort()).toEqual(Object.keys(CASES).sort());
  });
  for (const [name, expected] of Object.entries(CASES)) {
    it(name, () => {
      const problems = problemsFor(name);
      for (const message of expected) {
        expect(problems.some((line) => line.startsWith(message)), `expected a line starting:\n  ${message}\ngot:\n  ${problems.join('\n  ')}`).toBe(true);
      }
    });
  }
});

describe('all problems are reported together', () => {
  it('three bad files yield every message, the bad date not hiding the bad place it names', () => {
    const problems = problemsFor('three-bad-files');
    expect(problems.map((line) => line.split(':')[0]).sort()).toEqual([
      'content/events/fixture-intervention.md',
      'content/events/fixture-treaty.md',
      'content/events/fixture-treaty.md',
      'content/places/shimonoseki.yaml',
    ]);
  });
});

describe('npm run check:content', () => {
  it('exits 1 and prints every problem of the three-bad-files fixture', () => {
    const dir = contentWithOverlay('three-bad-files');
    made.push(dir);
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Content has 4 problems; nothing was built:');
    expect(result.stderr).toContain('"1928-02-30" is not a real day');
    expect(result.stderr).toContain('"nowhere" is not a lane');
    expect(result.stderr).toContain('95: must be between -90 and 90');
  });
  it('exits 0 on valid content', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: join(FIXTURES, 'base') }, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Content is valid: 2 events/);
  });
});

describe('files as editors save them', () => {
  it('a UTF-8 byte-order mark and CRLF line endings are accepted, with the same result', () => {
    const dir = baseSavedOnWindows();
    made.push(dir);
    const saved = validateContent(readContent(dir, join(dir, '..')), SITE_RULES);
    expect(saved.problems.map(formatProblem)).toEqual([]);
    const plain = validateContent(readContent(join(FIXTURES, 'base'), FIXTURES), SITE_RULES).content;
    expect(saved.content.events.map((e) => e.data)).toEqual(plain.events.map((e) => e.data));
    expect(saved.content.events.map((e) => e.body.replace(/\r\n/g, '\n'))).toEqual(plain.events.map((e) => e.body));
    expect([...saved.content.bibliography.keys()]).toEqual([...plain.bibliography.keys()]);
    expect(saved.content.lanes).toEqual(plain.lanes);
  });
  it('the first byte that is not UTF-8 is found, whatever the way it is wrong', () => {
    const bytes = (...list: number[]) => new Uint8Array(list);
    expect(firstInvalidUtf8(new TextEncoder().encode('Itō 伊藤 😀'))).toBe(-1);
    expect(firstInvalidUtf8(bytes(0x61, 0xe9, 0x74))).toBe(1); // Latin-1 é
    expect(firstInvalidUtf8(bytes(0x61, 0xc0, 0xaf))).toBe(1); // overlong "/"
    expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xed, 0xa0, 0x80))).toBe(2); // a UTF-16 surrogate
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8(bytes(0x61, 0xe4, 0xbc))).toBe(1); // cut short at the end
    expect(decodeFile('x.md', bytes(0x0a, 0x0a, 0x61, 0xff))).toEqual({ path: 'x.md', text: '', invalidUtf8At: 3, invalidUtf8Line: 3 });
  });
});

describe('a content directory of another name (CONTENT_DIR)', () => {
  it('names its own files in the messages, found or missing', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'content-dir-')), 'my-site');
    made.push(dir); // removeDir takes the content directory and removes the folder holding it
    cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
    rmSync(join(dir, 'lanes.yaml'));
    rmSync(join(dir, 'bibliography.yaml'));
    const event = 'fixture-treaty.md';
    const path = join(dir, 'events', event);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^tags: .*$/m, 'tags: [no-such-tag]').replace(/^places: .*$/m, 'places: [atlantis]'));
    const lines = validateContent(readContent(dir, join(dir, '..')), SITE_RULES).problems.map(formatProblem);
    expect(lines).toContain('my-site/lanes.yaml: is missing. Fix: create it with the list of lanes (see README.md).');
    expect(lines).toContain('my-site/bibliography.yaml: is missing. Fix: create it as a CSL-YAML list (see README.md).');
    expect(lines.join('\n')).toContain(`my-site/events/${event}: tags[0]: "no-such-tag" is not a tag in my-site/tags.yaml.`);
    expect(lines.join('\n')).toContain('add my-site/places/atlantis.yaml or correct the slug');
    expect(lines.join('\n')).not.toContain('content/');
  });
});
