import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../src/lib/escape.ts';

describe('escapeMarkup', () => {
  it.each([
    ['plain text', 'plain text'],
    ['Port Arthur & Dalny', 'Port Arthur &amp; Dalny'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['say "no"', 'say &quot;no&quot;'],
    ["Japan's army", 'Japan&#39;s army'],
    ['&amp; stays text', '&amp;amp; stays text'], // escaped once more: it is text, not markup
    ['旅順 · Lüshun', '旅順 · Lüshun'],
  ])('%s', (text, expected) => {
    expect(escapeMarkup(text)).toBe(expected);
  });
  it('leaves nothing that could close an attribute value, in either quote', () => {
    const attribute = escapeMarkup(`" onload='x' a="`);
    expect(attribute).not.toMatch(/["'<>]/);
  });
});
