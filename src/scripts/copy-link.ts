/** A "Copy link" button for any card: copies the citable address of one item (`#place=al-tanf`). */
import { message } from './messages.ts';
import type { Ref } from './selection.ts';
import { linkTo } from './url-state.ts';

export function copyLinkButton(ref: Ref, doc: Document = document): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  button.textContent = message('copy.button');
  button.dataset['copyLink'] = `${ref.kind}:${ref.id}`;
  button.addEventListener('click', async (event) => {
    event.stopPropagation();
    const url = linkTo(ref);
    try {
      await navigator.clipboard.writeText(url);
      button.textContent = message('copy.done');
    } catch {
      // No clipboard (insecure context, denied): show the address so it can be copied by hand.
      window.prompt(message('copy.prompt'), url);
    }
    button.dataset['copied'] = url;
    window.setTimeout(() => (button.textContent = message('copy.button')), 2000);
  });
  return button;
}
