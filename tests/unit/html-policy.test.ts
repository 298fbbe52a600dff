import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { findingMessage, htmlPolicyProblems, isAllowedLink, isSiteUrl, markdownTree, rehypeContentPolicy } from '../../src/lib/content/html-policy.ts';
import { htmlToMarkdown } from '../../src/lib/import/html.ts';

/** The one-line messages the check gives a Markdown body (body starting on line 10). */
const messages = (markdown: string) => htmlPolicyProblems(markdown, 10).map((finding) => `line ${finding.line}: ${findingMessage(finding)}. Fix: ${finding.fix}`);
/** The HTML the build publishes for a Markdown body. */
const built = (markdown: string) => toHtml(rehypeContentPolicy()(markdownTree(markdown)));

const LINK = 'links may be http(s), mailto, a site-relative path or a #fragment. Fix: link to an https:// address or a page of this site';
const IMAGE = 'images may only be files of this site (no request may leave it). Fix: save the image in public/ and use its path, e.g. /images/map.png';

describe('the HTML allowlist refuses, with line, what was found and the fix', () => {
  const cases: [string, string[]][] = [
    ['[x](&#106;avascript:alert(1))', [`line 10: contains <a href="javascript:alert(1)">: javascript: links are refused; ${LINK}`]],
    ['<a href="java&#x09;script:alert(1)">x</a>', [`line 10: contains <a href="java script:alert(1)">: this link is refused; ${LINK}`]],
    ['<a href="&#x6A;AVASCRIPT&colon;alert(1)">x</a>', [`line 10: contains <a href="jAVASCRIPT:alert(1)">: javascript: links are refused; ${LINK}`]],
    ['[ref][1]\n\n[1]: javascript:alert(1)', [`line 10: contains <a href="javascript:alert(1)">: javascript: links are refused; ${LINK}`]],
    ['[x](data:text/html,hi)', [`line 10: contains <a href="data:text/html,hi">: data: links are refused; ${LINK}`]],
    ['<a href="vbscript:msgbox(1)">v</a>', [`line 10: contains <a href="vbscript:msgbox(1)">: vbscript: links are refused; ${LINK}`]],
    ['<a href="file:///etc/passwd">f</a>', [`line 10: contains <a href="file:///etc/passwd">: file: links are refused; ${LINK}`]],
    ['text\n\n<style>body { display: none }</style>', ["line 12: contains <style>, which is not on the allowlist of HTML for content. Fix: remove it: pages use only the site's stylesheet"]],
    ['<form action="https://collector.example/"></form>', ['line 10: contains <form>, which is not on the allowlist of HTML for content. Fix: remove it: content cannot send data anywhere']],
    ['<img src="https://tracker.example/p.gif">', [`line 10: contains <img src="https://tracker.example/p.gif">: ${IMAGE}`]],
    ['![map](https://tracker.example/map.png)', [`line 10: contains <img src="https://tracker.example/map.png">: ${IMAGE}`]],
    ['<img src="//tracker.example/p.gif">', [`line 10: contains <img src="//tracker.example/p.gif">: ${IMAGE}`]],
    ['<img src="/\\tracker.example/p.gif">', [`line 10: contains <img src="/\\tracker.example/p.gif">: ${IMAGE}`]],
    ['<img src="data:image/png;base64,AAAA">', [`line 10: contains <img src="data:image/png;base64,AAAA">: ${IMAGE}`]],
    ['<img src="/x.png" onerror="alert(1)">', ['line 10: contains <img onerror="alert(1)">: event handlers run scripts. Fix: remove the attribute']],
    ['<p style="color:red">x</p>', ['line 10: contains <p style="color:red">: "style" is not an attribute that <p> may carry in content. Fix: remove the attribute (the allowed HTML is listed in README.md, "Adding an event")']],
    ['<div id="timeline">x</div>', ['line 10: contains <div id="timeline">: an id written in content could clash with the page\'s own. Fix: remove the id']],
    ['<base href="https://evil.example/">', ['line 10: contains <base>, which is not on the allowlist of HTML for content. Fix: remove it or write it in Markdown (the allowed HTML is listed in README.md, "Adding an event")']],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', ['line 10: contains <meta>, which is not on the allowlist of HTML for content. Fix: remove it or write it in Markdown (the allowed HTML is listed in README.md, "Adding an event")']],
    ['<svg><script>alert(1)</script></svg>', [
      'line 10: contains <svg>, which is not on the allowlist of HTML for content. Fix: remove it or write it in Markdown (the allowed HTML is listed in README.md, "Adding an event")',
      "line 10: contains <script>, which is not on the allowlist of HTML for content. Fix: remove it: pages run only the site's own scripts",
    ]],
    ['<iframe src="https://example.org/"></iframe>', ['line 10: contains <iframe>, which is not on the allowlist of HTML for content. Fix: remove it and link to the page instead: [text](https://…)']],
    ['<tr><td>x</td></tr>', ['line 10: contains <tr>, which may only appear inside <table>. Fix: put it inside <table>', 'line 10: contains <td>, which may only appear inside <table>. Fix: put it inside <table>']],
  ];
  for (const [markdown, expected] of cases) {
    it(markdown, () => {
      expect(messages(markdown)).toEqual(expected);
      // What the check refuses, the build removes too.
      expect(built(markdown)).not.toMatch(/javascript:|data:|vbscript:|file:|<style|<form|<script|<svg|<iframe|<base|<meta|onerror|style=|tracker\.example|id="timeline"/i);
    });
  }
});

describe('the HTML allowlist lets through what an author needs', () => {
  const fine = [
    'A [link](https://example.org/a?b=c#d), a [page](/events/mukden-incident-1931/), a [note](#notes) and <mailto:editor@example.org>.',
    '<abbr title="Kwantung Army">KA</abbr>, <ruby>関東軍<rp>(</rp><rt>Kantōgun</rt><rp>)</rp></ruby>, <q cite="https://example.org/">a quote</q>, H<sub>2</sub>O, x<sup>2</sup>.',
    '![A map of Manchuria](/images/manchuria.png)',
    '<figure><img src="maps/a.png" alt="A map"><figcaption>A map</figcaption></figure>',
    '<details><summary>More</summary>Text</details>',
    '| a | b |\n|---|---|\n| 1 | 2 |',
    '- [x] done\n- [ ] to do',
    'A claim.[^1]\n\n[^1]: The note.',
    'text <!-- an editor\'s note --> text',
    '```html\n<script>alert(1)</script>\n```\n\nand `<iframe>` in code',
  ];
  for (const markdown of fine) {
    it(markdown, () => expect(messages(markdown)).toEqual([]));
  }
  it('the build keeps allowed HTML as written', () => {
    expect(built('<abbr title="Kwantung Army">KA</abbr> and [a page](/events/)')).toBe('<p><abbr title="Kwantung Army">KA</abbr> and <a href="/events/">a page</a></p>');
  });
  it('the build keeps footnotes linked both ways', () => {
    const html = built('A claim.[^1]\n\n[^1]: The note.');
    expect(html).toContain('href="#user-content-fn-1" id="user-content-fnref-1"');
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('href="#user-content-fnref-1"');
  });
  it('the build removes what the check would refuse, keeping the text', () => {
    expect(built('Hi <img src=x onerror=alert(1)> [x](&#106;avascript:alert(1)) <script>alert(1)</script>')).toBe('<p>Hi <img src="x"> <a>x</a> </p>');
  });
});

describe('URLs', () => {
  it('site files: paths only, never a scheme or another host', () => {
    for (const url of ['/images/a.png', 'a.png', '../a.png', '/a.png?v=1', '/a:b.png']) expect(isSiteUrl(url), url).toBe(true);
    for (const url of ['https://x.example/a.png', '//x.example/a.png', '/\\x.example/a.png', '\\\\x.example/a.png', 'data:image/png;base64,AA', ' /a.png', '/\t/x.example/a.png', '']) expect(isSiteUrl(url), url).toBe(false);
  });
  it('links: http(s), mailto, paths and fragments', () => {
    for (const url of ['https://x.example/', 'HTTP://x.example/', 'mailto:a@x.example', '/events/', '#notes', '?q=1', 'page/']) expect(isAllowedLink(url), url).toBe(true);
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc', 'ftp://x.example/', ' javascript:alert(1)']) expect(isAllowedLink(url), url).toBe(false);
  });
});

describe('the importer drops what the policy strips and keeps links for the check', () => {
  it('scripts, styles and frames go with their content; links and images stay, to be judged', () => {
    expect(htmlToMarkdown('<p>ok</p><style>p{}</style><embed src="x"><a href="javascript:alert(1)">x</a>')).toBe('ok\n\n[x](javascript:alert\\(1\\))');
  });
});

describe('the build applies the same policy', () => {
  it('astro.config.mjs runs rehypeContentPolicy on every Markdown page', async () => {
    const config = (await import('../../astro.config.mjs')).default as { markdown: { processor: { options: { rehypePlugins: unknown[] } } } };
    expect(config.markdown.processor.options.rehypePlugins).toContain(rehypeContentPolicy);
  });
});

describe('MDX entries', () => {
  it('their expressions and JSX pass through untouched while the Markdown around them is sanitized', () => {
    const expression = { type: 'mdxFlowExpression', value: '1 + 1' };
    const tree = {
      type: 'root',
      children: [
        expression,
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'a', properties: { href: 'javascript:alert(1)' }, children: [{ type: 'text', value: 'x' }] }] },
      ],
    } as unknown as Parameters<ReturnType<typeof rehypeContentPolicy>>[0];
    const clean = rehypeContentPolicy()(tree);
    expect(clean.children[0]).toBe(expression);
    expect(clean.children[1]).toMatchObject({ tagName: 'p', children: [{ tagName: 'a', properties: {} }] });
  });
});
