/** A run of words an entry shares with a source document. */
export interface CopiedRun {
  words: string;
  document: string;
}

/** Lowercase words without punctuation, so that quoting style and commas cannot hide a copy. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\[@[^\]]*\]/g, ' ') // citations are ours
    .replace(/[’'`]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** Every run of `n` consecutive words in the documents, mapped to the document it comes from. */
export function shingles(documents: { name: string; text: string }[], n: number): Map<string, string> {
  const index = new Map<string, string>();
  for (const { name, text } of documents) {
    const words = wordsOf(text);
    for (let i = 0; i + n <= words.length; i++) index.set(words.slice(i, i + n).join(' '), name);
  }
  return index;
}

/** The runs of `n` or more words that a text shares with the indexed documents, longest first. */
export function copiedRuns(text: string, index: Map<string, string>, n: number): CopiedRun[] {
  const words = wordsOf(text);
  const runs: CopiedRun[] = [];
  let i = 0;
  while (i + n <= words.length) {
    const document = index.get(words.slice(i, i + n).join(' '));
    if (!document) { i++; continue; }
    let end = i + n;
    while (end < words.length && index.has(words.slice(end - n + 1, end + 1).join(' '))) end++;
    runs.push({ words: words.slice(i, end).join(' '), document });
    i = end;
  }
  return runs.sort((a, b) => b.words.length - a.words.length);
}
