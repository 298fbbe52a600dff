// "Embed this view": a dialog with the <iframe> code for exactly what the reader sees, and a
// copy button. The query comes from the timeline itself (not the address bar, which a gesture
// updates a moment late); focus goes back to the button when the dialog closes.
import { embedSnippet, embedUrl } from '../../lib/embed/snippet.ts';

/** Wires the dialog inside `root`, if the page has one; `viewQuery` gives the shown view as a query string. */
export function setupEmbedDialog(root: HTMLElement, viewQuery: () => string, title: () => string): void {
  const dialog = root.querySelector<HTMLDialogElement>('[data-embed-dialog]');
  const opener = root.querySelector<HTMLButtonElement>('[data-action="embed"]');
  if (!dialog || !opener) return;
  const code = dialog.querySelector<HTMLTextAreaElement>('[data-embed-code]')!;
  const status = dialog.querySelector<HTMLElement>('[data-embed-status]')!;

  opener.addEventListener('click', () => {
    const siteRoot = new URL(dialog.dataset.embedPath!, location.href).href;
    code.value = embedSnippet(embedUrl(siteRoot, viewQuery(), ''), title());
    status.textContent = '';
    dialog.showModal();
    code.focus();
    code.select();
  });
  dialog.querySelector('[data-embed-close]')!.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener.focus());
  dialog.querySelector('[data-embed-copy]')!.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = 'Copied. Paste it into the page that should show the timeline.';
    } catch {
      // No clipboard (an insecure context, or permission refused): leave the code selected.
      code.focus();
      code.select();
      status.textContent = 'Could not copy here: the code is selected, press Ctrl+C (⌘C on a Mac).';
    }
  });
}
