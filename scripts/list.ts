// Lists what exists, so that an author reuses a slug: `npm run list -- tags|people|places|sources`.
// One entry a line (slug, name or label, number of events that use it), in order of slug.
import { handleErrors, InputError } from './errors.mjs';
import { readContent } from '../src/content-source/read.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { contentRulesOf } from '../src/lib/content/site-settings.ts';
import { readSiteSettings } from '../src/content-source/site-settings.ts';
import { formatList, isListKind, LIST_KINDS, listRows } from '../src/lib/content/listing.ts';

handleErrors('npm run list');
const kind = process.argv[2];
if (!isListKind(kind)) {
  throw new InputError(`${kind ? `"${kind}" is not something to list` : 'say what to list'}: use npm run list -- ${LIST_KINDS.join('|')}`);
}
const { settings } = readSiteSettings();
const { problems, content } = validateContent(readContent(undefined, undefined, settings.lanes), contentRulesOf(settings));
if (problems.length) console.error(`Note: the content has ${problems.length} problem${problems.length === 1 ? '' : 's'} (npm run check:content lists them); entries with problems are left out.\n`);
console.log(formatList(kind, listRows(kind, content), process.stdout.columns || 100));
