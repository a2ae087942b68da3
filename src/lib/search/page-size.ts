/**
 * Results per page of the search page. A module of its own so that the search layer, which needs
 * it, does not carry the pagination bar's code (pagination.ts) into the search page's chunk.
 */
export const SEARCH_PAGE_SIZE = 10;
