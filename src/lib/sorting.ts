/** Orderings of FAQ lists. Explicit everywhere: collection order is not stable between builds. */

export interface Sortable {
  id: string;
  title: string;
  updated: Date;
  order?: number;
}

type Titled = Pick<Sortable, 'id' | 'title'>;

const korean = new Intl.Collator('ko', { numeric: true, sensitivity: 'base' });

/** 가나다순: Korean collation, numbers in numeric order, then id for a total order. */
export function compareByTitle(a: Titled, b: Titled): number {
  return korean.compare(a.title, b.title) || compareIds(a, b);
}

/** 최신순: newest `updated` first, then 가나다순. */
export function compareByLatest(a: Sortable, b: Sortable): number {
  return b.updated.getTime() - a.updated.getTime() || compareByTitle(a, b);
}

/** 최신순 of search records, whose date is a YYYY-MM-DD string: newest first, then 가나다순. */
export function compareByLatestDay(a: Titled & { updated: string }, b: Titled & { updated: string }): number {
  return (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0) || compareByTitle(a, b);
}

/** Writers' order within a subcategory: `order` first (unset last), then 가나다순. */
export function compareByWriterOrder(a: Sortable, b: Sortable): number {
  return (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) || compareByTitle(a, b);
}

function compareIds(a: Titled, b: Titled): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A sorted copy; never sorts in place. */
export function sortedBy<T extends Sortable>(items: readonly T[], compare: (a: T, b: T) => number): T[] {
  return [...items].sort(compare);
}
