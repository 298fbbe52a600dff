// Every command a user runs answers bad input with one line naming the file, and an unexpected
// error with one line saying it is a bug and where its details were written; never a stack trace.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentWithOverlay, FIXTURES, removeDir, ROOT } from '../helpers/fixtures.ts';

const made: string[] = [];
afterAll(() => made.forEach(removeDir));

const STACK = /^\s+at\s|Stack trace:|node:internal|\.(?:ts|js|mjs):\d+:\d+/m;

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm run check:content', () => {
  it('an alias bomb in front matter: one line with file and line', () => {
    const dir = contentWithOverlay('yaml-alias-bomb');
    made.push(dir);
    const result = run('scripts/check-content.ts', [], { CONTENT_DIR: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/events/fixture-treaty.md: line 10: the YAML aliases (*name) expand to more than 100 copies.');
    expect(result.output).not.toMatch(STACK);
  });
  it('a content directory that does not exist: one line naming it', () => {
    const result = run('scripts/check-content.ts', [], { CONTENT_DIR: join(FIXTURES, 'no-such-content') });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('✗ the content directory tests/fixtures/no-such-content does not exist (CONTENT_DIR)');
  });
  it('a folder where a file should be, and a file where a folder should be: one line naming it', () => {
    const dir = contentWithOverlay('three-bad-files');
    made.push(dir);
    const people = join(dir, 'people');
    spawnSync('rm', ['-rf', people]);
    writeFileSync(people, 'not a folder');
    const result = run('scripts/check-content.ts', [], { CONTENT_DIR: dir });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('✗ content/people should be a folder, but is a file');
  });
});

describe('npm run build', () => {
  it('bad YAML: the problems, one line each, and no stack trace', () => {
    const dir = contentWithOverlay('yaml-custom-tag');
    made.push(dir);
    const out = join(dir, '..', 'dist');
    const result = run('scripts/build.mjs', [], { CONTENT_DIR: dir, OUT_DIR: out });
    expect(result.status).toBe(1);
    expect(result.output).toContain('content/events/fixture-treaty.md: line 2: the YAML tag !!js/function is not allowed.');
    expect(result.output).toContain('Nothing was published');
    expect(result.output).not.toMatch(/^\s+at\s/m);
  });
});

describe('npm run import', () => {
  it('an unknown option: one line with the usage', () => {
    const result = run('scripts/import.ts', ['x.json', '--frce']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe("✗ Unknown option '--frce'. Usage: npm run import -- <timeline.json|sheet.csv> [--replace] [--force] [--lane <id>] [--dry-run]");
  });
  it('a file that is not JSON: one line naming it', () => {
    const dir = join(ROOT, 'tmp', 'no-stack-traces');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'broken.json'), '{"events": [');
    const result = run('scripts/import.ts', [join(dir, 'broken.json'), '--dry-run'], { CONTENT_DIR: join(FIXTURES, 'base') });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^✗ tmp\/no-stack-traces\/broken\.json could not be read as JSON: /);
    expect(result.output).not.toMatch(STACK);
  });
});

describe('npm run bench', () => {
  it('sizes that are not numbers: one line', () => {
    const result = run('scripts/bench.mjs', ['--sizes', 'ten']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('✗ --sizes takes whole numbers of events separated by commas, e.g. --sizes 1000,10000 (got "ten")');
  });
});

describe('an unexpected error', () => {
  it('says it is a bug, in one line, and where the details were written', () => {
    const log = join(ROOT, 'tmp', 'last-error.log');
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', "import { handleErrors } from './scripts/errors.mjs'; handleErrors('npm run example'); null.boom;"], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(70);
    expect(result.stderr.trim()).toBe("✗ npm run example stopped on an unexpected error (a bug, not a problem with your input): Cannot read properties of null (reading 'boom'). Details were written to tmp/last-error.log.");
    expect(existsSync(log)).toBe(true);
    expect(readFileSync(log, 'utf8')).toMatch(/TypeError: Cannot read properties of null[\s\S]*\n\s+at /);
  });
});
