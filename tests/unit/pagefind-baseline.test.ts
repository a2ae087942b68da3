import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
const state = { createErrors: [] as string[], addErrors: [] as string[], writeErrors: [] as string[], noIndex: false };

vi.mock('pagefind', () => ({
  createIndex: vi.fn(async () => {
    calls.push('createIndex');
    return {
      errors: state.createErrors,
      index: state.noIndex
        ? undefined
        : {
            addDirectory: vi.fn(async ({ path }: { path: string }) => {
              calls.push(`addDirectory ${path}`);
              return { errors: state.addErrors, page_count: 89 };
            }),
            writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => {
              calls.push(`writeFiles ${outputPath}`);
              return { errors: state.writeErrors, outputPath };
            }),
          },
    };
  }),
  close: vi.fn(async () => {
    calls.push('close');
    return null;
  }),
}));

const { writePagefindIndex } = await import('../../src/integrations/pagefind-baseline.ts');

beforeEach(() => {
  calls.length = 0;
  Object.assign(state, { createErrors: [], addErrors: [], writeErrors: [], noIndex: false });
});

describe('plain Pagefind baseline step', () => {
  it('indexes the built site into <dist>/pagefind and closes the service', async () => {
    await expect(writePagefindIndex('/site/dist')).resolves.toBe(89);
    expect(calls).toEqual(['createIndex', 'addDirectory /site/dist', 'writeFiles /site/dist/pagefind', 'close']);
  });

  it('surfaces every Pagefind error and still closes the service', async () => {
    state.addErrors = ['bad html in a.html', 'bad html in b.html'];
    await expect(writePagefindIndex('/site/dist')).rejects.toThrow('Pagefind 페이지 읽기 실패:\nbad html in a.html\nbad html in b.html');
    expect(calls.at(-1)).toBe('close');
    expect(calls).not.toContain('writeFiles /site/dist/pagefind');

    calls.length = 0;
    state.addErrors = [];
    state.writeErrors = ['disk full'];
    await expect(writePagefindIndex('/site/dist')).rejects.toThrow('Pagefind 파일 쓰기 실패:\ndisk full');
    expect(calls.at(-1)).toBe('close');

    calls.length = 0;
    state.noIndex = true;
    state.createErrors = ['no binary'];
    await expect(writePagefindIndex('/site/dist')).rejects.toThrow('Pagefind 색인 만들기 실패:\nno binary');
    expect(calls).toEqual(['createIndex', 'close']);
  });
});
