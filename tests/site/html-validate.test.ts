import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { BUILDS, htmlPages } from '../helpers/built-site.ts';

// html-validate's recommended rules, less those that fight the generated markup rather than find faults.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'no-inline-style': 'off', // Astro's scoped styles never use style=, the CSP forbids it anyway (checked elsewhere)
    'attribute-boolean-style': 'off',
    'no-trailing-whitespace': 'off',
    'void-style': 'off',
    'long-title': 'off',
    'no-redundant-role': 'off',
    'attribute-empty-style': 'off', // remark's footnotes write data-footnote-ref=""
  },
});

describe('every built page is valid HTML', () => {
  const pages = htmlPages(BUILDS[0].dir);
  it('the build has pages', () => expect(pages.length).toBeGreaterThan(2));
  for (const { path, html } of pages) {
    it(path, async () => {
      const report = await validator.validateString(html, path);
      const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      expect(messages).toEqual([]);
    });
  }
});
