import type { AstroIntegration } from 'astro';
import { validatedContent } from '../content-source/validated.ts';
import { readSiteAddress, readSiteSettings } from '../content-source/site-settings.ts';
import { formatNotes, formatProblems } from '../lib/content/problems.ts';

/**
 * Refuses to start a build (or dev server, or type check) while the content has problems,
 * and prints all of them at once. Astro's own collection checks stop at the first error and
 * let several mistakes through; this gate runs the project's full validation first, and the
 * collection loaders then take the same validated entries (src/content-source/loader.ts).
 */
export function contentGate(): AstroIntegration {
  return {
    name: 'content-gate',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        const { problems: contentProblems, notes, content } = validatedContent();
        const problems = [...new Set([...readSiteSettings().problems, ...readSiteAddress().problems]), ...contentProblems];
        if (problems.length) {
          const error = new Error(formatProblems(problems));
          error.name = 'ContentError';
          error.stack = error.message; // the stack of this hook says nothing useful to an author
          throw error;
        }
        logger.info(`content valid: ${content.events.length} events`);
        if (notes.length) logger.info(formatNotes(notes));
      },
    },
  };
}
