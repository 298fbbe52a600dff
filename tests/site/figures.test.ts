// The built event pages that have figures (content/figures/*.yaml) carry them whole: an SVG
// named by its title and description, a source line whose links reach the page's bibliography,
// and a table with every number the file gives, with its locator.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILDS } from '../helpers/built-site.ts';
import { ROOT } from '../helpers/fixtures.ts';
import { readContent } from '../../src/content-source/read.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { formatClaimValue } from '../../src/lib/figures/layout.ts';

const { figures } = validateContent(readContent(join(ROOT, 'content'))).content;
const decode = (html: string) => html.replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"');

describe('figures in the built site', () => {
  it('at least five events have one', () => {
    expect(new Set(figures.map((figure) => figure.data.event)).size).toBeGreaterThanOrEqual(5);
  });
  for (const build of BUILDS.filter((b) => existsSync(b.dir))) {
    for (const figure of figures) {
      it(`${build.name} build: /events/${figure.data.event}/ shows "${figure.data.title}" with its sources and numbers`, () => {
        const html = readFileSync(join(build.dir, 'events', figure.data.event, 'index.html'), 'utf8');
        const start = html.indexOf(`<figure class="data-figure`);
        expect(start).toBeGreaterThan(-1);
        const block = html.slice(start, html.indexOf('</figure>', start));
        // After the story: the figure follows the event's text.
        expect(start).toBeGreaterThan(html.indexOf('id="story"'));
        // The SVG is an image named by its title and described in words, drawn without script or inline style.
        const svg = /<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+)"/.exec(block);
        expect(svg).not.toBeNull();
        for (const id of svg![1].split(' ')) expect(block).toMatch(new RegExp(`<(title|desc)[^>]*id="${id}"`));
        expect(block).not.toMatch(/\sstyle="|<script/);
        // The source line names each work, and its links reach the page's bibliography.
        const sourceLine = /<p class="data-figure__source[^"]*"[^>]*>(.*?)<\/p>/s.exec(block)?.[1] ?? '';
        for (const claim of figure.data.groups.flatMap((group) => group.claims)) {
          expect(sourceLine).toContain(`href="#ref-${claim.source.key}"`);
          expect(html).toContain(`id="ref-${claim.source.key}"`);
          expect(decode(sourceLine)).toContain(claim.source.locator.replace(/^pp?\.\s*/, ''));
        }
        // The table has a row per claim, with its number as written.
        const table = block.slice(block.indexOf('<table'), block.indexOf('</table>'));
        const claims = figure.data.groups.flatMap((group) => group.claims);
        expect(table.match(/<tr[^>]*>\s*<td/g) ?? []).toHaveLength(claims.length);
        for (const claim of claims) expect(decode(table)).toContain(formatClaimValue(claim));
      });
    }
  }
});
