// The pages made to be printed (handout, worksheet): a "Print" button that only a page with
// scripts can use, so it stays hidden without them, and the classroom's offline copy.
import './offline.ts';

/** Shows the page's print buttons and makes them print. */
export function enablePrintButtons(root: ParentNode = document): void {
  for (const actions of root.querySelectorAll<HTMLElement>('[data-print-actions]')) {
    actions.hidden = false;
    actions.querySelector('[data-print]')?.addEventListener('click', () => window.print());
  }
}
