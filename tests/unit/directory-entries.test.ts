import { describe, expect, it } from 'vitest';
import { DIRECTORY_MIN_ENTRIES, withoutDirectoryEntries } from '../../src/lib/search/directory-entries.ts';

const entry = (slug: string, name: string, description: string) => `<li><a href="/ko/reference/errors/${slug}/"><strong>${name}</strong></a> ${description}</li>`;
const errors = [
  entry('unknown-filesystem-error', 'UnknownFilesystemError', '디스크에 파일을 읽거나 쓰는 동안 알 수 없는 오류가 발생했습니다.'),
  entry('action-not-found-error', 'ActionNotFoundError', '서버가 요청한 액션을 찾을 수 없습니다.'),
  entry('missing-sharp', 'MissingSharp', '이미지 서비스에 필요한 sharp를 찾을 수 없습니다.'),
  entry('invalid-glob', 'InvalidGlob', '잘못된 glob 패턴입니다.'),
  entry('no-adapter-installed', 'NoAdapterInstalled', '서버 렌더링에 필요한 어댑터가 설치되어 있지 않습니다.'),
];

describe('withoutDirectoryEntries', () => {
  it('leaves out the entries of a list that links to other pages and describes each', () => {
    const html = `<p>Astro 오류의 전체 목록입니다.</p><ul>${errors.join('')}</ul><p>끝.</p>`;
    expect(withoutDirectoryEntries(html)).toBe('<p>Astro 오류의 전체 목록입니다.</p><ul></ul><p>끝.</p>');
  });

  it('keeps a shorter list: a "see also" list is the page\'s own text', () => {
    const html = `<ul>${errors.slice(0, DIRECTORY_MIN_ENTRIES - 1).join('')}</ul>`;
    expect(withoutDirectoryEntries(html)).toBe(html);
  });

  it('keeps links without a description, links to other sites and items that do not open with a link', () => {
    const names = Array.from({ length: 6 }, (_, i) => `<li><a href="/ko/guides/g${i}/">가이드 ${i}</a></li>`).join('');
    const external = Array.from({ length: 6 }, (_, i) => `<li><a href="https://example.com/${i}">외부 ${i}</a> 다른 사이트에 있는 설명 문서입니다.</li>`).join('');
    const prose = Array.from({ length: 6 }, (_, i) => `<li>설정을 바꾸려면 <a href="/ko/guides/g${i}/">가이드</a>를 보세요.</li>`).join('');
    for (const list of [names, external, prose]) expect(withoutDirectoryEntries(`<ul>${list}</ul>`)).toBe(`<ul>${list}</ul>`);
  });

  it('cuts nothing of a list whose items leave out </li>, which would run past the list', () => {
    const html = `<ul>${errors.map((e) => e.replace('</li>', '')).join('')}</ul><p>다음 문단.</p>`;
    expect(withoutDirectoryEntries(html)).toBe(html);
  });

  it('keeps the items of a directory list that are not entries, and lists around it', () => {
    const html = `<ol>${errors.join('')}<li>목록에 없는 오류는 문제 해결 가이드를 보세요.</li></ol><ul><li>다른 목록</li></ul>`;
    expect(withoutDirectoryEntries(html)).toBe('<ol><li>목록에 없는 오류는 문제 해결 가이드를 보세요.</li></ol><ul><li>다른 목록</li></ul>');
  });
});
