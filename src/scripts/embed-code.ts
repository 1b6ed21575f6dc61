/** "Copy embed code": copies the embed code of a figure (from its read-only field) to the clipboard. */
for (const box of document.querySelectorAll<HTMLDetailsElement>('details[data-embed-code]')) {
  const button = box.querySelector<HTMLButtonElement>('[data-copy-embed]');
  const field = box.querySelector<HTMLTextAreaElement>('textarea');
  const status = box.querySelector<HTMLElement>('.embed-code-status');
  if (!button || !field || !status) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = button.dataset['copied'] ?? '';
    } catch {
      // No clipboard (an insecure context, permission denied): select the code so it can be copied by hand.
      field.focus();
      field.select();
      status.textContent = button.dataset['failed'] ?? '';
    }
  });
}
