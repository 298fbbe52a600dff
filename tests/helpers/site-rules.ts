// The editorial rules of this site, read from content/site.yaml as the build reads them, for the
// tests that validate content/ or fixtures written to the same rules.
import { join } from 'node:path';
import { readSiteSettings } from '../../src/content-source/site-settings.ts';
import { contentRulesOf } from '../../src/lib/content/site-settings.ts';
import type { ContentRules } from '../../src/lib/content/validate.ts';
import type { SiteSettings } from '../../src/lib/content/site-settings.ts';

/** content/site.yaml, parsed as the build parses it. */
export const SITE_SETTINGS: SiteSettings = readSiteSettings(join(import.meta.dirname, '..', '..', 'content')).settings;

/** content/site.yaml's editorial rules (two sources, 200–500 words, 240-character summaries). */
export const SITE_RULES: ContentRules = contentRulesOf(SITE_SETTINGS);
