/**
 * Astro's glob() loader for FAQs, storing only what the pages use. Astro keeps every entry in a
 * content store that it serialises and bundles into the build, so its size is build time: on the
 * 5,765-page corpus the Markdown bodies were 25 of 71 MB (about 6 s of bundling) and the rendered
 * pages' heading lists and frontmatter copies about 1 s of serialising. So, as an entry is stored:
 * - the summary (the writer's, or the start of the answer) is worked out and the body dropped;
 * - a rendered `.md` page keeps its HTML and image paths, not `headings` or the frontmatter copy
 *   (nothing renders a table of contents; add them back here if something does).
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { plainTextOf, truncate } from '../lib/format.ts';

/** Characters of the answer a listing shows when the writer gave no summary. */
const SUMMARY_LENGTH = 110;

type Store = LoaderContext['store'];

/** A store that keeps each entry's summary instead of its body, and rendered HTML without metadata. */
export function faqStore(store: Store): Store {
  return {
    ...store,
    set: ({ body, rendered, ...entry }) => {
      const summary = typeof entry.data.summary === 'string' ? entry.data.summary : truncate(plainTextOf(body ?? ''), SUMMARY_LENGTH);
      const html = rendered && { html: rendered.html, metadata: { imagePaths: rendered.metadata?.imagePaths ?? [] } };
      return store.set({ ...entry, ...(html ? { rendered: html } : {}), data: { ...entry.data, summary } });
    },
  };
}

export function faqGlob(options: Parameters<typeof glob>[0]): Loader {
  const loader = glob(options);
  return { ...loader, name: 'doum-faq-glob', load: (context) => loader.load({ ...context, store: faqStore(context.store) }) };
}
