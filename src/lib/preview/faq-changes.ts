/**
 * Which FAQs a preview adds, changes and removes, from the FAQ files that differ between the base
 * commit and the preview. Pure: the data module reads the files and parses their frontmatter.
 * FAQs are matched by id, not by path, so moving a file keeps it "changed" and its URL the same.
 */

/** One FAQ file at one side of the comparison, with its frontmatter normalised. */
export interface FaqSnapshot {
  id: string;
  /** Path in the repository. */
  file: string;
  /** The question; the id when the frontmatter has none (an unreadable old file). */
  title: string;
  category: string;
  tags: string[];
  /** YYYY-MM-DD as written. */
  updated: string;
  draft: boolean;
  body: string;
  /** The remaining frontmatter (summary, featured, order…) as canonical JSON. */
  rest: string;
}

/** What about a changed FAQ differs, in the order the changes page lists them. */
export const FAQ_CHANGE_KINDS = ['title', 'category', 'tags', 'body', 'updated', 'other', 'file'] as const;
export type FaqChangeKind = (typeof FAQ_CHANGE_KINDS)[number];

export interface ChangedFaq {
  before: FaqSnapshot;
  after: FaqSnapshot;
  kinds: FaqChangeKind[];
}

export interface FaqChanges {
  /** Published in the preview and not at the base (new, or a draft made public: `wasDraft`). */
  added: { after: FaqSnapshot; wasDraft: boolean }[];
  changed: ChangedFaq[];
  /** Published at the base and gone from the preview (deleted, or turned back into a draft). */
  removed: { before: FaqSnapshot; nowDraft: boolean }[];
  /** Drafts edited, added or deleted: not on either site, so listed without links. */
  drafts: FaqSnapshot[];
}

const SNAPSHOT_FIELDS = new Set(['id', 'title', 'category', 'tags', 'updated', 'draft']);

/** Normalises parsed frontmatter; tolerant, because an old file may predate today's schema. */
export function toFaqSnapshot(file: string, id: string, data: Record<string, unknown> | undefined, body: string): FaqSnapshot {
  const fields = data ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value instanceof Date ? value.toISOString().slice(0, 10) : '');
  const rest = Object.fromEntries(
    Object.entries(fields)
      .filter(([key]) => !SNAPSHOT_FIELDS.has(key))
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  return {
    id,
    file,
    title: text(fields.title) || id,
    category: text(fields.category),
    tags: Array.isArray(fields.tags) ? fields.tags.map((tag) => String(tag).trim()).filter(Boolean) : [],
    updated: text(fields.updated),
    draft: fields.draft === true,
    body: body.replace(/\r\n?/g, '\n').trim(),
    rest: JSON.stringify(rest),
  };
}

/** What differs between two versions of one FAQ (empty when nothing does). */
export function changeKinds(before: FaqSnapshot, after: FaqSnapshot): FaqChangeKind[] {
  const differs: Record<FaqChangeKind, boolean> = {
    title: before.title !== after.title,
    category: before.category !== after.category,
    tags: before.tags.join('\n') !== after.tags.join('\n'),
    body: before.body !== after.body,
    updated: before.updated !== after.updated,
    other: before.rest !== after.rest,
    file: before.file !== after.file,
  };
  return FAQ_CHANGE_KINDS.filter((kind) => differs[kind]);
}

/** Tags the new version adds and drops. */
export function tagChanges(before: FaqSnapshot, after: FaqSnapshot): { added: string[]; removed: string[] } {
  return { added: after.tags.filter((t) => !before.tags.includes(t)), removed: before.tags.filter((t) => !after.tags.includes(t)) };
}

const korean = new Intl.Collator('ko', { numeric: true });
const byTitle = (a: FaqSnapshot, b: FaqSnapshot) => korean.compare(a.title, b.title) || korean.compare(a.id, b.id);

/**
 * Compares the changed FAQ files: `before` holds their versions at the base commit, `after` their
 * versions in the preview (a file on one side only is missing from the other list).
 */
export function compareFaqs(before: readonly FaqSnapshot[], after: readonly FaqSnapshot[]): FaqChanges {
  const old = new Map(before.map((s) => [s.id, s]));
  const now = new Map(after.map((s) => [s.id, s]));
  const changes: FaqChanges = { added: [], changed: [], removed: [], drafts: [] };
  for (const id of new Set([...old.keys(), ...now.keys()])) {
    const was = old.get(id);
    const is = now.get(id);
    const wasPublic = was !== undefined && !was.draft;
    const isPublic = is !== undefined && !is.draft;
    if (is && isPublic && !wasPublic) changes.added.push({ after: is, wasDraft: was !== undefined });
    else if (was && wasPublic && !isPublic) changes.removed.push({ before: was, nowDraft: is !== undefined });
    else if (was && is && isPublic) {
      const kinds = changeKinds(was, is);
      if (kinds.length > 0) changes.changed.push({ before: was, after: is, kinds });
    } else if (is || was) {
      const draft = (is ?? was)!;
      if (!was || !is || changeKinds(was, is).length > 0) changes.drafts.push(draft);
    }
  }
  changes.added.sort((a, b) => byTitle(a.after, b.after));
  changes.changed.sort((a, b) => byTitle(a.after, b.after));
  changes.removed.sort((a, b) => byTitle(a.before, b.before));
  changes.drafts.sort(byTitle);
  return changes;
}
