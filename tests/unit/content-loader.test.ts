// The collections are filled from the validated content: one read and one parse per process,
// shared by the content gate, the loaders and the citation notes.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validatedLoader, type CollectionName } from '../../src/content-source/loader.ts';
import { forgetValidatedContent, validatedContent } from '../../src/content-source/validated.ts';
import { FIXTURES, ROOT } from '../helpers/fixtures.ts';

const DIR = join(FIXTURES, 'base');

/** Runs a loader against a store that records what it is given. */
async function load(name: CollectionName, dir = DIR) {
  const stored: Record<string, unknown>[] = [];
  const rendered: string[] = [];
  const previous = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = dir;
  try {
    await validatedLoader(name).load({
      collection: name,
      store: { clear: () => stored.splice(0), set: (entry: Record<string, unknown>) => stored.push(entry) },
      config: { root: pathToFileURL(`${ROOT}/`) },
      generateDigest: (value: unknown) => JSON.stringify(value).length.toString(36),
      renderMarkdown: async (body: string) => {
        rendered.push(body);
        return { html: `<p>${body.length}</p>` };
      },
    } as never);
  } finally {
    if (previous === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = previous;
  }
  return { stored, rendered };
}

describe('the validated content', () => {
  it('is read and parsed once per directory, then shared', () => {
    forgetValidatedContent(DIR);
    const first = validatedContent(DIR);
    expect(validatedContent(DIR)).toBe(first);
    expect(first.problems).toEqual([]);
    forgetValidatedContent(DIR);
    expect(validatedContent(DIR)).not.toBe(first);
  });
});

describe('the loaders store the validated entries as they are', () => {
  it('events: the typed data of the validation, the body rendered by Astro\'s Markdown pipeline, the file for git dates', async () => {
    const { content } = validatedContent(DIR);
    const { stored, rendered } = await load('events');
    expect(stored.map((entry) => entry.id)).toEqual(content.events.map((event) => event.slug));
    const treaty = stored.find((entry) => entry.id === 'fixture-treaty')!;
    expect(treaty.data).toBe(content.events.find((event) => event.slug === 'fixture-treaty')!.data);
    expect(treaty.filePath).toBe('tests/fixtures/base/events/fixture-treaty.md');
    expect(treaty.rendered).toEqual({ html: `<p>${(treaty.body as string).length}</p>` });
    expect(rendered).toHaveLength(content.events.length);
  });
  it('events with pictures: a local one is handed to Astro\'s image pipeline relative to the event file, a remote one is not', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'fixture-loader-media-')), 'content');
    cpSync(DIR, dir, { recursive: true });
    cpSync(join(FIXTURES, 'media'), dir, { recursive: true });
    try {
      const { stored } = await load('events', dir);
      const treaty = stored.find((entry) => entry.id === 'fixture-treaty')!;
      const media = (treaty.data as { media: Record<string, unknown>[] }).media;
      expect(media.map((item) => [item.kind, item.image])).toEqual([
        ['local', '__ASTRO_IMAGE_../media/fixture-picture.png'],
        ['remote', undefined],
      ]);
      expect(media[1]).toMatchObject({ src: 'https://commons.wikimedia.org/wiki/File:Fixture_remote.jpg', host: 'commons.wikimedia.org', credit: 'Fixture Archive', license: 'Public domain' });
    } finally {
      forgetValidatedContent(dir);
      rmSync(join(dir, '..'), { recursive: true, force: true });
    }
  });
  it('lanes keep their authored position', async () => {
    const { stored } = await load('lanes');
    const { content } = validatedContent(DIR);
    expect(stored.map((entry) => [entry.id, (entry.data as { position: number }).position])).toEqual(content.lanes.map((lane, i) => [lane.id, i]));
  });
  it('people, places and the bibliography: their data only', async () => {
    for (const name of ['people', 'places', 'bibliography'] as const) {
      const { stored, rendered } = await load(name);
      expect(stored.length, name).toBeGreaterThan(0);
      expect(rendered, name).toEqual([]);
      for (const entry of stored) expect(Object.keys(entry).sort(), name).toEqual(['data', 'digest', 'id']);
    }
  });
});
