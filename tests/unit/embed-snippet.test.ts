import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, oembedResponse } from '../../src/lib/embed/snippet.ts';

describe('embedUrl', () => {
  it.each([
    ['https://example.org/', '?from=1937&to=1940', 'embed/', 'https://example.org/embed/?from=1937&to=1940'],
    ['https://example.org/timeline/', 'event=mukden-incident-1931&from=1931&to=1932', 'embed/', 'https://example.org/timeline/embed/?event=mukden-incident-1931&from=1931&to=1932'],
    ['https://example.org/timeline/', '', 'embed/', 'https://example.org/timeline/embed/'],
    ['https://example.org/timeline/embed/', '?lane=war', '', 'https://example.org/timeline/embed/?lane=war'],
  ])('%s + %s + %s', (root, query, path, expected) => {
    expect(embedUrl(root, query, path)).toBe(expected);
  });
});

describe('embedSnippet', () => {
  it('escapes the address and the title, and sizes the frame', () => {
    expect(embedSnippet('https://example.org/embed/?from=1937&to=1940', 'Timeline: "1937–1940" <b>')).toMatchInlineSnapshot(
      `"<iframe src="https://example.org/embed/?from=1937&amp;to=1940" title="Timeline: &quot;1937–1940&quot; &lt;b&gt;" width="1000" height="600" style="max-width: 100%; border: 0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>"`,
    );
  });
});

describe('oembedResponse', () => {
  it('is an oEmbed 1.0 rich answer whose html frames the embed page', () => {
    const answer = oembedResponse({ src: 'https://example.org/embed/', title: 'Timeline', providerName: 'Site', providerUrl: 'https://example.org/' });
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', title: 'Timeline', provider_name: 'Site', provider_url: 'https://example.org/', width: 1000, height: 600 });
    expect(answer.html).toBe(embedSnippet('https://example.org/embed/', 'Timeline'));
  });
});
