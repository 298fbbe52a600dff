/**
 * Breaks `text` into lines of at most `maxChars` characters (code points) at spaces; a word
 * longer than a line stands alone. The first line can be `firstLineOffset` characters shorter
 * (room taken by something drawn before it). Used for SVG text, which does not wrap by itself.
 */
export function wrapText(text: string, maxChars: number, firstLineOffset = 0): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const limit = lines.length === 0 ? maxChars - firstLineOffset : maxChars;
    if (line && [...`${line} ${word}`].length > limit) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
