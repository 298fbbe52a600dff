// The content, read and validated once per process: the content gate (astro:config:setup), the
// collection loaders and the citation notes of the Markdown pipeline all take it from here, so
// no file is parsed twice. Kept on globalThis because Astro loads the config and the content
// config as separate module graphs in the same process.
import { contentDir, readContent } from './read.ts';
import { validateContent, type ValidatedContent } from '../lib/content/validate.ts';
import { contentRulesOf } from '../lib/content/site-settings.ts';
import { readSiteSettings } from './site-settings.ts';
import type { Problem } from '../lib/content/problems.ts';

/** The outcome of validating a content directory. */
export interface Validation {
  problems: Problem[];
  /** Suggestions that do not stop the build (an Old Style date to add). */
  notes: Problem[];
  content: ValidatedContent;
  /** The directory that was read. */
  dir: string;
}

const KEY = Symbol.for('northeast-asia-timeline.validated-content');
type Cache = Map<string, Validation>;
const cache = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Cache;

/** The content of a directory (CONTENT_DIR or content/), validated by the rules of its site.yaml, once. */
export function validatedContent(dir: string = contentDir()): Validation {
  let validation = cache.get(dir);
  if (!validation) {
    const { settings } = readSiteSettings(dir);
    validation = { ...validateContent(readContent(dir, undefined, settings.lanes), contentRulesOf(settings)), dir };
    cache.set(dir, validation);
  }
  return validation;
}

/** Forgets a directory's validation, so that the next call reads it again (the dev server, after an edit). */
export function forgetValidatedContent(dir: string = contentDir()): void {
  cache.delete(dir);
}
