/**
 * What the search page shows, built as DOM from view models: a result (its title linking to
 * the passage, the devised-title mark, outlet and date, the excerpt as text with its
 * highlights), and the filter groups with their counts. Only text is ever inserted.
 */
import type { ResultView } from '../lib/search-results.ts';
import {
  type Facet,
  type FacetValue,
  type FilterName,
  type SearchState,
  shownValues,
} from '../lib/search-state.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A result: meta line, title (linking to the paragraph and its words), devised mark, excerpt. */
export function resultItem(view: ResultView, devisedLabel: string): HTMLLIElement {
  const link = element('a', undefined, view.title);
  link.href = view.href;
  const heading = element('h2');
  heading.append(link);
  const item = element('li');
  item.append(element('p', 'meta', view.meta), heading);
  if (view.devised) item.append(element('p', 'devised label', devisedLabel));
  const excerpt = element('p', 'excerpt');
  for (const part of view.excerpt)
    excerpt.append(part.mark ? element('mark', undefined, part.text) : part.text);
  item.append(excerpt);
  return item;
}

/** One checkbox of a filter group, with its count. */
function option(
  name: FilterName,
  value: FacetValue,
  checked: boolean,
  count: number | undefined,
): HTMLLabelElement {
  const box = element('input');
  box.type = 'checkbox';
  box.name = name;
  box.value = value.value;
  box.checked = checked;
  const label = element('label');
  const countText = element('span', 'count', count === undefined ? '' : `(${count})`);
  countText.dataset.count = '';
  countText.toggleAttribute('data-zero', count === 0);
  label.append(box, element('span', undefined, value.label), ' ', countText);
  return label;
}

/**
 * Redraws a filter group's checkboxes: the values with results (the most frequent) and the
 * chosen ones, each with its count. Before any search, `counts` is undefined.
 */
export function renderFacet(
  fieldset: HTMLFieldSetElement,
  facet: Facet,
  counts: Record<string, number> | undefined,
  state: SearchState,
): void {
  const chosen = state.filters[facet.name];
  const legend = fieldset.querySelector('legend');
  fieldset.replaceChildren(
    ...(legend ? [legend] : []),
    ...shownValues(facet, counts, chosen).map((value) =>
      option(
        facet.name,
        value,
        chosen.includes(value.value),
        counts ? (counts[value.value] ?? 0) : undefined,
      ),
    ),
  );
}
