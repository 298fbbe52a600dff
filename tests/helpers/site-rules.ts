// The editorial rules of this site, read from content/site.yaml as the build reads them, for the
// tests that validate content/ or fixtures written to the same rules.
import { join } from 'node:path';
import { readSiteSettings } from '../../src/content-source/site-settings.ts';
import { contentRulesOf } from '../../src/lib/content/site-settings.ts';
import type { ContentRules } from '../../src/lib/content/validate.ts';

/** content/site.yaml's editorial rules (two sources, 200–500 words, 240-character summaries). */
export const SITE_RULES: ContentRules = contentRulesOf(readSiteSettings(join(import.meta.dirname, '..', '..', 'content')).settings);
