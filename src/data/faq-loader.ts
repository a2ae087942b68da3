/**
 * Content loader for content/faq/**\/*.mdx. It stores frontmatter (validated by the collection
 * schema) and the body; the article page renders the body itself (src/lib/mdx/render-mdx.ts), so
 * no FAQ becomes a JavaScript module in the build.
 */
import type { Loader } from 'astro/loaders';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir, displayPath } from './content-dir.ts';
import { faqFiles, frontmatterOf } from './faq-files.ts';
import { faqIdFor } from './faq-id.ts';

export class FaqFileError extends Error {
  override name = 'FaqFileError';
}

export function faqLoader(): Loader {
  return {
    name: 'doum-faq-loader',
    load: async ({ store, parseData, generateDigest, watcher, config }) => {
      const base = path.join(contentDir(), 'faq');
      const root = fileURLToPath(config.root);

      const sync = async () => {
        const seen = new Set<string>();
        for (const file of faqFiles(base)) {
          const source = fs.readFileSync(file, 'utf8');
          const shown = displayPath(file);
          const front = frontmatterOf(source);
          if (!front) throw new FaqFileError(`${shown}: 머리말(frontmatter)이 없습니다. 파일 맨 위에 ---로 둘러싼 YAML(title, category, updated)을 적어 주세요.`);
          if (front.error) throw new FaqFileError(`${shown}: 머리말 YAML 문법 오류: ${front.error}`);
          const data = front.data ?? {};
          if (typeof data !== 'object' || Array.isArray(data)) throw new FaqFileError(`${shown}: 머리말은 "항목: 값" 꼴의 YAML이어야 합니다.`);
          const id = faqIdFor(path.relative(base, file), base, data as Record<string, unknown>);
          seen.add(id);
          const digest = generateDigest(source);
          if (store.get(id)?.digest === digest) continue;
          const parsed = await parseData({ id, data: data as Record<string, unknown>, filePath: file });
          const filePath = path.relative(root, file).split(path.sep).join('/');
          store.set({ id, data: parsed, body: source.slice(front.bodyStart), filePath, digest });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      };

      await sync();
      // `astro dev`: any change under content/faq re-syncs (unchanged files are skipped by digest).
      watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(base) && changed.endsWith('.mdx')) void sync();
      });
    },
  };
}
