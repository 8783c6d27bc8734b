/**
 * The "Copier la citation" button of article pages (CiteArticle.astro): copies the citation to the
 * clipboard and says so. Without script the button stays hidden and the citation is plain text to
 * select.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const status = document.getElementById(button.getAttribute('aria-describedby') ?? '');
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.copy ?? '');
      if (status) status.textContent = 'Citation copiée.';
    } catch {
      // No clipboard access (an old browser, a denied permission): the citation is selected instead.
      const cite = button.closest('section')?.querySelector('cite');
      if (cite) getSelection()?.selectAllChildren(cite);
      if (status) status.textContent = 'Citation sélectionnée : copiez-la avec Ctrl+C (⌘+C sur Mac).';
    }
  });
}
