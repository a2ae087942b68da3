/**
 * FAQ bodies go through Astro's own Markdown processor (Sätteri, the Astro 7 default), set up
 * for doum with two small mdast plugins per file kind:
 * - `.md` (imported pages): Markdown only. Raw HTML shows as text, so `{ } <` need no escaping.
 * - `.mdx` (written by hand, compiled by @astrojs/mdx): the writer rules (src/lib/mdx/faq-rules.ts)
 *   run on the syntax tree before it compiles, in `astro build`, `astro dev` and `npm run check`.
 * Both: root-relative links and images follow the site base; quotes stay as written.
 */
import { satteri, type SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir, displayPath } from '../data/content-dir.ts';
import { faqIdLookup, frontmatterOf } from '../data/faq-files.ts';
import { FaqMdxError, faqRuleProblems, mdxSyntaxError, type MdxTreeNode } from '../lib/mdx/faq-rules.ts';
import { withBase } from '../lib/paths.ts';

type MdastPlugin = Extract<NonNullable<SatteriProcessorOptions['mdastPlugins']>[number], { name: string }>;

export interface FaqMarkdownOptions {
  /** Site base ("/" or "/preview/pr-1/"): root-relative links and images are moved under it. */
  base: string;
  /**
   * Full MDX: JavaScript expressions, import/export and computed props in `.mdx` FAQs. Off by
   * default; content/README.md says what a team gives up by turning it on.
   */
  allowCode?: boolean;
  /** FAQ ids for <FaqLink>; by default read from the content folder's files. */
  faqIds?: (wanted?: string) => ReadonlySet<string>;
  /** Draft ids, named as drafts when a link asks for one that `faqIds` lacks (the content check). */
  draftIds?: () => ReadonlySet<string>;
}

/** Smart quotes would change what writers typed (and what search matches); GFM tables stay. */
const FEATURES = { gfm: true, smartPunctuation: false };

/** Containers whose HTML children are blocks; HTML anywhere else is inline. */
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * `.md` is Markdown, not HTML: a tag is text, as an imported help page shows it. A block of HTML
 * is read again as Markdown with `<` escaped, so `**굵게**` inside it still works.
 */
const htmlAsText: MdastPlugin = {
  name: 'doum-html-as-text',
  html(node, ctx) {
    if (!BLOCK_PARENTS.has(ctx.parent(node)?.type ?? 'root')) return { type: 'text', value: node.value };
    const escaped = node.value.replace(/(\\*)</g, (whole, slashes: string) => (slashes.length % 2 ? whole : `${slashes}\\<`));
    return { raw: escaped, mdxExpressions: false };
  },
};

/** `[링크](/faq/x/)` and `![그림](/images/a.svg)` under the site base, like every other internal URL. */
function baseLinks(base: string): MdastPlugin[] {
  if (base === '/') return [];
  // One visitor for every node with a URL (links, images, link definitions).
  const rebase = <N extends { url: string }>(node: N, ctx: { setProperty(node: N, key: 'url', value: string): void }) => {
    if (node.url.startsWith('/') && !node.url.startsWith('//')) ctx.setProperty(node, 'url', withBase(base, node.url));
  };
  return [{ name: 'doum-base-links', link: rebase, image: rebase, definition: rebase }];
}

/** The writer rules as a Sätteri plugin: one error listing every problem of the file. */
function writerRules(options: FaqMarkdownOptions): MdastPlugin {
  const faqIds = options.faqIds ?? faqIdLookup(path.join(contentDir(), 'faq'));
  return {
    name: 'doum-writer-rules',
    options: { position: true },
    before(root, ctx) {
      const problems = faqRuleProblems(root as MdxTreeNode, { faqIds, allowCode: options.allowCode ?? false, ...(options.draftIds ? { draftIds: options.draftIds } : {}) });
      if (problems.length) throw new FaqMdxError(ctx.fileURL ? displayPath(fileURLToPath(ctx.fileURL)) : '(mdx)', problems);
    },
  };
}

/** The processor for `.md` FAQs (`markdown.processor`). */
export function faqMarkdown(options: FaqMarkdownOptions) {
  return satteri({ mdastPlugins: [htmlAsText, ...baseLinks(options.base)], features: FEATURES });
}

/**
 * The processor for `.mdx` FAQs (`mdx({ processor })`). Syntax errors come back in the writers'
 * words too (`file:line:column: MDX 문법 오류: …`), the same in `astro build`, `astro dev` and the check.
 */
export function faqMdx(options: FaqMarkdownOptions) {
  const processor = satteri({ mdastPlugins: [writerRules(options), ...baseLinks(options.base)], features: FEATURES });
  const createMdxRenderer = processor.createMdxRenderer!.bind(processor);
  processor.createMdxRenderer = async (shared, mdx) => {
    const renderer = await createMdxRenderer(shared, mdx);
    return {
      process: (content, filePath, frontmatter) =>
        renderer.process(content, filePath, frontmatter).catch((error: unknown) => {
          if (error instanceof FaqMdxError) throw error;
          throw mdxSyntaxError(displayPath(filePath), error) ?? error;
        }),
    };
  };
  return processor;
}

/**
 * One `.mdx` FAQ compiled outside Astro, as @astrojs/mdx compiles it in the build (frontmatter
 * blanked line for line, so lines match the file): for `npm run check` and the rules' tests.
 * Returns the compiled module's code; a writer's mistake throws FaqMdxError.
 */
export async function faqMdxCompiler(options: FaqMarkdownOptions): Promise<(source: string, file: string) => Promise<string>> {
  const renderer = await faqMdx(options).createMdxRenderer!(
    { syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: false },
    { optimize: false, srcDir: new URL('file:///'), sourcemap: false },
  );
  return async (source, file) => {
    const front = frontmatterOf(source);
    const blanked = front ? source.slice(0, front.bodyStart).replace(/[^\n]/g, ' ') + source.slice(front.bodyStart) : source;
    return (await renderer.process(blanked, file, {})).code;
  };
}
