import type { Root } from 'mdast';

type Parent = { children: unknown[]; type: string };

/**
 * Walks a Markdown tree in reading order and lets `replace` turn each text node into zero or
 * more nodes (return `undefined` to keep it as it is), skipping the node types in `skip` and
 * everything inside them. The remark plugins for citations and glossary terms share it.
 */
export function replaceText(tree: Root, skip: ReadonlySet<string>, replace: (value: string) => unknown[] | undefined): void {
  const walk = (node: Parent) => {
    if (skip.has(node.type) || !Array.isArray(node.children)) return;
    const next: unknown[] = [];
    for (const child of node.children as (Partial<Parent> & { type: string; value?: string })[]) {
      if (child.type !== 'text') {
        walk(child as Parent);
        next.push(child);
        continue;
      }
      const replaced = replace(child.value ?? '');
      if (replaced) next.push(...replaced);
      else next.push(child);
    }
    node.children = next;
  };
  walk(tree as unknown as Parent);
}
