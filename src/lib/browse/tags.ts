/** A tag with the number of events that carry it. */
export interface TagCount {
  tag: string;
  label: string;
  count: number;
}

/** A tag as a reader reads it: its label in content/tags.yaml, else its id in words ("border-war" → "border war"). */
export function tagLabel(tag: string, labels: ReadonlyMap<string, string> = new Map()): string {
  return labels.get(tag) ?? tag.replace(/-/g, ' ');
}

/** Every tag used by the items, with its count and label, in alphabetical order of its label. */
export function countTags(items: readonly { tags: readonly string[] }[], labels: ReadonlyMap<string, string> = new Map()): TagCount[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const tag of new Set(item.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, label: tagLabel(tag, labels), count }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}
