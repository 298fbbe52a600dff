// src/lib/search/excerpt.ts
/** The Pagefind weight of the parts of a page that are names or lists, not sentences. */
var NAMES_WEIGHT = .5;
export { NAMES_WEIGHT as t };
