// Property-based tests (fast-check) of the content validator against hostile and broken input:
// real entries with random field values, random bytes, truncation and random YAML. Whatever the
// input, the validator must not throw, and must either accept the entry or report problems that
// name its file. The seed is fixed, so `npm test` is repeatable; FUZZ_RUNS=10000 (and FUZZ_SEED)
// runs longer on demand (README.md, "Tests").
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { readContent } from '../../src/content-source/read.ts';
import { decodeFile } from '../../src/lib/content/files.ts';
import { validateContent, type RawContent, type RawFile } from '../../src/lib/content/validate.ts';
import { SITE_RULES } from '../helpers/site-rules.ts';
import { FIXTURES, ROOT } from '../helpers/fixtures.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };
const TIMEOUT = Math.max(60_000, RUNS * 200);

const base = readContent(join(FIXTURES, 'base'), FIXTURES);
const realEvents = readdirSync(join(ROOT, 'content/events')).filter((f) => f.endsWith('.md')).sort().slice(0, 4)
  .map((name) => ({ path: `base/events/${name}`, bytes: readFileSync(join(ROOT, 'content/events', name)) }));
/** The entries that get mutated: the fixture's own (which pass) and a few of the site's real ones. */
const targets = [
  ...base.events.map((file) => ({ path: file.path, bytes: Buffer.from(file.text) })),
  ...base.people.map((file) => ({ path: file.path, bytes: Buffer.from(file.text) })),
  ...base.places.map((file) => ({ path: file.path, bytes: Buffer.from(file.text) })),
  ...realEvents,
];

/** The base content with one file replaced (or added), as bytes read from disk would be. */
function withFile(path: string, bytes: Uint8Array): RawContent {
  const file = decodeFile(path, bytes);
  const swap = (files: RawFile[]) => [...files.filter((f) => f.path !== path), file];
  if (path.includes('/people/')) return { ...base, people: swap(base.people) };
  if (path.includes('/places/')) return { ...base, places: swap(base.places) };
  return { ...base, events: swap(base.events) };
}

const knownFiles = new Set([...base.events, ...base.people, ...base.places, ...(base.paths ?? []), base.lanes!, base.bibliography!].map((f) => f.path));

/** The property: no exception; the entry is accepted, or a problem names its file; every problem names a file. */
function checkAnswer(path: string, bytes: Uint8Array): void {
  const { problems, content } = validateContent(withFile(path, bytes), SITE_RULES);
  const slug = path.split('/').pop()!.replace(/\.\w+$/, '');
  const accepted = path.includes('/people/') ? content.people.has(slug) : path.includes('/places/') ? content.places.has(slug) : content.events.some((e) => e.path === path);
  const named = problems.some((problem) => problem.file === path);
  expect(accepted || named, `neither accepted nor reported:\n${new TextDecoder().decode(bytes).slice(0, 2000)}`).toBe(true);
  for (const problem of problems) {
    expect(knownFiles.has(problem.file) || problem.file === path, problem.file).toBe(true);
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

const target = fc.constantFrom(...targets);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const encode = (value: string) => new TextEncoder().encode(value);

/** Front matter and body of a Markdown entry, or the whole YAML file. */
function split(file: string): { yaml: string; body: string; markdown: boolean } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(file);
  return match ? { yaml: match[1]!, body: match[2]!, markdown: true } : { yaml: file, body: '', markdown: false };
}
const join3 = (parts: { yaml: string; body: string; markdown: boolean }) => (parts.markdown ? `---\n${parts.yaml}\n---\n${parts.body}` : parts.yaml);

/** Values of every kind YAML can hold, and some it should not. */
const fieldValue = fc.oneof(
  fc.anything({ maxDepth: 2, withNullPrototype: false, withBigInt: false, withDate: true, withMap: false, withSet: false, withTypedArray: false, withSparseArray: false }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('1895-04-17', '"1895-04-17"', '-0001', '1895-13-40', '1900-02-29/1899', 'javascript:alert(1)', '<script>alert(1)</script>', '../../etc/passwd', '\u202e', '\0', 'NaN', '.inf', '~', 'yes', '0x1F', '!!js/function x', '&a [*a]'),
);

describe('the validator never throws, and accepts or names the file', () => {
  it('real entries with a random value in one field', () => {
    fc.assert(fc.property(target, fc.nat(), fieldValue, fc.boolean(), (file, pick, value, raw) => {
      const parts = split(text(file.bytes));
      const data = parse(parts.yaml) as Record<string, unknown>;
      const keys = Object.keys(data);
      const key = keys[pick % keys.length]!;
      // Either a value YAML writes itself, or raw text pasted after the key.
      const yaml = raw
        ? parts.yaml.replace(new RegExp(`^${key}:.*$`, 'm'), `${key}: ${String(value)}`)
        : stringify({ ...data, [key]: value }, { aliasDuplicateObjects: false });
      checkAnswer(file.path, encode(join3({ ...parts, yaml: yaml.trimEnd() })));
    }), params);
  }, TIMEOUT);

  it('real entries with random bytes written into them', () => {
    fc.assert(fc.property(target, fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 }), fc.boolean(), (file, at, bytes, overwrite) => {
      const offset = at % (file.bytes.length + 1);
      const out = Buffer.concat([file.bytes.subarray(0, offset), bytes, file.bytes.subarray(overwrite ? offset + bytes.length : offset)]);
      checkAnswer(file.path, out);
    }), params);
  }, TIMEOUT);

  it('real entries cut short anywhere', () => {
    fc.assert(fc.property(target, fc.nat(), (file, at) => {
      checkAnswer(file.path, file.bytes.subarray(0, at % (file.bytes.length + 1)));
    }), params);
  }, TIMEOUT);

  it('random YAML as front matter', () => {
    const token = fc.constantFrom('title', 'date', 'lane', 'sources', 'people', 'names', ':', ': ', '-', '- ', '  ', '\n', '\t', '&a', '*a', '&b [*a, *a]', '!!binary', '!!js/function', '!tag', '<<: *a', '[', ']', '{', '}', ',', '"', "'", '|', '>-', '#', '%YAML 1.2', '---', '...', '? ', '@', '`', '\uFEFF', '\r\n', 'ja', 'x'.repeat(300), '1895', '"1895-04-17"', 'null', '~', 'true');
    fc.assert(fc.property(target, fc.array(token, { maxLength: 60 }), (file, tokens) => {
      const parts = split(text(file.bytes));
      checkAnswer(file.path, encode(join3({ ...parts, markdown: parts.markdown, yaml: tokens.join('') })));
    }), params);
  }, TIMEOUT);

  it('random Markdown and HTML as the body', () => {
    const token = fc.constantFrom('<', '>', '</', 'a', 'img', 'script', 'svg', 'math', 'style', ' href=', ' src=', ' onerror=', '"', "'", 'javascript:', '&#106;', '&colon;', '&#x09;', 'data:', '//', '/', '[', ']', '(', ')', '![', '[@', 'paine2003', ', p. 4', '^1', ']: ', '`', '```', '\n', '\n\n', '    ', '<!--', '-->', '<![CDATA[', '&', '#', '*', '_', '|', '-', 'text ');
    fc.assert(fc.property(fc.constantFrom(...targets.filter((t) => t.path.endsWith('.md'))), fc.array(token, { maxLength: 80 }), (file, tokens) => {
      const parts = split(text(file.bytes));
      checkAnswer(file.path, encode(join3({ ...parts, body: `${parts.body}\n\n${tokens.join('')}` })));
    }), params);
  }, TIMEOUT);
});

describe('what the fuzzing found, kept as examples', () => {
  it('an alias that contains itself (`tags: &a [*a]`) is refused with its line, not a crash', () => {
    const file = base.events.find((f) => f.path.endsWith('fixture-treaty.md'))!;
    const bytes = encode(file.text.replace('tags: [treaty]', 'tags: &a [*a]'));
    const { problems } = validateContent(withFile(file.path, bytes), SITE_RULES);
    expect(problems).toEqual([{ file: file.path, field: 'line 9', message: 'a YAML alias (*name) refers to the value that contains it', fix: 'write the value out instead of using & and *' }]);
  });
});
