/**
 * The search page's only script: loads Pagefind on demand, keeps the search state in the URL
 * (shareable, back/forward work), and renders French results. Reading pages load no script.
 */
import { formatDateFr, parseIsoDay } from '../domain/french-date.ts';
import { PAGEFIND_OPTIONS, preloadSearch, runSearch, searchIndex, type SearchIndex, type SearchOutcome } from './search-engine.ts';
import { FACET_PARAMS, hasFilters, parseSearchState, SEARCH_FACETS, serializeSearchState, type SearchState } from './search-query.ts';
import { forDisplay } from './search-text.ts';

const PAGE_SIZE = 10;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = form.elements.namedItem('q') as HTMLInputElement;
const sortSelect = form.elements.namedItem('tri') as HTMLSelectElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
const filterPanel = document.getElementById('search-filters') as HTMLDetailsElement;
const clearFilters = document.getElementById('search-clear') as HTMLButtonElement;
const suggestion = document.getElementById('search-suggestion')!;
const topicLinks = document.getElementById('search-topics')!;
const relevance = sortSelect.querySelector<HTMLOptionElement>('option[value="pertinence"]')!;
/** "Recherche — Vigie": a search's title names its query before it. */
const pageTitle = document.title;
// Filters fold away on narrow screens so results come into view; open by default without script.
filterPanel.open = matchMedia('(min-width: 52rem)').matches;
let shown = PAGE_SIZE;
let generation = 0;
let index: Promise<SearchIndex> | undefined;

function loadIndex(): Promise<SearchIndex> {
  index ??= (async () => {
    const indexUrl = `${form.dataset.base}pagefind/`;
    const module = await import(/* @vite-ignore */ `${indexUrl}pagefind.js`);
    await module.options({ ...PAGEFIND_OPTIONS, baseUrl: form.dataset.base });
    await module.init();
    return searchIndex(module);
  })();
  return index;
}

/** Filter checkboxes carry `data-facet` rather than a shared `name`: the URL is written by the script. */
const facetBoxes = (param: string) => form.querySelectorAll<HTMLInputElement>(`input[data-facet="${param}"]`);

/** The order the reader chose; without a query, results can only come by date, and the menu shows so. */
let chosenSort = sortSelect.value;

function readForm(): SearchState {
  const params = new URLSearchParams({ q: input.value, tri: sortSelect.disabled ? chosenSort : sortSelect.value });
  for (const param of FACET_PARAMS) for (const box of facetBoxes(param)) if (box.checked) params.append(param, box.value);
  return parseSearchState(params);
}

function writeForm(state: SearchState): void {
  input.value = state.q;
  chosenSort = state.sort;
  sortSelect.value = state.sort;
  for (const param of FACET_PARAMS) {
    for (const box of facetBoxes(param)) box.checked = state.filters[param].includes(box.value);
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
/** « quoted » the French way, with narrow no-break spaces (the page's words are typeset; these are written by the script). */
const quoted = (text: string) => `«\u202f${text}\u202f»`;

/** The checked filters as the reader sees them: "Ordre juridique\u00a0: Union européenne". */
function activeFilters(): string[] {
  return [...form.querySelectorAll<HTMLInputElement>('input[data-facet]:checked')].map((box) => {
    const legend = box.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? '';
    const label = form.querySelector(`label[for="${box.id}"]`)?.firstChild?.textContent?.trim() ?? box.value;
    return `${legend}\u00a0: ${label}`;
  });
}

function describe(state: SearchState, outcome: SearchOutcome): string {
  const count = `${outcome.exact ? '' : 'environ '}${plural(outcome.total, 'résultat', 'résultats')}`;
  const filters = activeFilters();
  // The filters that narrowed (or emptied) the results are named, so the reader knows what to undo.
  const within = filters.length ? ` avec ${filters.length > 1 ? 'les filtres' : 'le filtre'} ${filters.join(', ')}` : '';
  if (!state.q.trim())
    return `${plural(outcome.total, 'article correspond', 'articles correspondent')} ${filters.length > 1 ? 'aux filtres' : 'au filtre'} ${filters.join(', ')}, du plus récent au plus ancien.`;
  if (outcome.unknownWord) return `Aucun résultat\u00a0: le mot ${quoted(outcome.unknownWord)} ne figure dans aucun article.`;
  // The order is said as the sort menu shows it.
  const order = state.sort === 'date' ? ', du plus récent au plus ancien' : ', par pertinence';
  return outcome.total ? `${count} pour ${quoted(state.q.trim())}${within}${order}.` : `Aucun résultat pour ${quoted(state.q.trim())}${within}.`;
}

/** The counts printed in the page: every published article, i.e. the answer to an empty search. */
const totals = new Map([...form.querySelectorAll<HTMLElement>('.count')].map((span) => [span, span.textContent ?? '']));

/**
 * Counts for a search need Pagefind's filter index, which at 10,000 articles outweighs a query's
 * own downloads: it is loaded once a search's first results are shown (or as soon as the reader
 * turns to the filters, or arrives with some set), never before, and meanwhile a search shows no
 * counts rather than the totals.
 */
let facetIndexLoading = false;
let facetIndexReady = false;
function loadFacetIndex(): void {
  if (facetIndexLoading) return;
  facetIndexLoading = true;
  loadIndex()
    .then(async (ready) => {
      await ready.pagefind.filters();
      facetIndexReady = true;
      // Counts only: results and status stay as they are (no second announcement).
      const state = readForm();
      if (!state.q.trim() && !hasFilters(state)) return;
      const current = generation;
      const outcome = await runSearch(ready, state, { limit: shown });
      if (current === generation) renderCounts(outcome.facetCounts, true);
    })
    .catch(() => {
      facetIndexLoading = false;
    });
}
filterPanel.addEventListener('pointerenter', loadFacetIndex);
filterPanel.addEventListener('focusin', loadFacetIndex);
filterPanel.addEventListener('toggle', () => {
  if (filterPanel.open) loadFacetIndex();
});

/** `complete`: the search ran with the filter index loaded (otherwise its counts are partial). */
function renderCounts(counts: Record<string, Record<string, number>> | undefined, complete = false): void {
  for (const param of FACET_PARAMS) {
    const values = counts?.[SEARCH_FACETS[param]];
    for (const box of facetBoxes(param)) {
      const span = box.labels?.[0]?.querySelector<HTMLElement>('.count');
      if (!span) continue;
      span.textContent = !counts ? totals.get(span)! : complete ? `(${values?.[box.value] ?? 0})` : '';
      // A filter that would leave no result is shown as such (it stays usable).
      box.closest('li')?.classList.toggle('facet--empty', Boolean(counts && complete && !values?.[box.value] && !box.checked));
    }
  }
}

/** "Vouliez-vous dire « cybersécurité » ?", a link to the corrected search. */
function renderSuggestion(state: SearchState, outcome: SearchOutcome): void {
  if (!outcome.unknownWord || !outcome.suggestion) return;
  // The unknown word as the reader typed it (the query may write it with an elision: "l'obligaton").
  const typed = state.q.includes(outcome.unknownWord) ? outcome.unknownWord : undefined;
  const corrected = typed ? state.q.replace(typed, outcome.suggestion) : outcome.suggestion;
  const link = document.createElement('a');
  link.href = `${location.pathname}${serializeSearchState({ ...state, q: corrected })}`;
  link.textContent = outcome.suggestion;
  link.lang = 'fr';
  suggestion.replaceChildren('Vouliez-vous dire «\u202f', link, '\u202f»\u00a0?');
  suggestion.hidden = false;
}

suggestion.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement).closest('a');
  if (!link) return;
  event.preventDefault();
  const state = parseSearchState(new URL(link.href).search);
  writeForm(state);
  update('push');
  input.focus();
});

function renderHits(outcome: SearchOutcome): void {
  list.replaceChildren(
    ...outcome.hits.slice(0, shown).map((hit) => {
      const { url, data } = hit;
      const item = document.createElement('li');
      item.className = 'search-result';
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = url;
      link.textContent = forDisplay(data.meta.title ?? url);
      heading.append(link);
      const meta = document.createElement('p');
      meta.className = 'search-result__meta';
      const day = data.meta.date ? parseIsoDay(data.meta.date) : undefined;
      if (day) {
        const time = document.createElement('time');
        time.dateTime = data.meta.date!;
        time.textContent = formatDateFr(day);
        meta.append(time);
      }
      if (data.meta.juridiction) meta.append(day ? ' · ' : '', forDisplay(data.meta.juridiction));
      const excerpt = document.createElement('p');
      excerpt.className = 'search-result__excerpt';
      excerpt.append(
        ...hit.excerpt.map(({ text, mark }) => {
          if (!mark) return forDisplay(text);
          const marked = document.createElement('mark');
          marked.textContent = forDisplay(text);
          return marked;
        }),
      );
      item.append(heading, meta, excerpt);
      return item;
    }),
  );
  // More to show: verified results beyond this page, or more results than were read.
  more.hidden = outcome.hits.length <= shown && (outcome.exact || outcome.total <= outcome.hits.length);
}

async function search(state: SearchState): Promise<void> {
  const current = ++generation;
  document.title = state.q.trim() ? `${quoted(state.q.trim())} — ${pageTitle}` : pageTitle;
  clearFilters.hidden = !hasFilters(state);
  suggestion.hidden = true;
  topicLinks.hidden = true;
  // Without a query, articles come by date: the menu says so, and keeps the reader's choice for the next query.
  sortSelect.disabled = !state.q.trim();
  relevance.disabled = !state.q.trim();
  sortSelect.value = state.q.trim() ? chosenSort : 'date';
  if (!state.q.trim() && !hasFilters(state)) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = 'Saisissez un mot ou choisissez un filtre pour afficher des articles.';
    renderCounts(undefined);
    return;
  }
  status.textContent = 'Recherche en cours…';
  const countsComplete = facetIndexReady;
  try {
    const outcome = await runSearch(await loadIndex(), state, { limit: shown });
    if (current !== generation) return;
    renderHits(outcome);
    // Partial counts are shown as none; once the filter index is in, the refresh in loadFacetIndex has them.
    if (countsComplete || !facetIndexReady) renderCounts(outcome.facetCounts, countsComplete);
    status.textContent = describe(state, outcome);
    renderSuggestion(state, outcome);
    topicLinks.hidden = outcome.total > 0;
    // The filter index loads once the first results are shown, not before them.
    loadFacetIndex();
  } catch {
    status.textContent = `L’index de recherche est introuvable. En développement, lancez ${quoted('npm run build')} une fois\u00a0: le serveur de développement sert alors le dernier index construit.`;
  }
}

function update(mode: 'push' | 'replace'): void {
  const state = readForm();
  const url = `${location.pathname}${serializeSearchState(state)}`;
  if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  shown = PAGE_SIZE;
  void search(state);
}

clearFilters.addEventListener('click', () => {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[data-facet]:checked')) box.checked = false;
  update('push');
  input.focus();
});

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => update('replace'), 100);
  // The index chunks download during the debounce.
  const state = readForm();
  loadIndex().then(
    (ready) => preloadSearch(ready, state),
    () => undefined,
  );
});
form.addEventListener('change', (event) => {
  if (event.target === sortSelect) chosenSort = sortSelect.value;
  if (event.target !== input) update('push');
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  update('push');
});
more.addEventListener('click', () => {
  shown += PAGE_SIZE;
  void search(readForm());
});
addEventListener('popstate', () => {
  const state = parseSearchState(location.search);
  writeForm(state);
  shown = PAGE_SIZE;
  void search(state);
});
addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !target.closest('input, textarea, select, [contenteditable]')) {
    event.preventDefault();
    input.focus();
    input.select();
  }
});

const initial = parseSearchState(location.search);
writeForm(initial);
if (hasFilters(initial)) loadFacetIndex();
void search(initial);
// Pagefind's script, WebAssembly and page list load while the reader types the first words.
loadIndex().catch(() => undefined);
