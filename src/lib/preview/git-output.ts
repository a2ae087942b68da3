/**
 * Parsers for the git plumbing output the changes page reads. Pure: the data module runs git and
 * hands the bytes here, so the formats are pinned by unit tests without a repository.
 */

/** How a path differs between the base commit and the working tree. */
export interface PathChange {
  path: string;
  /** Whether the file exists at the base commit and in the working tree. */
  before: boolean;
  after: boolean;
}

/**
 * `git diff --name-status -z --no-renames` output: "M\0path\0D\0path\0…". Without renames every
 * entry is one status letter and one path; T (type change) and M keep the file on both sides.
 */
export function parseNameStatus(output: string): PathChange[] {
  const fields = output.split('\0');
  const changes: PathChange[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const status = fields[i]!.charAt(0);
    const path = fields[i + 1]!;
    if (!status || !path) continue;
    changes.push({ path, before: status !== 'A', after: status !== 'D' });
  }
  return changes;
}

/** `git ls-files --others -z` output (untracked files): new in the working tree only. */
export function parseUntracked(output: string): PathChange[] {
  return output
    .split('\0')
    .filter(Boolean)
    .map((path) => ({ path, before: false, after: true }));
}

/**
 * `git cat-file --batch` output for the objects asked for, in order: each is "<sha> blob <size>\n"
 * followed by <size> bytes and "\n", or "<name> missing\n". Returns each object's text, or
 * undefined when git had no such object.
 */
export function parseCatFileBatch(output: Uint8Array, count: number): (string | undefined)[] {
  const decoder = new TextDecoder();
  const texts: (string | undefined)[] = [];
  let at = 0;
  while (texts.length < count && at < output.length) {
    const lineEnd = output.indexOf(10, at);
    if (lineEnd < 0) break;
    const header = decoder.decode(output.subarray(at, lineEnd));
    at = lineEnd + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) {
      // "<name> missing", "<name> ambiguous" and the like carry no content.
      texts.push(undefined);
      continue;
    }
    const size = Number(match[2]);
    texts.push(match[1] === 'blob' ? decoder.decode(output.subarray(at, at + size)) : undefined);
    at += size + 1;
  }
  while (texts.length < count) texts.push(undefined);
  return texts;
}

/** First 7 characters of a commit id, the way git shows them in one-line logs. */
export function shortCommit(sha: string): string {
  return sha.trim().slice(0, 7);
}
