/**
 * The result the changes page shows: either the comparison with the base commit, or why there is
 * none (no base ref given, no git, a shallow clone…). Pure: src/data/preview-changes.ts runs git.
 */
import { parse } from 'yaml';
import { compareFaqs, type FaqChanges, type FaqSnapshot } from './faq-changes.ts';
import { compareCategoryTrees, compareSynonyms, flattenTree, type CategoryChange } from './tree-changes.ts';

/** Why a preview could not be compared; each has its own explanation on the page. */
export type ComparisonProblem = 'no-ref' | 'no-git' | 'not-a-repo' | 'shallow' | 'unknown-ref' | 'no-common-history' | 'git-error';

export interface Comparison {
  ok: true;
  /** The ref as given (DOUM_PREVIEW_BASE) and the commit compared against (the merge base). */
  baseRef: string;
  baseCommit: string;
  faqs: FaqChanges;
  categories: CategoryChange[];
  /** Subcategory id → names from the service down, as the base had them (only when the tree changed). */
  oldTrails: Map<string, string[]>;
  synonyms: { added: string[]; removed: string[] };
  /** Files whose base version is not valid YAML, left out of the comparison. */
  unreadable: string[];
}

export interface NoComparison {
  ok: false;
  problem: ComparisonProblem;
  baseRef?: string;
  /** git's own message, for the build log and the page's small print. */
  detail?: string;
}

export type PreviewComparison = Comparison | NoComparison;

/** A YAML file's two versions (undefined where the file does not exist). */
export interface YamlVersions {
  file: string;
  before?: string | undefined;
  after?: string | undefined;
}

/** Builds the comparison from the changed files' versions; YAML files that did not change are omitted. */
export function compareContent(input: {
  baseRef: string;
  baseCommit: string;
  faqsBefore: readonly FaqSnapshot[];
  faqsAfter: readonly FaqSnapshot[];
  categories?: YamlVersions | undefined;
  synonyms?: YamlVersions | undefined;
}): Comparison {
  const unreadable: string[] = [];
  const sides = (versions: YamlVersions | undefined): [unknown, unknown] | undefined => {
    if (!versions) return undefined;
    try {
      return [parseOptional(versions.before), parseOptional(versions.after)];
    } catch {
      unreadable.push(versions.file);
      return undefined;
    }
  };
  const categories = sides(input.categories);
  const synonyms = sides(input.synonyms);
  return {
    ok: true,
    baseRef: input.baseRef,
    baseCommit: input.baseCommit,
    faqs: compareFaqs(input.faqsBefore, input.faqsAfter),
    categories: categories ? compareCategoryTrees(...categories) : [],
    oldTrails: new Map(categories ? [...flattenTree(categories[0]).values()].map((node) => [node.id, node.trail]) : []),
    synonyms: synonyms ? compareSynonyms(...synonyms) : { added: [], removed: [] },
    unreadable,
  };
}

function parseOptional(text: string | undefined): unknown {
  return text === undefined ? undefined : parse(text);
}

/** Whether the comparison found nothing to show. */
export function isUnchanged(c: Comparison): boolean {
  const { added, changed, removed, drafts } = c.faqs;
  return added.length + changed.length + removed.length + drafts.length + c.categories.length + c.synonyms.added.length + c.synonyms.removed.length === 0;
}
